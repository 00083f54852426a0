package org.beaconportal.statistics.domain;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One value of a dataset as plain data, independent of the database: what an import produces, a
 * saved version keeps, and an export writes.
 *
 * <pre>{@code
 * new ObservationRow("people_in_forced_labour", "form", "state-imposed forced labour",
 *         new BigDecimal("3.9"), "million people", null)
 * }</pre>
 *
 * @param series what is measured (an indicator)
 * @param dimension how the series is broken down ({@code total}, {@code sex}, {@code year})
 * @param category the value's place in that breakdown ({@code women and girls}, {@code 2024})
 * @param value the number, with the decimals it was published with
 * @param unit what the number counts ({@code million people})
 * @param note estimate, rounded or provisional; null when none
 */
public record ObservationRow(
        String series, String dimension, String category, BigDecimal value, String unit, ObservationNote note) {

    public ObservationRow {
        series = requireText(series, "series", 200);
        dimension = requireText(dimension, "dimension", 200);
        category = requireText(category, "category", 300);
        Objects.requireNonNull(value, "value");
        if (value.signum() < 0) {
            throw new IllegalArgumentException("A value cannot be negative: " + value);
        }
        unit = requireText(unit, "unit", 100);
    }

    /** Where a value sits: its series, dimension and category. A dataset has one value per cell. */
    public record Cell(String series, String dimension, String category) {}

    public Cell cell() {
        return new Cell(series, dimension, category);
    }

    /** True when both rows describe the same cell (same series, dimension and category). */
    public boolean sameCellAs(ObservationRow other) {
        return cell().equals(other.cell());
    }

    private static String requireText(String text, String name, int max) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException(name + " is required");
        }
        String stripped = text.strip();
        if (stripped.length() > max) {
            throw new IllegalArgumentException(name + " is longer than " + max + " characters");
        }
        return stripped;
    }
}
