package org.beaconportal.compliance.domain;

/**
 * A row of the List of Goods as a value.
 *
 * @param good the good as DOL names it
 * @param sector agriculture, manufacturing, mining, ...
 * @param country the country as DOL names it
 * @param region DOL's region of the country
 * @param childLabor listed for child labour
 * @param forcedLabor listed for forced labour
 * @param forcedChildLabor listed for forced child labour
 */
public record ListEntry(
        String good,
        String sector,
        String country,
        String region,
        boolean childLabor,
        boolean forcedLabor,
        boolean forcedChildLabor) {

    public ListEntry {
        good = Texts.required(good, 200, "good");
        sector = Texts.required(sector, 120, "sector");
        country = Texts.required(country, 120, "country");
        region = Texts.required(region, 120, "region");
    }

    /** 0 none, 1 one kind, 2 two kinds, 3 all three: the heat of a heat-map cell. */
    public int severity() {
        return (childLabor ? 1 : 0) + (forcedLabor ? 1 : 0) + (forcedChildLabor ? 1 : 0);
    }
}
