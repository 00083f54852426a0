package org.beaconportal.compliance.infrastructure;

import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfGState;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPCellEvent;
import com.lowagie.text.pdf.PdfPTable;
import java.awt.Color;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A radar (spider) chart of step scores drawn as PDF vectors into a table cell: one axis per step
 * starting at the top and going clockwise, rings at 25, 50, 75 and 100 with their values, the scores
 * as a filled polygon with a dot per step, and each step's label with its score at the end of its
 * axis. The report keeps the table of figures next to it for readers who cannot see the chart.
 *
 * <pre>{@code
 * document.add(PdfRadarChart.table(List.of("1. Engage", ...), Map.of(1, 80, 2, 40, ...), 260));
 * }</pre>
 */
final class PdfRadarChart implements PdfPCellEvent {

    static final int[] RINGS = {25, 50, 75, 100};

    private static final Color GRID = new Color(0xb8, 0xc2, 0xd0);
    private static final Color LABEL = new Color(0x1f, 0x29, 0x37);
    private static final Color MUTED = new Color(0x5b, 0x67, 0x78);
    private static final Color SCORE = new Color(0x2b, 0x6c, 0xb0);
    private static final float LABEL_SIZE = 7.5f;
    private static final float LABEL_GAP = 8;
    private static final int WRAP_AT = 24;

    private final List<String> labels;
    private final Map<Integer, Integer> scores;
    private final BaseFont font;

    /**
     * @param labels one label per step, step 1 first (shown with the step's score)
     * @param scores score 0–100 by step number (1-based); a missing step counts as 0
     */
    PdfRadarChart(List<String> labels, Map<Integer, Integer> scores) {
        if (labels.size() < 3) {
            throw new IllegalArgumentException("A radar chart needs at least three axes");
        }
        this.labels = List.copyOf(labels);
        this.scores = Map.copyOf(Objects.requireNonNull(scores, "scores"));
        try {
            this.font = BaseFont.createFont(BaseFont.HELVETICA, BaseFont.WINANSI, BaseFont.NOT_EMBEDDED);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A one-cell table of the given height holding the chart, never split across pages. */
    static PdfPTable table(List<String> labels, Map<Integer, Integer> scores, float height) {
        PdfPCell cell = new PdfPCell();
        cell.setFixedHeight(height);
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setCellEvent(new PdfRadarChart(labels, scores));
        PdfPTable table = new PdfPTable(1);
        table.setWidthPercentage(100);
        table.setSplitLate(true);
        table.setSplitRows(false);
        table.setSpacingAfter(8);
        table.addCell(cell);
        return table;
    }

    /** The label drawn at the end of a step's axis: the step's label and its score in brackets. */
    String axisLabel(int step) {
        return labels.get(step - 1) + " (" + score(step) + ")";
    }

    @Override
    public void cellLayout(PdfPCell cell, Rectangle position, PdfContentByte[] canvases) {
        PdfContentByte lines = canvases[PdfPTable.LINECANVAS];
        PdfContentByte text = canvases[PdfPTable.TEXTCANVAS];
        float cx = position.getLeft() + position.getWidth() / 2;
        float cy = position.getBottom() + position.getHeight() / 2;
        float radius = Math.min(position.getHeight() / 2 - 3 * LABEL_SIZE - LABEL_GAP, position.getWidth() / 2 - 150);

        lines.saveState();
        lines.setColorStroke(GRID);
        lines.setLineWidth(0.5f);
        for (int ring : RINGS) {
            polygon(lines, cx, cy, radius, step -> ring);
            lines.closePathStroke();
        }
        for (int step = 1; step <= labels.size(); step++) {
            lines.moveTo(cx, cy);
            lines.lineTo(x(cx, radius, step), y(cy, radius, step));
        }
        lines.stroke();

        PdfGState translucent = new PdfGState();
        translucent.setFillOpacity(0.3f);
        lines.saveState();
        lines.setGState(translucent);
        lines.setColorFill(SCORE);
        polygon(lines, cx, cy, radius, this::score);
        lines.fill();
        lines.restoreState();

        lines.setColorStroke(SCORE);
        lines.setColorFill(SCORE);
        lines.setLineWidth(1.5f);
        polygon(lines, cx, cy, radius, this::score);
        lines.closePathStroke();
        for (int step = 1; step <= labels.size(); step++) {
            float r = radius * score(step) / 100f;
            lines.circle(x(cx, r, step), y(cy, r, step), 2);
        }
        lines.fill();
        lines.restoreState();

        text.saveState();
        float ringSize = LABEL_SIZE - 1;
        text.setColorFill(Color.WHITE);
        for (int ring : RINGS) {
            float width = font.getWidthPoint(Integer.toString(ring), ringSize);
            text.rectangle(cx + 2, ringLabelBaseline(cy, radius, ring) - 1.5f, width + 2, ringSize + 1);
        }
        text.fill();
        text.beginText();
        text.setFontAndSize(font, ringSize);
        text.setColorFill(MUTED);
        for (int ring : RINGS) {
            text.showTextAligned(
                    PdfContentByte.ALIGN_LEFT, Integer.toString(ring), cx + 3, ringLabelBaseline(cy, radius, ring), 0);
        }
        text.setFontAndSize(font, LABEL_SIZE);
        text.setColorFill(LABEL);
        for (int step = 1; step <= labels.size(); step++) {
            drawLabel(text, cx, cy, radius + LABEL_GAP, step);
        }
        text.endText();
        text.restoreState();
    }

    private void drawLabel(PdfContentByte text, float cx, float cy, float r, int step) {
        double angle = angle(step);
        double cos = Math.cos(angle);
        double sin = Math.sin(angle);
        int align = cos > 0.2
                ? PdfContentByte.ALIGN_LEFT
                : cos < -0.2 ? PdfContentByte.ALIGN_RIGHT : PdfContentByte.ALIGN_CENTER;
        List<String> rows = wrap(axisLabel(step));
        float lineHeight = LABEL_SIZE + 1.5f;
        float x = (float) (cx + r * cos);
        float top = (float) (cy + r * sin);
        if (sin > 0.2) {
            top += (rows.size() - 1) * lineHeight;
        } else if (sin < -0.2) {
            top -= LABEL_SIZE;
        } else {
            top += (rows.size() - 1) * lineHeight / 2 - LABEL_SIZE / 3;
        }
        for (int i = 0; i < rows.size(); i++) {
            text.showTextAligned(align, rows.get(i), x, top - i * lineHeight, 0);
        }
    }

    /** Ring values sit just inside their ring, right of the first axis, on a white patch. */
    private static float ringLabelBaseline(float cy, float radius, int ring) {
        return cy + radius * ring / 100f - LABEL_SIZE;
    }

    /** Splits a long label at the space nearest its middle. */
    static List<String> wrap(String label) {
        if (label.length() <= WRAP_AT) {
            return List.of(label);
        }
        int middle = label.length() / 2;
        int best = -1;
        for (int i = 0; i < label.length(); i++) {
            if (label.charAt(i) == ' ' && (best < 0 || Math.abs(i - middle) < Math.abs(best - middle))) {
                best = i;
            }
        }
        return best < 0 ? List.of(label) : List.of(label.substring(0, best), label.substring(best + 1));
    }

    private void polygon(PdfContentByte canvas, float cx, float cy, float radius, StepValue value) {
        for (int step = 1; step <= labels.size(); step++) {
            float r = radius * value.of(step) / 100f;
            if (step == 1) {
                canvas.moveTo(x(cx, r, step), y(cy, r, step));
            } else {
                canvas.lineTo(x(cx, r, step), y(cy, r, step));
            }
        }
    }

    private int score(int step) {
        return Math.max(0, Math.min(100, scores.getOrDefault(step, 0)));
    }

    private double angle(int step) {
        return Math.PI / 2 - 2 * Math.PI * (step - 1) / labels.size();
    }

    private float x(float cx, float r, int step) {
        return (float) (cx + r * Math.cos(angle(step)));
    }

    private float y(float cy, float r, int step) {
        return (float) (cy + r * Math.sin(angle(step)));
    }

    @FunctionalInterface
    private interface StepValue {
        int of(int step);
    }
}
