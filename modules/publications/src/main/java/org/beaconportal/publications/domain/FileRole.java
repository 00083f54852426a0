package org.beaconportal.publications.domain;

/** What a file is to its publication. */
public enum FileRole {
    /** The whole publication as one PDF. */
    MAIN,
    /** One chapter or section as its own PDF, with a title and page range. */
    SECTION,
    /** The cover image shown on cards (otherwise the main file's first page is shown). */
    COVER;

    public boolean isPdf() {
        return this != COVER;
    }
}
