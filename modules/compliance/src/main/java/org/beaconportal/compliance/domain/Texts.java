package org.beaconportal.compliance.domain;

/** Checks of free text that entities share: required, trimmed, not too long. */
final class Texts {

    private Texts() {}

    static String required(String value, int max, String field) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + " is required");
        }
        return optional(value, max, field);
    }

    static String optional(String value, int max, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String trimmed = value.trim();
        if (trimmed.length() > max) {
            throw new IllegalArgumentException(field + " is longer than " + max);
        }
        return trimmed;
    }
}
