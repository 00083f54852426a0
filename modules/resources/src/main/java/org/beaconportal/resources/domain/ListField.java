package org.beaconportal.resources.domain;

import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A set of short values kept in one text column as {@code |a|b|}, so that a query can match one
 * value with {@code like '%|a|%'}; edited and exported as a comma-separated list.
 */
final class ListField {

    private ListField() {}

    /** Values of a comma- or semicolon-separated text, trimmed, without blanks or repeats. */
    static Set<String> parse(String text) {
        if (text == null || text.isBlank()) {
            return Set.of();
        }
        return Arrays.stream(text.split("[,;|]"))
                .map(String::strip)
                .filter(v -> !v.isEmpty())
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    static String toColumn(Collection<String> values) {
        return values.isEmpty() ? "" : "|" + String.join("|", values) + "|";
    }

    static Set<String> fromColumn(String column) {
        return parse(column);
    }

    static String toText(Collection<String> values) {
        return String.join(", ", values);
    }

    /** The column pattern that matches one value. */
    static String likePattern(String value) {
        return "%|" + value.replace("%", "").replace("_", "") + "|%";
    }

    static String lower(String value) {
        return value.toLowerCase(Locale.ROOT);
    }
}
