package org.beaconportal.compliance.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import org.beaconportal.compliance.domain.GuidanceRepository;
import org.beaconportal.compliance.domain.GuidanceStep;
import org.beaconportal.core.application.AuditTrail;
import org.beaconportal.core.application.BusinessRuleException;
import org.beaconportal.core.application.StaffOnly;

/** Guidance for the eight steps: read by everyone, edited by staff. */
@ApplicationScoped
public class GuidanceService {

    @Inject
    GuidanceRepository guidance;

    @Inject
    AuditTrail audit;

    @Transactional
    public List<GuidanceStep> steps(String language) {
        return guidance.steps(language);
    }

    @Transactional
    public Optional<GuidanceStep> step(int number, String language) {
        return guidance.step(number, language);
    }

    @Transactional
    @StaffOnly
    public void edit(
            int number,
            String language,
            String title,
            String summary,
            String objectives,
            String keyTerms,
            String topics,
            String resources) {
        GuidanceStep step = guidance.step(number, language)
                .orElseGet(() -> guidance.save(new GuidanceStep(number, language, title, summary)));
        try {
            step.edit(title, summary, objectives, keyTerms, topics, resources);
        } catch (IllegalArgumentException e) {
            throw new BusinessRuleException("compliance.field.required");
        }
        audit.record("compliance.guidance.edit", "guidance", number + "/" + language, null);
    }
}
