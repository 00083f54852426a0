package org.beaconportal.publications.application;

import java.util.Locale;
import org.beaconportal.publications.domain.PublicationKind;

/**
 * What a reader asked the catalogue for; every filter is optional.
 *
 * @param text words to find in titles, abstracts and inside the files (through site search)
 * @param kind a kind, or null
 * @param topic id of a topic term (its narrower terms match too), or null
 * @param region id of a region term (its narrower terms match too), or null
 * @param year year of issue, or null
 * @param language {@code en} or {@code es}, or null for both
 * @param sort order of the results
 * @param page zero-based page
 * @param readerLanguage the page's language (search analysis, labels)
 */
public record CatalogQuery(
        String text,
        PublicationKind kind,
        Long topic,
        Long region,
        Integer year,
        String language,
        Sort sort,
        int page,
        String readerLanguage) {

    /** Cards per page. */
    public static final int PAGE_SIZE = 12;

    /** Deepest page a reader can ask for. */
    public static final int MAX_PAGE = 1000;

    /** How results are ordered. */
    public enum Sort {
        /** Best match first (only with text; otherwise newest first). */
        RELEVANCE,
        /** Newest issue date first. */
        DATE,
        /** Oldest issue date first. */
        DATE_ASC,
        /** By title, A to Z. */
        TITLE;

        public String getKey() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }

        public static Sort fromKey(String key, boolean hasText) {
            for (Sort sort : values()) {
                if (sort.getKey().equals(key)) {
                    return sort;
                }
            }
            return hasText ? RELEVANCE : DATE;
        }
    }

    public CatalogQuery {
        text = text == null || text.isBlank() ? null : text.strip();
        if (text != null && text.length() > 200) {
            text = text.substring(0, 200);
        }
        language = "en".equals(language) || "es".equals(language) ? language : null;
        sort = sort == null ? (text == null ? Sort.DATE : Sort.RELEVANCE) : sort;
        if (sort == Sort.RELEVANCE && text == null) {
            sort = Sort.DATE;
        }
        page = Math.max(0, Math.min(page, MAX_PAGE));
        readerLanguage = "es".equals(readerLanguage) ? "es" : "en";
    }
}
