package org.beaconportal.publications.application;

import java.util.List;
import java.util.Map;
import org.beaconportal.publications.domain.Publication;
import org.beaconportal.publications.domain.PublicationFile;

/**
 * One page of the catalogue with facet counts over every matching publication.
 *
 * @param total publications matching the query
 * @param entries this page's cards
 * @param kinds matches per kind key
 * @param years matches per year, newest first
 * @param languages matches per language
 * @param terms matches per term id (items carrying the term itself)
 */
public record CatalogPage(
        long total,
        List<Entry> entries,
        Map<String, Long> kinds,
        Map<Integer, Long> years,
        Map<String, Long> languages,
        Map<Long, Long> terms) {

    /**
     * A card.
     *
     * @param publication the publication
     * @param thumbnailPath cover or first-page thumbnail, or null
     * @param snippet HTML-escaped excerpt with {@code <mark>}ed matches, or null without text search
     * @param main the main file, or null
     */
    public record Entry(Publication publication, String thumbnailPath, String snippet, PublicationFile main) {

        public Publication getPublication() {
            return publication;
        }

        public String getThumbnailPath() {
            return thumbnailPath;
        }

        public String getSnippet() {
            return snippet;
        }

        public PublicationFile getMain() {
            return main;
        }
    }

    public int getPages() {
        return (int) Math.min(CatalogQuery.MAX_PAGE + 1, (total + CatalogQuery.PAGE_SIZE - 1) / CatalogQuery.PAGE_SIZE);
    }
}
