package org.beaconportal.compliance.infrastructure;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;
import org.beaconportal.compliance.application.CompanyReport;
import org.beaconportal.compliance.application.ComplianceTexts;
import org.beaconportal.compliance.application.ScreeningResult;
import org.beaconportal.compliance.domain.ActionItem;
import org.beaconportal.compliance.domain.GuidanceStep;

/**
 * Writes a company's report as PDF (OpenPDF) in the portal's colours: company and date, the scores
 * of the eight steps as a radar chart ({@link PdfRadarChart}) followed by the same figures as a
 * table, the overall score, the sourcing risks and the action plan.
 */
public final class PdfReportWriter {

    private static final Color BRAND = new Color(0x1d, 0x3b, 0x6b);
    private static final float CHART_HEIGHT = 250;
    private static final Color RISK = new Color(0xfd, 0xe2, 0xe1);

    private PdfReportWriter() {}

    public static void write(CompanyReport report, Locale locale, OutputStream out) {
        Document document = new Document(PageSize.A4, 48, 48, 56, 56);
        try {
            PdfWriter writer = PdfWriter.getInstance(document, out);
            writer.setTagged();
            document.addTitle(text(locale, "compliance.report.title") + " – "
                    + report.company().getName());
            document.addCreator("Beacon");
            document.open();
            Font brand = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 10, BRAND);
            Font title = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 20, BRAND);
            Font heading = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 13, BRAND);
            Font body = FontFactory.getFont(FontFactory.HELVETICA, 10);
            Font bold = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 10);

            document.add(new Paragraph("BEACON · " + text(locale, "compliance.module.name"), brand));
            Paragraph name = new Paragraph(report.company().getName(), title);
            name.setSpacingBefore(6);
            document.add(name);
            document.add(new Paragraph(text(locale, "compliance.report.title") + " · " + report.date(), body));

            section(document, text(locale, "compliance.report.scores"), heading);
            if (report.assessment() == null) {
                document.add(new Paragraph(text(locale, "compliance.report.noAssessment"), body));
            } else {
                Map<Integer, Integer> stepScores = report.assessment().getStepScores();
                List<String> labels = IntStream.rangeClosed(1, GuidanceStep.STEPS)
                        .mapToObj(step -> step + ". " + text(locale, "compliance.step." + step))
                        .toList();
                document.add(PdfRadarChart.table(labels, stepScores, CHART_HEIGHT));
                PdfPTable scores = new PdfPTable(new float[] {5, 2});
                scores.setWidthPercentage(70);
                scores.setHorizontalAlignment(Element.ALIGN_LEFT);
                header(scores, bold, text(locale, "compliance.results.step"), text(locale, "compliance.results.score"));
                for (Map.Entry<Integer, Integer> step : stepScores.entrySet()) {
                    scores.addCell(cell(labels.get(step.getKey() - 1), body));
                    scores.addCell(cell(Integer.toString(step.getValue()), body));
                }
                scores.addCell(cell(text(locale, "compliance.results.overall"), bold));
                scores.addCell(cell(Integer.toString(report.assessment().getOverallScore()), bold));
                document.add(scores);
                document.add(new Paragraph(text(locale, "compliance.results.explanation"), body));
            }

            section(document, text(locale, "compliance.report.risks"), heading);
            if (report.screening().isEmpty()) {
                document.add(new Paragraph(text(locale, "compliance.sourcing.empty"), body));
            } else {
                PdfPTable risks = new PdfPTable(new float[] {3, 3, 1, 2, 2, 2, 2});
                risks.setWidthPercentage(100);
                header(
                        risks,
                        bold,
                        text(locale, "compliance.sourcing.good"),
                        text(locale, "compliance.sourcing.country"),
                        text(locale, "compliance.sourcing.tier"),
                        text(locale, "compliance.flag.child"),
                        text(locale, "compliance.flag.forced"),
                        text(locale, "compliance.flag.forcedChild"),
                        text(locale, "compliance.sourcing.edition"));
                for (ScreeningResult r : report.screening()) {
                    Color background = r.isListed() ? RISK : null;
                    risks.addCell(cell(r.line().getGood(), body, background));
                    risks.addCell(cell(r.line().getCountry(), body, background));
                    risks.addCell(cell(Integer.toString(r.line().getTier()), body, background));
                    if (r.isListed()) {
                        risks.addCell(cell(yesNo(locale, r.match().childLabor()), body, background));
                        risks.addCell(cell(yesNo(locale, r.match().forcedLabor()), body, background));
                        risks.addCell(cell(yesNo(locale, r.match().forcedChildLabor()), body, background));
                    } else {
                        PdfPCell none = cell(text(locale, "compliance.sourcing.notListed"), body);
                        none.setColspan(3);
                        risks.addCell(none);
                    }
                    risks.addCell(
                            cell(r.editionYear() == 0 ? "–" : Integer.toString(r.editionYear()), body, background));
                }
                document.add(risks);
                document.add(new Paragraph(text(locale, "compliance.sourcing.citation"), body));
            }

            section(document, text(locale, "compliance.report.actions"), heading);
            if (report.actions().isEmpty()) {
                document.add(new Paragraph(text(locale, "compliance.actions.empty"), body));
            } else {
                PdfPTable actions = new PdfPTable(new float[] {5, 1, 2, 2, 2});
                actions.setWidthPercentage(100);
                header(
                        actions,
                        bold,
                        text(locale, "compliance.actions.title"),
                        text(locale, "compliance.results.step"),
                        text(locale, "compliance.actions.owner"),
                        text(locale, "compliance.actions.due"),
                        text(locale, "compliance.actions.status"));
                for (ActionItem a : report.actions()) {
                    Color background = a.isOverdue(report.date()) ? RISK : null;
                    actions.addCell(cell(a.getTitle(), body, background));
                    actions.addCell(cell(Integer.toString(a.getStepNumber()), body, background));
                    actions.addCell(cell(a.getOwnerName(), body, background));
                    actions.addCell(cell(a.getDueDate().toString(), body, background));
                    actions.addCell(cell(text(locale, "compliance.actions.status." + a.getStatus()), body, background));
                }
                document.add(actions);
            }
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("Could not write the report", e);
        }
    }

    private static void section(Document document, String title, Font font) {
        Paragraph p = new Paragraph(title, font);
        p.setSpacingBefore(16);
        p.setSpacingAfter(6);
        document.add(p);
    }

    private static void header(PdfPTable table, Font font, String... titles) {
        for (String t : titles) {
            PdfPCell c = cell(t, font);
            c.setBackgroundColor(new Color(0xe8, 0xee, 0xf6));
            table.addCell(c);
        }
        table.setHeaderRows(1);
    }

    private static PdfPCell cell(String text, Font font) {
        return cell(text, font, null);
    }

    private static PdfPCell cell(String text, Font font, Color background) {
        PdfPCell c = new PdfPCell(new Phrase(text == null ? "" : text, font));
        c.setPadding(4);
        if (background != null) {
            c.setBackgroundColor(background);
        }
        return c;
    }

    private static String yesNo(Locale locale, boolean value) {
        return text(locale, value ? "compliance.yes" : "compliance.no");
    }

    private static String text(Locale locale, String key) {
        return ComplianceTexts.text(locale, key);
    }
}
