package org.beaconportal.statistics.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import org.beaconportal.statistics.domain.ChartType;
import org.beaconportal.statistics.domain.CsvTable;
import org.beaconportal.statistics.domain.Dataset;
import org.beaconportal.statistics.domain.ObservationRow;
import org.junit.jupiter.api.Test;

/** Suppression and number identity across the outputs built without a container. */
class PublicOutputsTest {

    private static final OffsetDateTime NOW = OffsetDateTime.of(2026, 1, 2, 3, 4, 5, 0, ZoneOffset.UTC);

    private static PublicDataset dataset() {
        Dataset dataset =
                new Dataset("local", "Local", "Local", "Coalition", "Coalition (2026), Local counts", "e", NOW);
        dataset.replaceObservations(
                List.of(
                        new ObservationRow("cases", "region", "North", new BigDecimal("61"), "cases", null),
                        new ObservationRow("cases", "region", "East", new BigDecimal("3"), "cases", null),
                        new ObservationRow("cases", "region", "West", new BigDecimal("22.0"), "cases", null)),
                "e",
                NOW);
        dataset.suppressBelow(new BigDecimal("5"));
        dataset.addChart(
                "local-by-region", ChartType.BAR, "By region", "Por región", "S", "S", List.of("cases"), "region");
        return PublicDataset.of(dataset);
    }

    @Test
    void suppressedValueAppearsInNoOutput() {
        PublicDataset dataset = dataset();

        String csv = DatasetExport.csv(dataset, Locale.ENGLISH);
        JsonObject json = DatasetExport.json(dataset, Locale.ENGLISH);
        JsonObject chart = ChartJsConfig.of(dataset.charts().get(0), Locale.ENGLISH);

        List<String> eastCsv = CsvTable.parse(csv).rows().get(1);
        assertEquals("fewer than 5", eastCsv.get(3));
        JsonObject eastJson = json.getJsonArray("values").getJsonObject(1);
        assertTrue(eastJson.isNull("value"));
        assertEquals("fewer than 5", eastJson.getString("display"));
        assertTrue(chart.getJsonObject("data")
                .getJsonArray("datasets")
                .getJsonObject(0)
                .getJsonArray("data")
                .isNull(1));
        assertEquals("fewer than 5", dataset.figures().get(1).display(Locale.ENGLISH));
        assertEquals("menos de 5", dataset.figures().get(1).display(Locale.forLanguageTag("es")));
        assertFalse(csv.contains(",3,"));
        assertFalse(json.toString().contains(":3"));
    }

    @Test
    void visibleNumbersAreIdenticalInEveryOutputWithTheirDecimals() {
        PublicDataset dataset = dataset();

        String csv = DatasetExport.csv(dataset, Locale.ENGLISH);
        JsonObject json = DatasetExport.json(dataset, Locale.ENGLISH);
        JsonObject chart = ChartJsConfig.of(dataset.charts().get(0), Locale.ENGLISH);

        assertEquals("22.0", CsvTable.parse(csv).rows().get(2).get(3));
        assertEquals(
                new BigDecimal("22.0"),
                json.getJsonArray("values")
                        .getJsonObject(2)
                        .getJsonNumber("value")
                        .bigDecimalValue());
        assertEquals(
                new BigDecimal("22.0"),
                chart.getJsonObject("data")
                        .getJsonArray("datasets")
                        .getJsonObject(0)
                        .getJsonArray("data")
                        .getJsonNumber(2)
                        .bigDecimalValue());
        assertEquals("22.0", dataset.figures().get(2).display(Locale.ENGLISH));
        assertEquals("22,0", dataset.figures().get(2).display(Locale.forLanguageTag("es")));
        assertTrue(csv.lines().skip(1).allMatch(l -> l.endsWith("\"Coalition (2026), Local counts\"")));
        assertEquals("Coalition (2026), Local counts", json.getString("citation"));
    }

    @Test
    void chartConfigurationHasTitleTypeAndStackingWithoutAnimation() {
        JsonObject chart = ChartJsConfig.of(dataset().charts().get(0), Locale.forLanguageTag("es"));

        assertEquals("bar", chart.getString("type"));
        assertEquals(
                "Por región",
                chart.getJsonObject("options")
                        .getJsonObject("plugins")
                        .getJsonObject("title")
                        .getString("text"));
        assertFalse(chart.getJsonObject("options").getBoolean("animation"));
        assertEquals(
                List.of("North", "East", "West"),
                chart.getJsonObject("data").getJsonArray("labels").getValuesAs(jakarta.json.JsonString.class).stream()
                        .map(jakarta.json.JsonString::getString)
                        .toList());
    }
}
