package org.beaconportal.resources.application;

import org.beaconportal.resources.domain.DirectoryFilter;

/**
 * A public directory search: exact criteria, free text ranked by relevance, and a page.
 *
 * @param filter service, county and language, each optional
 * @param text free words, optional
 * @param page zero-based page
 * @param size results per page
 */
public record DirectoryQuery(DirectoryFilter filter, String text, int page, int size) {

    public DirectoryQuery {
        page = Math.max(0, page);
        size = Math.max(1, Math.min(size, 100));
    }
}
