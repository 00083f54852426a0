package org.beaconportal.it.statistics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.math.BigDecimal;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.beaconportal.it.support.PortalClient;
import org.beaconportal.it.support.PortalDeployment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What readers and other sites get from the statistics module over HTTP: the ILO figures identical
 * in chart data, page table, CSV and JSON with the citation everywhere; small numbers suppressed
 * in all four; the embed endpoint framable and cookie-free while normal pages are not framable.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class StatisticsPublicIT {

    static final String ILO = "/statistics/ilo-global-estimates-2021";
    static final String COLORADO = "/statistics/colorado-example-hotline-cases";
    static final String CITATION = "ILO, Walk Free and IOM (2022), Global Estimates of Modern Slavery";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return PortalDeployment.portal();
    }

    @ArquillianResource
    URL base;

    @Test
    void iloFiguresAreIdenticalInChartTableCsvAndJson() {
        PortalClient client = new PortalClient(base);
        String page = client.get(ILO).body();
        Map<String, BigDecimal> csv = csvValues(
                client.get("/api/v1/datasets/ilo-global-estimates-2021/csv").body());
        Map<String, BigDecimal> json = jsonValues(
                client.get("/api/v1/datasets/ilo-global-estimates-2021").body());
        Map<String, List<BigDecimal>> charts = chartData(page);

        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("people_in_forced_labour|total|all", "27.6");
        expected.put(
                "people_in_forced_labour|form|privately imposed forced labour (other than commercial sexual exploitation)",
                "17.3");
        expected.put("people_in_forced_labour|form|forced commercial sexual exploitation", "6.3");
        expected.put("people_in_forced_labour|form|state-imposed forced labour", "3.9");
        expected.put("people_in_forced_labour|sex|women and girls", "11.8");
        expected.put("people_in_forced_labour|sex|men and boys", "15.8");
        expected.put("people_in_forced_labour|region|Asia and the Pacific", "15.1");
        expected.put("people_in_forced_labour|region|Arab States", "0.9");
        expected.forEach((cell, value) -> {
            assertEquals(new BigDecimal(value), csv.get(cell), "CSV " + cell);
            assertEquals(new BigDecimal(value), json.get(cell), "JSON " + cell);
        });

        assertEquals(
                List.of(new BigDecimal("17.3"), new BigDecimal("6.3"), new BigDecimal("3.9")),
                charts.get("ilo-forced-labour-by-form"));
        assertEquals(List.of(new BigDecimal("11.8"), new BigDecimal("15.8")), charts.get("ilo-forced-labour-by-sex"));
        assertEquals(
                List.of("15.1", "4.1", "3.8", "3.6", "0.9"),
                charts.get("ilo-forced-labour-by-region").stream()
                        .map(BigDecimal::toPlainString)
                        .toList());
        assertEquals(List.of("17.3", "6.3", "3.9"), tableValues(page, "ilo-forced-labour-by-form"));
        assertEquals(List.of("11.8", "15.8"), tableValues(page, "ilo-forced-labour-by-sex"));
        assertEquals(List.of("15.1", "4.1", "3.8", "3.6", "0.9"), tableValues(page, "ilo-forced-labour-by-region"));
        assertTrue(page.contains("27.6"), "the total is on the page");
    }

    @Test
    void citationIsOnThePageAndInBothDownloads() {
        PortalClient client = new PortalClient(base);

        String page = client.get(ILO).body();
        HttpResponse<String> csv = client.get("/api/v1/datasets/ilo-global-estimates-2021/csv");
        JsonObject json = Json.createReader(new StringReader(
                        client.get("/api/v1/datasets/ilo-global-estimates-2021").body()))
                .readObject();

        assertTrue(page.contains("id=\"citation\">" + CITATION), "cite-this box");
        assertTrue(csv.body().lines().skip(1).allMatch(l -> l.contains(CITATION)), "every CSV line");
        assertTrue(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        assertTrue(csv.headers().firstValue("Content-Disposition").orElse("").contains("attachment"));
        assertTrue(json.getString("citation").startsWith(CITATION));
    }

    @Test
    void valueUnderTheThresholdAppearsInNoOutput() {
        PortalClient client = new PortalClient(base);
        String page = client.get(COLORADO).body();
        String csv = client.get("/api/v1/datasets/colorado-example-hotline-cases/csv")
                .body();
        JsonObject json = Json.createReader(
                        new StringReader(client.get("/api/v1/datasets/colorado-example-hotline-cases")
                                .body()))
                .readObject();

        List<BigDecimal> chart = chartData(page).get("colorado-cases-by-region");
        assertEquals(5, chart.size());
        assertEquals(null, chart.get(4), "chart: no bar for the suppressed region");
        assertEquals(List.of("61", "34", "27", "19", "fewer than 5"), tableValues(page, "colorado-cases-by-region"));
        String eastern = csv.lines()
                .filter(l -> l.startsWith("cases_reported_2024,region,Eastern Plains,"))
                .findFirst()
                .orElseThrow();
        assertTrue(eastern.startsWith("cases_reported_2024,region,Eastern Plains,fewer than 5,cases,"), eastern);
        JsonObject easternJson = json.getJsonArray("values").getValuesAs(JsonObject.class).stream()
                .filter(v -> v.getString("category").equals("Eastern Plains"))
                .findFirst()
                .orElseThrow();
        assertTrue(easternJson.isNull("value"));
        assertTrue(easternJson.getBoolean("suppressed"));
        assertEquals("fewer than 5", easternJson.getString("display"));
        assertFalse(easternJson.toString().contains("3"), easternJson.toString());
        assertTrue(client.get("/es" + COLORADO).body().contains("menos de 5"), "suppressed in Spanish too");
    }

    @Test
    void datasetListAndUnknownDataset() {
        PortalClient client = new PortalClient(base);

        JsonArray list = Json.createReader(
                        new StringReader(client.get("/api/v1/datasets").body()))
                .readArray();

        assertTrue(list.getValuesAs(JsonObject.class).stream()
                .anyMatch(d -> d.getString("slug").equals("ilo-global-estimates-2021")));
        assertEquals(404, client.get("/api/v1/datasets/no-such-dataset").statusCode());
        assertEquals(404, client.get("/statistics/no-such-dataset").statusCode());
        assertTrue(client.get("/openapi").body().contains("/api/v1/datasets/{slug}"));
    }

    @Test
    void embedIsFramableAndCookieFreeWhileOtherPagesAreNot() {
        PortalClient client = new PortalClient(base);

        HttpResponse<String> embed = client.get("/embed/statistics/chart/ilo-forced-labour-by-form");
        HttpResponse<String> page = client.get(ILO);

        assertEquals(200, embed.statusCode());
        String embedPolicy =
                embed.headers().firstValue("Content-Security-Policy").orElse("");
        assertTrue(embedPolicy.contains("frame-ancestors *"), embedPolicy);
        assertTrue(embed.headers().firstValue("X-Frame-Options").isEmpty());
        assertTrue(embed.headers().allValues("Set-Cookie").isEmpty(), "no cookie");
        assertTrue(embed.body().contains("<th scope=\"row\">Forced commercial sexual exploitation</th>"));
        assertTrue(embed.body().contains(">6.3<"));
        assertTrue(embed.body().contains(CITATION));
        String pagePolicy = page.headers().firstValue("Content-Security-Policy").orElse("");
        assertTrue(pagePolicy.contains("frame-ancestors 'none'"), pagePolicy);
        assertTrue(page.headers().allValues("Set-Cookie").isEmpty(), "public page sets no cookie either");
        assertTrue(page.body().contains("/embed/statistics/chart/ilo-forced-labour-by-form"), "embed snippet");
        assertEquals(404, client.get("/embed/statistics/chart/no-such-chart").statusCode());
    }

    @Test
    void homeWidgetShowsKeyFiguresFromTheDatabaseWithALink() {
        String home = new PortalClient(base).get("/es/").body();

        assertTrue(home.contains("27,6 millones"), "Spanish notation");
        assertTrue(home.contains("17,3 millones"));
        assertTrue(home.contains("href=\"/es/statistics/ilo-global-estimates-2021\""));
    }

    /** The data arrays of every chart on a page, by chart key, from the Chart.js configurations. */
    static Map<String, List<BigDecimal>> chartData(String page) {
        Map<String, List<BigDecimal>> charts = new LinkedHashMap<>();
        Matcher section = Pattern.compile("<section class=\"chart-block\" id=\"chart-([a-z0-9-]+)\"")
                .matcher(page);
        while (section.find()) {
            int configStart = page.indexOf("config:{", section.end());
            String config = balanced(page, configStart + "config:".length());
            JsonObject json = Json.createReader(new StringReader(config)).readObject();
            JsonArray data = json.getJsonObject("data")
                    .getJsonArray("datasets")
                    .getJsonObject(0)
                    .getJsonArray("data");
            List<BigDecimal> values = new ArrayList<>();
            for (int i = 0; i < data.size(); i++) {
                values.add(data.isNull(i) ? null : data.getJsonNumber(i).bigDecimalValue());
            }
            charts.put(section.group(1), values);
        }
        return charts;
    }

    /** The value cells of a chart's data table, in order. */
    static List<String> tableValues(String page, String chartKey) {
        int start = page.indexOf("id=\"chart-" + chartKey + "\"");
        int tableStart = page.indexOf("<table", start);
        String table = page.substring(tableStart, page.indexOf("</table>", tableStart));
        List<String> values = new ArrayList<>();
        Matcher cell = Pattern.compile("<td class=\"number\">([^<]*)</td>").matcher(table);
        while (cell.find()) {
            values.add(cell.group(1));
        }
        return values;
    }

    static Map<String, BigDecimal> csvValues(String csv) {
        Map<String, BigDecimal> values = new LinkedHashMap<>();
        csv.lines().skip(1).forEach(line -> {
            List<String> cells = cells(line);
            values.put(cells.get(0) + "|" + cells.get(1) + "|" + cells.get(2), new BigDecimal(cells.get(3)));
        });
        return values;
    }

    static Map<String, BigDecimal> jsonValues(String body) {
        Map<String, BigDecimal> values = new LinkedHashMap<>();
        Json.createReader(new StringReader(body))
                .readObject()
                .getJsonArray("values")
                .getValuesAs(JsonObject.class)
                .forEach(v -> values.put(
                        v.getString("series") + "|" + v.getString("dimension") + "|" + v.getString("category"),
                        v.isNull("value") ? null : v.getJsonNumber("value").bigDecimalValue()));
        return values;
    }

    private static List<String> cells(String line) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') {
                if (quoted && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else {
                    quoted = !quoted;
                }
            } else if (c == ',' && !quoted) {
                cells.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        cells.add(cell.toString());
        return cells;
    }

    private static String balanced(String text, int open) {
        int depth = 0;
        boolean inString = false;
        for (int i = open; i < text.length(); i++) {
            char c = text.charAt(i);
            if (inString) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    inString = false;
                }
            } else if (c == '"') {
                inString = true;
            } else if (c == '{') {
                depth++;
            } else if (c == '}') {
                depth--;
                if (depth == 0) {
                    return text.substring(open, i + 1);
                }
            }
        }
        throw new IllegalStateException("Unbalanced chart configuration");
    }
}
