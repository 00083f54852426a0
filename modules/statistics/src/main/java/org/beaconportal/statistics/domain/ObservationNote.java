package org.beaconportal.statistics.domain;

import java.util.Locale;
import java.util.Optional;

/** What a reader should know about one value: it is an estimate, rounded, or provisional. */
public enum ObservationNote {
    ESTIMATE,
    ROUNDED,
    PROVISIONAL;

    /** The note written in a CSV cell ({@code estimate}, {@code Rounded}...), or empty for a blank cell. */
    public static Optional<ObservationNote> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String key = text.strip().toUpperCase(Locale.ROOT);
        for (ObservationNote note : values()) {
            if (note.name().equals(key)) {
                return Optional.of(note);
            }
        }
        throw new IllegalArgumentException("Unknown note: " + text);
    }

    /** How the note is written in files: lower case. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
