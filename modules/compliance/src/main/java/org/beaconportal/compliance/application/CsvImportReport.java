package org.beaconportal.compliance.application;

import java.util.List;
import org.beaconportal.compliance.domain.RowError;

/**
 * What an upload did: how many rows were kept, and which rows were refused and why.
 *
 * @param imported rows kept
 * @param errors refused rows with their numbers
 */
public record CsvImportReport(int imported, List<RowError> errors) {}
