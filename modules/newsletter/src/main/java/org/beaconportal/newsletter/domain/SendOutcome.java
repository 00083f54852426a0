package org.beaconportal.newsletter.domain;

/** What one attempt to hand a message to the mail server told us. */
public enum SendOutcome {
    /** The server accepted the message. */
    ACCEPTED,
    /** Certainly not sent and worth retrying (server unreachable, 4xx answer). */
    TEMPORARY_FAILURE,
    /** Certainly not sent and never will be (5xx answer, bad address). */
    PERMANENT_FAILURE,
    /** The connection broke while the message was on its way: it may or may not have arrived. */
    UNKNOWN
}
