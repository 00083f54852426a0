package org.beaconportal.core.domain;

import java.util.Locale;
import java.util.Set;

/**
 * Staff filters over content; every field is optional (null means any).
 *
 * @param type content type name ({@code page}, {@code topic}, ...)
 * @param status workflow status
 * @param language {@code en} or {@code es}
 * @param text words in the title or summary (case-insensitive)
 * @param terms ids of terms of which the item must carry at least one (callers add descendants)
 * @param tag a free tag the item must carry
 */
public record ContentFilter(
        String type, ContentStatus status, String language, String text, Set<Long> terms, String tag) {

    public ContentFilter {
        terms = terms == null || terms.isEmpty() ? null : Set.copyOf(terms);
        tag = tag == null || tag.isBlank() ? null : tag.strip().toLowerCase(Locale.ROOT);
    }

    public ContentFilter(String type, ContentStatus status, String language, String text) {
        this(type, status, language, text, null, null);
    }

    public static ContentFilter any() {
        return new ContentFilter(null, null, null, null);
    }
}
