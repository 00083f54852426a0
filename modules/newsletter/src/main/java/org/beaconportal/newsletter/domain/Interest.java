package org.beaconportal.newsletter.domain;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** What a subscriber wants to hear about; stored as a comma-separated list of names. */
public enum Interest {
    NEWS,
    EVENTS,
    TRAININGS,
    PUBLICATIONS;

    /** Parses {@code "news,events"}; unknown names are refused. */
    public static Set<Interest> parse(String text) {
        Set<Interest> result = EnumSet.noneOf(Interest.class);
        if (text == null || text.isBlank()) {
            return result;
        }
        for (String part : text.split(",")) {
            String name = part.strip().toUpperCase(Locale.ROOT);
            if (!name.isEmpty()) {
                result.add(Interest.valueOf(name));
            }
        }
        return result;
    }

    public static String format(Set<Interest> interests) {
        return interests.stream()
                .sorted()
                .map(i -> i.name().toLowerCase(Locale.ROOT))
                .collect(Collectors.joining(","));
    }

    /** Lower-case name used in forms, CSV files and message keys. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
