package org.beaconportal.compliance.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.Document;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.PdfWriter;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class PdfRadarChartTest {

    private static final List<String> STEPS = List.of(
            "1. Engage stakeholders and partners",
            "2. Assess risks and impacts",
            "3. Develop a code of conduct",
            "4. Communicate and train across the supply chain",
            "5. Monitor compliance",
            "6. Remediate violations",
            "7. Independent review",
            "8. Report performance and engagement");

    private static final Map<Integer, Integer> SCORES = Map.of(1, 100, 2, 75, 3, 0, 4, 50, 5, 25, 6, 60, 7, 10, 8, 90);

    @Test
    void drawsEveryStepLabelWithItsScoreAndTheRingValuesAsVectors() throws Exception {
        byte[] pdf = pdfWithChart();
        assertEquals("%PDF-", new String(pdf, 0, 5, StandardCharsets.US_ASCII));
        PdfReader reader = new PdfReader(pdf);
        try {
            assertEquals(1, reader.getNumberOfPages());
            String compact = new PdfTextExtractor(reader).getTextFromPage(1).replaceAll("\\s+", "");
            for (int step = 1; step <= 8; step++) {
                String label = (STEPS.get(step - 1) + "(" + SCORES.get(step) + ")").replace(" ", "");
                assertTrue(compact.contains(label), label + " in " + compact);
            }
            for (int ring : PdfRadarChart.RINGS) {
                assertTrue(compact.contains(Integer.toString(ring)), "ring " + ring);
            }
            String content = new String(reader.getPageContent(1), StandardCharsets.ISO_8859_1);
            assertTrue(count(content, "\\bl\\n") >= 4 * 7 + 8 + 7, "rings, axes and the score polygon drawn");
            assertTrue(count(content, "\\bf\\n") >= 2, "score area and dots filled");
        } finally {
            reader.close();
        }
    }

    @Test
    void wrapsLongLabelsAtTheSpaceNearestTheMiddle() {
        assertEquals(List.of("5. Monitor compliance"), PdfRadarChart.wrap("5. Monitor compliance"));
        assertEquals(
                List.of("1. Engage stakeholders", "and partners (100)"),
                PdfRadarChart.wrap("1. Engage stakeholders and partners (100)"));
    }

    @Test
    void clampsScoresIntoZeroToHundredInLabels() {
        PdfRadarChart chart = new PdfRadarChart(STEPS, Map.of(1, 140, 2, -5));
        assertEquals("1. Engage stakeholders and partners (100)", chart.axisLabel(1));
        assertEquals("2. Assess risks and impacts (0)", chart.axisLabel(2));
        assertEquals("3. Develop a code of conduct (0)", chart.axisLabel(3));
    }

    private static byte[] pdfWithChart() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 48, 48, 56, 56);
        PdfWriter.getInstance(document, out);
        document.open();
        document.add(new Paragraph("Scores"));
        document.add(PdfRadarChart.table(STEPS, SCORES, 250));
        document.close();
        return out.toByteArray();
    }

    private static int count(String text, String regex) {
        Matcher matcher = Pattern.compile(regex).matcher(text);
        int n = 0;
        while (matcher.find()) {
            n++;
        }
        return n;
    }
}
