package org.beaconportal.core.domain;

/**
 * Staff filters over content; every field is optional (null means any).
 *
 * @param type content type name ({@code page}, {@code topic}, ...)
 * @param status workflow status
 * @param language {@code en} or {@code es}
 * @param text words in the title or summary (case-insensitive)
 */
public record ContentFilter(String type, ContentStatus status, String language, String text) {

    public static ContentFilter any() {
        return new ContentFilter(null, null, null, null);
    }
}
