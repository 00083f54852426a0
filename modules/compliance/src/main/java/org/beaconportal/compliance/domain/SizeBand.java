package org.beaconportal.compliance.domain;

/** Number of employees, in bands (no exact head count is asked for). */
public enum SizeBand {
    MICRO,
    SMALL,
    MEDIUM,
    LARGE
}
