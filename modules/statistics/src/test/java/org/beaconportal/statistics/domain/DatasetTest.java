package org.beaconportal.statistics.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class DatasetTest {

    private static final OffsetDateTime NOW = OffsetDateTime.of(2026, 1, 2, 3, 4, 5, 0, ZoneOffset.UTC);

    private static Dataset dataset() {
        return new Dataset("cases", "Cases", "Casos", "Coalition", "Coalition (2026)", "editor", NOW);
    }

    private static ObservationRow row(String category, String value) {
        return new ObservationRow("cases", "year", category, new BigDecimal(value), "cases", null);
    }

    @Test
    void mergeAddsNewCellsAndReplacesExistingOnes() {
        Dataset dataset = dataset();
        dataset.replaceObservations(List.of(row("2023", "10"), row("2024", "11")), "editor", NOW);

        dataset.mergeObservations(List.of(row("2024", "12"), row("2025", "13")), "other", NOW.plusDays(1));

        assertEquals(List.of(row("2023", "10"), row("2024", "12"), row("2025", "13")), dataset.observationRows());
        assertEquals("other", dataset.getUpdatedBy());
    }

    @Test
    void refusesTwoValuesForOneCell() {
        Dataset dataset = dataset();

        assertThrows(
                IllegalArgumentException.class,
                () -> dataset.replaceObservations(List.of(row("2024", "1"), row("2024", "2")), "editor", NOW));
    }

    @Test
    void suppressesOnlyValuesStrictlyBelowTheThreshold() {
        Dataset dataset = dataset();
        assertFalse(dataset.suppresses(BigDecimal.ONE));

        dataset.suppressBelow(new BigDecimal("5"));

        assertTrue(dataset.suppresses(new BigDecimal("4.9")));
        assertFalse(dataset.suppresses(new BigDecimal("5")));
        assertThrows(IllegalArgumentException.class, () -> dataset.suppressBelow(BigDecimal.ZERO));
    }

    @Test
    void guardsSlugAndRequiredProvenance() {
        assertThrows(
                IllegalArgumentException.class, () -> new Dataset("Bad Slug", "T", "T", "Org", "Cite", "editor", NOW));
        assertThrows(IllegalArgumentException.class, () -> new Dataset("ok", "T", "T", "Org", " ", "editor", NOW));
    }

    @Test
    void detailsSnapshotRestoresEveryField() {
        Dataset dataset = dataset();
        dataset.document("About", "Acerca", "https://example.org/x", "CC BY", "2024", "How", "Cómo");
        dataset.suppressBelow(new BigDecimal("5"));
        var snapshot = dataset.detailsSnapshot();

        dataset.describe("Other", "Otro", "Other org", "Other citation");
        dataset.document(null, null, null, null, null, null, null);
        dataset.suppressBelow(null);
        dataset.restoreDetails(snapshot);

        assertEquals(snapshot, dataset.detailsSnapshot());
        assertEquals("Coalition (2026)", dataset.getCitation());
        assertEquals(new BigDecimal("5"), dataset.getSuppressionThreshold());
    }

    @Test
    void pieChartsDrawOneSeries() {
        Dataset dataset = dataset();

        assertThrows(
                IllegalArgumentException.class,
                () -> dataset.addChart("pie", ChartType.PIE, "T", "T", "S", "S", List.of("a", "b"), "year"));
        dataset.addChart("bars", ChartType.STACKED_BAR, "T", "T", "S", "S", List.of("a", "b"), "year");
        assertThrows(
                IllegalArgumentException.class,
                () -> dataset.addChart("bars", ChartType.BAR, "T", "T", "S", "S", List.of("a"), "year"));
    }
}
