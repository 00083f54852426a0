package org.beaconportal.newsletter.domain;

/** Where a subscriber stands: only {@link #CONFIRMED} subscribers receive issues. */
public enum SubscriberStatus {
    /** Signed up, confirmation link sent, not clicked yet. */
    PENDING,
    /** Confirmed through the signed link: receives issues. */
    CONFIRMED,
    /** Left through an unsubscribe link (or staff did it on request). */
    UNSUBSCRIBED,
    /** The address bounced hard, or softly too often: no more mail goes there. */
    BOUNCED
}
