package org.beaconportal.newsletter.domain;

import java.util.Locale;

/** What sort of gathering an event is. */
public enum EventKind {
    EVENT,
    TRAINING,
    MEETING;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
