package org.beaconportal.compliance.domain;

import java.io.Serializable;

/**
 * A refused row of an uploaded CSV file.
 *
 * @param row the row number as a spreadsheet shows it (the header is row 1)
 * @param messageKey the bundle key saying what is wrong
 */
public record RowError(int row, String messageKey) implements Serializable {

    private static final long serialVersionUID = 1L;
}
