package org.beaconportal.resources.domain;

import java.util.Locale;

/** Whose law it is. */
public enum Jurisdiction {
    FEDERAL,
    COLORADO,
    OTHER_STATE;

    /** The URL and CSV code, such as {@code colorado} or {@code other-state}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Parses a code or a constant name; {@code null} for anything else. */
    public static Jurisdiction fromCode(String code) {
        if (code == null) {
            return null;
        }
        String normal = code.strip().toUpperCase(Locale.ROOT).replace('-', '_');
        for (Jurisdiction value : values()) {
            if (value.name().equals(normal)) {
                return value;
            }
        }
        return null;
    }
}
