package org.beaconportal.compliance.application;

import org.beaconportal.compliance.domain.ListEntry;
import org.beaconportal.compliance.domain.SourcingLine;

/**
 * A sourcing line screened against an edition of the List of Goods.
 *
 * @param line the company's line
 * @param match the listed row, or null when the good from that country is not on the list
 * @param editionYear the edition screened against
 */
public record ScreeningResult(SourcingLine line, ListEntry match, int editionYear) {

    public boolean isListed() {
        return match != null;
    }

    public int severity() {
        return match == null ? 0 : match.severity();
    }
}
