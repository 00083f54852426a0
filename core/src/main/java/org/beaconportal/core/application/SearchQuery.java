package org.beaconportal.core.application;

import java.util.Objects;
import java.util.Set;

/**
 * A search request.
 *
 * @param text what the reader typed (free text; never parsed as query syntax)
 * @param language {@code en} or {@code es}: the reader's language (ranking and labels)
 * @param modules ids of the modules whose documents may be returned (the enabled ones)
 * @param moduleFilter facet selection: only this module, or null
 * @param typeFilter facet selection: only this content type, or null
 * @param languageFilter facet selection: only this language, or null for all languages
 * @param includeUnpublished true only for staff search (drafts are found too)
 * @param page zero-based page number (at most 1000)
 * @param pageSize hits per page (1 to 100)
 */
public record SearchQuery(
        String text,
        String language,
        Set<String> modules,
        String moduleFilter,
        String typeFilter,
        String languageFilter,
        boolean includeUnpublished,
        int page,
        int pageSize) {

    public SearchQuery {
        text = text == null ? "" : text.strip();
        Objects.requireNonNull(language, "language");
        modules = Set.copyOf(modules);
        if (page < 0 || page > 1000) {
            throw new IllegalArgumentException("page must be between 0 and 1000");
        }
        if (pageSize < 1 || pageSize > 100) {
            throw new IllegalArgumentException("pageSize must be between 1 and 100");
        }
    }

    /** A public query: published documents of the given modules, first page of 10. */
    public static SearchQuery forPublic(String text, String language, Set<String> modules) {
        return new SearchQuery(text, language, modules, null, null, null, false, 0, 10);
    }
}
