package org.beaconportal.compliance.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.beaconportal.compliance.domain.ActionItem;
import org.beaconportal.compliance.domain.ActionRepository;
import org.beaconportal.compliance.domain.Assessment;
import org.beaconportal.compliance.domain.AssessmentRepository;
import org.beaconportal.compliance.domain.SourcingRepository;
import org.beaconportal.core.application.AccessDeniedException;
import org.beaconportal.core.application.BusinessRuleException;

/**
 * A company's action plan. Findings become actions: every step of the latest submitted assessment
 * that scored under {@link #WEAK_STEP} and every sourced good that is on the List of Goods.
 */
@ApplicationScoped
public class ActionPlanService {

    /** Steps scoring below this become actions. */
    public static final int WEAK_STEP = 50;

    @Inject
    ActionRepository actions;

    @Inject
    AssessmentRepository assessments;

    @Inject
    SourcingRepository sourcing;

    @Inject
    SourcingService sourcingService;

    @Inject
    CompanyAccess access;

    @Inject
    Clock clock;

    @Transactional
    public List<ActionItem> actions() {
        return actions.byCompany(access.companyId());
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    @Transactional
    public ActionItem add(String title, int step, String owner, LocalDate due, String notes) {
        try {
            ActionItem item = new ActionItem(access.companyId(), title, step, owner, due, OffsetDateTime.now(clock));
            item.change(title, step, owner, due, ActionItem.Status.OPEN, notes);
            return actions.save(item);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new BusinessRuleException("compliance.action.invalid");
        }
    }

    @Transactional
    public void update(
            long id, String title, int step, String owner, LocalDate due, ActionItem.Status status, String notes) {
        ActionItem item = own(id);
        try {
            item.change(title, step, owner, due, status, notes);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new BusinessRuleException("compliance.action.invalid");
        }
    }

    @Transactional
    public void remove(long id) {
        actions.remove(own(id));
    }

    /** Creates actions from the findings that have none yet (matched by title); returns how many. */
    @Transactional
    public int createFromFindings(Locale locale) {
        long companyId = access.companyId();
        String owner = access.member().getUsername();
        Set<String> existing =
                actions.byCompany(companyId).stream().map(ActionItem::getTitle).collect(Collectors.toSet());
        LocalDate due = LocalDate.now(clock).plusDays(90);
        OffsetDateTime now = OffsetDateTime.now(clock);
        int created = 0;
        Assessment latest = assessments.byCompany(companyId).stream()
                .filter(Assessment::isSubmitted)
                .findFirst()
                .orElse(null);
        if (latest != null) {
            for (Map.Entry<Integer, Integer> step : latest.getStepScores().entrySet()) {
                if (step.getValue() < WEAK_STEP) {
                    String title =
                            ComplianceTexts.text(locale, "compliance.finding.step", step.getKey(), step.getValue());
                    if (existing.add(title)) {
                        actions.save(new ActionItem(companyId, title, step.getKey(), owner, due, now));
                        created++;
                    }
                }
            }
        }
        for (ScreeningResult result : sourcingService.screen(sourcing.lines(companyId))) {
            if (result.isListed()) {
                String title = ComplianceTexts.text(
                        locale,
                        "compliance.finding.good",
                        result.match().good(),
                        result.match().country());
                if (existing.add(title)) {
                    actions.save(new ActionItem(companyId, title, 2, owner, due, now));
                    created++;
                }
            }
        }
        return created;
    }

    private ActionItem own(long id) {
        ActionItem item = actions.find(id).orElseThrow(() -> new AccessDeniedException("No such action"));
        access.requireOwn(item.getCompanyId());
        return item;
    }
}
