package org.beaconportal.resources.domain;

import java.util.Locale;

/** The services the directory knows; an organization offers one or more of them. */
public enum ServiceKind {
    SHELTER,
    LEGAL,
    MEDICAL,
    MENTAL_HEALTH,
    CASE_MANAGEMENT,
    IMMIGRATION,
    LABOUR_RIGHTS,
    YOUTH;

    /** The URL and CSV code, such as {@code mental-health}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Parses a code or a constant name; {@code null} for anything else. */
    public static ServiceKind fromCode(String code) {
        if (code == null) {
            return null;
        }
        String normal = code.strip().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        for (ServiceKind value : values()) {
            if (value.name().equals(normal)) {
                return value;
            }
        }
        return null;
    }
}
