package org.beaconportal.compliance.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import org.beaconportal.compliance.domain.AssessmentRepository;
import org.beaconportal.compliance.domain.Question;
import org.beaconportal.compliance.domain.QuestionnaireVersion;
import org.beaconportal.core.application.AuditTrail;
import org.beaconportal.core.application.BusinessRuleException;
import org.beaconportal.core.application.StaffOnly;

/**
 * Staff manage the questionnaire: a draft copied from the published version, questions with
 * options (maturity levels), weights, help and evidence prompts, then publishing. Published
 * versions never change, so old assessments keep the questions they were answered with.
 */
@ApplicationScoped
@StaffOnly
public class QuestionnaireAdministration {

    /** One option line entered by staff: level, English label, Spanish label. */
    public record OptionInput(int level, String labelEn, String labelEs) {}

    @Inject
    AssessmentRepository assessments;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Transactional
    public List<QuestionnaireVersion> versions() {
        List<QuestionnaireVersion> versions = assessments.versions();
        versions.forEach(v -> v.getQuestions().forEach(q -> q.getOptions().size()));
        return versions;
    }

    /** The draft, creating it from the newest published version when there is none. */
    @Transactional
    public QuestionnaireVersion draft() {
        QuestionnaireVersion draft = assessments.draft().orElseGet(() -> {
            int next = assessments.versions().stream()
                            .mapToInt(QuestionnaireVersion::getNumber)
                            .max()
                            .orElse(0)
                    + 1;
            OffsetDateTime now = OffsetDateTime.now(clock);
            QuestionnaireVersion created = assessments
                    .latestPublished()
                    .map(v -> v.copyAsDraft(next, now))
                    .orElseGet(() -> new QuestionnaireVersion(next, now));
            audit.record("compliance.questionnaire.draft", "questionnaire", Integer.toString(next), null);
            return assessments.save(created);
        });
        draft.getQuestions().forEach(q -> q.getOptions().size());
        return draft;
    }

    @Transactional
    public void addQuestion(
            int step,
            int weight,
            String textEn,
            String textEs,
            String helpEn,
            String helpEs,
            String evidenceEn,
            String evidenceEs,
            List<OptionInput> options) {
        if (options.size() < 2) {
            throw new BusinessRuleException("compliance.question.options");
        }
        try {
            QuestionnaireVersion draft = draft();
            Question question = draft.addQuestion(step, weight, textEn, textEs, helpEn, helpEs, evidenceEn, evidenceEs);
            for (OptionInput option : options) {
                question.addOption(option.level(), option.labelEn(), option.labelEs());
            }
            audit.record("compliance.question.add", "questionnaire", Integer.toString(draft.getNumber()), textEn);
        } catch (IllegalArgumentException e) {
            throw new BusinessRuleException("compliance.question.invalid", e.getMessage());
        }
    }

    @Transactional
    public void removeQuestion(long questionId) {
        QuestionnaireVersion draft = draft();
        Question question = draft.getQuestions().stream()
                .filter(q -> q.getId() == questionId)
                .findFirst()
                .orElseThrow(() -> new BusinessRuleException("compliance.question.notInDraft"));
        draft.removeQuestion(question);
        audit.record("compliance.question.remove", "questionnaire", Integer.toString(draft.getNumber()), null);
    }

    /** Publishes the draft: new assessments use it from now on. */
    @Transactional
    public int publish() {
        QuestionnaireVersion draft =
                assessments.draft().orElseThrow(() -> new BusinessRuleException("compliance.questionnaire.noDraft"));
        try {
            draft.publish(OffsetDateTime.now(clock));
        } catch (IllegalStateException e) {
            throw new BusinessRuleException("compliance.questionnaire.incomplete");
        }
        audit.record("compliance.questionnaire.publish", "questionnaire", Integer.toString(draft.getNumber()), null);
        return draft.getNumber();
    }
}
