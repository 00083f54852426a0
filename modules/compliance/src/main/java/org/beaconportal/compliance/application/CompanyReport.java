package org.beaconportal.compliance.application;

import java.time.LocalDate;
import java.util.List;
import org.beaconportal.compliance.domain.ActionItem;
import org.beaconportal.compliance.domain.Assessment;
import org.beaconportal.compliance.domain.Company;

/**
 * Everything a company's report shows.
 *
 * @param company the company
 * @param date the day the report was made
 * @param assessment the latest submitted assessment, or null
 * @param screening the sourcing lines, screened
 * @param actions the action plan
 */
public record CompanyReport(
        Company company,
        LocalDate date,
        Assessment assessment,
        List<ScreeningResult> screening,
        List<ActionItem> actions) {}
