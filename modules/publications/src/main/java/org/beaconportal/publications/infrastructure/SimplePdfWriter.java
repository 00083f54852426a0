package org.beaconportal.publications.infrastructure;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * Writes simple text PDFs with PDFBox: a cover page and one page per section (more when the text
 * is long). Used for demo content and benchmarks, so that the library ships real, text-bearing
 * PDFs generated on the spot instead of downloaded files.
 *
 * <pre>{@code
 * byte[] pdf = SimplePdfWriter.write("Annual report 2024", "What we did", "Beacon coalition, 2025",
 *         List.of(new SimplePdfWriter.Section("Our year", List.of("First paragraph.", "Second."))));
 * }</pre>
 */
public final class SimplePdfWriter {

    /** A titled part of the document. */
    public record Section(String title, List<String> paragraphs) {}

    private static final float MARGIN = 64;
    private static final float BODY_SIZE = 11;
    private static final float LEADING = 15;

    private SimplePdfWriter() {}

    /** The whole document: a cover page, then each section from a new page. */
    public static byte[] write(String title, String subtitle, String imprint, List<Section> sections) {
        try (PDDocument document = new PDDocument()) {
            info(document, title);
            cover(document, title, subtitle, imprint);
            for (Section section : sections) {
                section(document, section);
            }
            return bytes(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One section alone, as its own PDF. */
    public static byte[] writeSection(String documentTitle, Section section) {
        try (PDDocument document = new PDDocument()) {
            info(document, documentTitle + " — " + section.title());
            section(document, section);
            return bytes(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Pages a section takes in {@link #write}. */
    public static int pagesOf(Section section) {
        return Math.max(1, layout(section).size());
    }

    private static void info(PDDocument document, String title) {
        PDDocumentInformation info = new PDDocumentInformation();
        info.setTitle(title);
        info.setCreator("Beacon");
        document.setDocumentInformation(info);
    }

    private static void cover(PDDocument document, String title, String subtitle, String imprint) throws IOException {
        PDPage page = new PDPage(PDRectangle.LETTER);
        document.addPage(page);
        float width = page.getMediaBox().getWidth();
        float height = page.getMediaBox().getHeight();
        PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
        PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
        try (PDPageContentStream out = new PDPageContentStream(document, page)) {
            out.setNonStrokingColor(0.07f, 0.27f, 0.45f);
            out.addRect(0, height - 300, width, 300);
            out.fill();
            out.setNonStrokingColor(1f, 1f, 1f);
            float y = height - 120;
            for (String line : wrap(title, bold, 26, width - 2 * MARGIN)) {
                text(out, bold, 26, MARGIN, y, line);
                y -= 32;
            }
            if (subtitle != null) {
                for (String line : wrap(subtitle, regular, 15, width - 2 * MARGIN)) {
                    text(out, regular, 15, MARGIN, y - 6, line);
                    y -= 20;
                }
            }
            out.setNonStrokingColor(0.1f, 0.1f, 0.1f);
            text(out, regular, 12, MARGIN, 90, imprint);
        }
    }

    private static void section(PDDocument document, Section section) throws IOException {
        PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
        PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
        List<List<String>> pages = layout(section);
        boolean first = true;
        for (List<String> lines : pages) {
            PDPage page = new PDPage(PDRectangle.LETTER);
            document.addPage(page);
            float y = page.getMediaBox().getHeight() - MARGIN;
            try (PDPageContentStream out = new PDPageContentStream(document, page)) {
                out.setNonStrokingColor(0.07f, 0.27f, 0.45f);
                if (first) {
                    text(out, bold, 18, MARGIN, y, section.title());
                    y -= 34;
                }
                out.setNonStrokingColor(0.1f, 0.1f, 0.1f);
                for (String line : lines) {
                    if (!line.isEmpty()) {
                        text(out, regular, BODY_SIZE, MARGIN, y, line);
                    }
                    y -= LEADING;
                }
            }
            first = false;
        }
    }

    /** The section's body lines, split into pages. */
    private static List<List<String>> layout(Section section) {
        PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
        float textWidth = PDRectangle.LETTER.getWidth() - 2 * MARGIN;
        int perPage = (int) ((PDRectangle.LETTER.getHeight() - 2 * MARGIN - 34) / LEADING);
        List<String> lines = new ArrayList<>();
        try {
            for (String paragraph : section.paragraphs()) {
                lines.addAll(wrap(paragraph, regular, BODY_SIZE, textWidth));
                lines.add("");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<List<String>> pages = new ArrayList<>();
        for (int i = 0; i < lines.size(); i += perPage) {
            pages.add(lines.subList(i, Math.min(lines.size(), i + perPage)));
        }
        if (pages.isEmpty()) {
            pages.add(List.of());
        }
        return pages;
    }

    private static List<String> wrap(String text, PDType1Font font, float size, float width) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split("\\s+")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (font.getStringWidth(candidate) / 1000 * size > width && !line.isEmpty()) {
                lines.add(line.toString());
                line = new StringBuilder(word);
            } else {
                line = new StringBuilder(candidate);
            }
        }
        if (!line.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    private static void text(PDPageContentStream out, PDType1Font font, float size, float x, float y, String text)
            throws IOException {
        out.beginText();
        out.setFont(font, size);
        out.newLineAtOffset(x, y);
        out.showText(text);
        out.endText();
    }

    private static byte[] bytes(PDDocument document) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        document.save(out);
        return out.toByteArray();
    }
}
