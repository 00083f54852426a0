package org.beaconportal.statistics.application;

/** What an import does with the values a dataset already has. */
public enum ImportMode {
    /** The file becomes the dataset's values. */
    REPLACE,
    /** The file's values are added; a value for a cell the dataset already has replaces it (a new year, a correction). */
    MERGE
}
