package org.beaconportal.compliance.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import org.beaconportal.compliance.domain.ActionItem;
import org.beaconportal.compliance.domain.ActionRepository;
import org.beaconportal.compliance.domain.Assessment;
import org.beaconportal.compliance.domain.AssessmentRepository;
import org.beaconportal.compliance.domain.Company;
import org.beaconportal.compliance.domain.CompanyRepository;
import org.beaconportal.compliance.domain.Csv;
import org.beaconportal.compliance.domain.SourcingRepository;

/** Gathers the caller's report and writes its CSV export. */
@ApplicationScoped
public class ReportService {

    @Inject
    CompanyAccess access;

    @Inject
    CompanyRepository companies;

    @Inject
    AssessmentRepository assessments;

    @Inject
    SourcingRepository sourcing;

    @Inject
    SourcingService sourcingService;

    @Inject
    ActionRepository actions;

    @Inject
    Clock clock;

    @Transactional
    public CompanyReport report() {
        long companyId = access.companyId();
        Company company = companies.find(companyId).orElseThrow();
        Assessment latest = assessments.byCompany(companyId).stream()
                .filter(Assessment::isSubmitted)
                .findFirst()
                .map(AssessmentService::loaded)
                .orElse(null);
        return new CompanyReport(
                company,
                LocalDate.now(clock),
                latest,
                sourcingService.screen(sourcing.lines(companyId)),
                actions.byCompany(companyId));
    }

    /** The report as CSV: one section per part, each with its own header line. */
    public static String csv(CompanyReport report, Locale locale) {
        StringBuilder out = new StringBuilder();
        out.append(Csv.line("company", "date")).append("\r\n");
        out.append(Csv.line(report.company().getName(), report.date())).append("\r\n\r\n");
        out.append(Csv.line("step", "score")).append("\r\n");
        if (report.assessment() != null) {
            report.assessment().getStepScores().forEach((step, score) -> out.append(Csv.line(step, score))
                    .append("\r\n"));
            out.append(Csv.line("overall", report.assessment().getOverallScore()))
                    .append("\r\n");
        }
        out.append("\r\n")
                .append(Csv.line(
                        "good",
                        "country",
                        "tier",
                        "volume_band",
                        "on_list",
                        "child_labor",
                        "forced_labor",
                        "forced_child_labor",
                        "edition"))
                .append("\r\n");
        for (ScreeningResult r : report.screening()) {
            out.append(Csv.line(
                            r.line().getGood(),
                            r.line().getCountry(),
                            r.line().getTier(),
                            r.line().getVolumeBand().name().toLowerCase(Locale.ROOT),
                            r.isListed(),
                            r.isListed() && r.match().childLabor(),
                            r.isListed() && r.match().forcedLabor(),
                            r.isListed() && r.match().forcedChildLabor(),
                            r.editionYear()))
                    .append("\r\n");
        }
        out.append("\r\n")
                .append(Csv.line("action", "step", "owner", "due", "status", "notes"))
                .append("\r\n");
        for (ActionItem a : report.actions()) {
            out.append(Csv.line(
                            a.getTitle(),
                            a.getStepNumber(),
                            a.getOwnerName(),
                            a.getDueDate(),
                            a.getStatus().name().toLowerCase(Locale.ROOT),
                            a.getNotes()))
                    .append("\r\n");
        }
        return out.toString();
    }
}
