package org.beaconportal.resources.domain;

/**
 * The public filters of the laws list; each is optional (null means any) and they combine.
 *
 * @param jurisdiction whose law
 * @param kind statute, bill or regulation
 * @param year year enacted
 */
public record LawFilter(Jurisdiction jurisdiction, LawKind kind, Integer year) {

    public static LawFilter any() {
        return new LawFilter(null, null, null);
    }
}
