package org.beaconportal.statistics.application;

import java.util.List;
import java.util.Locale;

/**
 * Which column of an uploaded file holds each part of a value (zero-based column indexes); the
 * note column is optional ({@link #NONE}).
 *
 * <pre>{@code
 * ImportMapping mapping = ImportMapping.guess(List.of("indicator", "breakdown", "category", "value", "unit"));
 * }</pre>
 */
public record ImportMapping(int series, int dimension, int category, int value, int unit, int note) {

    /** No column. */
    public static final int NONE = -1;

    /** Guesses the mapping from the header's names; unknown roles stay {@link #NONE}. */
    public static ImportMapping guess(List<String> header) {
        return new ImportMapping(
                find(header, "series", "indicator", "serie", "indicador"),
                find(header, "dimension", "breakdown", "dimensión", "dimension_es", "desglose"),
                find(header, "category", "categoría", "categoria", "year", "año"),
                find(header, "value", "valor", "count", "number"),
                find(header, "unit", "unidad", "units"),
                find(header, "note", "nota", "notes"));
    }

    private static int find(List<String> header, String... names) {
        for (String name : names) {
            for (int i = 0; i < header.size(); i++) {
                if (header.get(i).strip().toLowerCase(Locale.ROOT).equals(name)) {
                    return i;
                }
            }
        }
        return NONE;
    }
}
