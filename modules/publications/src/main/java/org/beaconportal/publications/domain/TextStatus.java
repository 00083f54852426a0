package org.beaconportal.publications.domain;

/** Where the background text extraction of a PDF stands. */
public enum TextStatus {
    /** Waiting for the background worker. */
    PENDING,
    /** Text, page count and thumbnail are in place. */
    EXTRACTED,
    /** Extraction failed; the file stays attached and the reason is shown to staff. */
    FAILED,
    /** Not a PDF (a cover image): nothing to extract. */
    NOT_APPLICABLE
}
