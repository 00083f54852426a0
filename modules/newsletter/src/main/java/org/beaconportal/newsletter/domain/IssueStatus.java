package org.beaconportal.newsletter.domain;

/** Life of an issue: composed, optionally scheduled, sent (pausable), then archived for good. */
public enum IssueStatus {
    DRAFT,
    SCHEDULED,
    SENDING,
    PAUSED,
    SENT
}
