package org.beaconportal.resources.domain;

import java.util.Locale;

/** What sort of legal text a law is. */
public enum LawKind {
    STATUTE,
    BILL,
    REGULATION;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses a code or a constant name; {@code null} for anything else. */
    public static LawKind fromCode(String code) {
        if (code == null) {
            return null;
        }
        String normal = code.strip().toUpperCase(Locale.ROOT);
        for (LawKind value : values()) {
            if (value.name().equals(normal)) {
                return value;
            }
        }
        return null;
    }
}
