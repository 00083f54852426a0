package org.beaconportal.core.domain;

/** Where an item is in the editorial workflow. */
public enum ContentStatus {
    /** Being written; only staff see it. */
    DRAFT,
    /** Submitted by an editor, waiting for an administrator. */
    IN_REVIEW,
    /** Public (from its publish time, if one is set, until its unpublish time). */
    PUBLISHED,
    /** Withdrawn from the public; kept with its history. */
    ARCHIVED
}
