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

    @Inject
    GuidancePublications publications;

    @Transactional
    public List<GuidanceStep> steps(String language) {
        return guidance.steps(language);
    }

    @Transactional
    public Optional<GuidanceStep> step(int number, String language) {
        return guidance.step(number, language);
    }

    /**
     * Saves a step's texts and, unless {@code publicationIds} is null, the publications it links.
     * Every id must name a publication; nothing is saved otherwise.
     */
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
            String resources,
            List<Long> publicationIds) {
        if (publicationIds != null) {
            if (publicationIds.size() > GuidanceStep.MAX_PUBLICATIONS) {
                throw new BusinessRuleException(
                        "compliance.guidance.publications.tooMany", GuidanceStep.MAX_PUBLICATIONS);
            }
            for (Long id : publicationIds) {
                if (id == null || !publications.isPublication(id)) {
                    throw new BusinessRuleException("compliance.guidance.publications.unknown");
                }
            }
        }
        GuidanceStep step = guidance.step(number, language)
                .orElseGet(() -> guidance.save(new GuidanceStep(number, language, title, summary)));
        try {
            step.edit(title, summary, objectives, keyTerms, topics, resources);
        } catch (IllegalArgumentException e) {
            throw new BusinessRuleException("compliance.field.required");
        }
        if (publicationIds != null) {
            step.linkPublications(publicationIds);
        }
        audit.record("compliance.guidance.edit", "guidance", number + "/" + language, null);
    }
}
