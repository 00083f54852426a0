package org.beaconportal.core.application;

import java.util.List;
import java.util.Map;

/**
 * One page of search hits with facet counts over all matching documents.
 *
 * @param total number of matching documents (all pages)
 * @param hits this page's hits, best first
 * @param moduleFacets matching documents per module id
 * @param typeFacets matching documents per content type
 * @param languageFacets matching documents per language
 */
public record SearchResults(
        long total,
        List<SearchHit> hits,
        Map<String, Long> moduleFacets,
        Map<String, Long> typeFacets,
        Map<String, Long> languageFacets) {

    /**
     * One hit.
     *
     * @param snippet HTML-escaped excerpt in which matched terms are wrapped in {@code <mark>};
     *     the summary (escaped) when no excerpt matches
     */
    public record SearchHit(
            String moduleId,
            String type,
            String key,
            String language,
            String title,
            String snippet,
            String path,
            boolean published,
            float score) {}

    public static SearchResults empty() {
        return new SearchResults(0, List.of(), Map.of(), Map.of(), Map.of());
    }
}
