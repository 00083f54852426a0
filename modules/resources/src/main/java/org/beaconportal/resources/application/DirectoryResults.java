package org.beaconportal.resources.application;

import java.util.List;
import org.beaconportal.resources.domain.Organization;

/**
 * One page of a directory search.
 *
 * @param total how many listings match in all
 * @param hits this page's listings, most relevant first
 * @param page zero-based page
 * @param size results per page
 */
public record DirectoryResults(long total, List<Organization> hits, int page, int size) {

    public int getPages() {
        return (int) ((total + size - 1) / size);
    }

    public long getTotal() {
        return total;
    }

    public List<Organization> getHits() {
        return hits;
    }
}
