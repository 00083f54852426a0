package org.beaconportal.compliance.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.InputStream;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.beaconportal.compliance.domain.AnswerOption;
import org.beaconportal.compliance.domain.Assessment;
import org.beaconportal.compliance.domain.AssessmentRepository;
import org.beaconportal.compliance.domain.EvidenceFile;
import org.beaconportal.compliance.domain.Question;
import org.beaconportal.core.application.AccessDeniedException;
import org.beaconportal.core.application.BusinessRuleException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A company's self-assessments: start one, answer step by step (saved as they go), attach
 * evidence, submit, and look at past results. Every method works on the caller's company only.
 */
@ApplicationScoped
public class AssessmentService {

    @Inject
    AssessmentRepository assessments;

    @Inject
    CompanyAccess access;

    @Inject
    EvidenceStore store;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "beacon.upload.max.bytes", defaultValue = "20971520")
    long maxUploadBytes;

    /** The assessment in progress, if any. */
    @Transactional
    public Optional<Assessment> inProgress() {
        return assessments.byCompany(access.companyId()).stream()
                .filter(a -> !a.isSubmitted())
                .findFirst()
                .map(AssessmentService::loaded);
    }

    /** The assessment in progress, or a new one with the newest published questionnaire. */
    @Transactional
    public Assessment startOrContinue() {
        Optional<Assessment> current = inProgress();
        if (current.isPresent()) {
            return current.get();
        }
        long companyId = access.companyId();
        var questionnaire = assessments
                .latestPublished()
                .orElseThrow(() -> new BusinessRuleException("compliance.questionnaire.none"));
        return loaded(assessments.save(new Assessment(companyId, questionnaire, OffsetDateTime.now(clock))));
    }

    /** One of the caller's assessments; another company's id is refused. */
    @Transactional
    public Assessment get(long assessmentId) {
        return loaded(own(assessmentId));
    }

    /** Saves the answers (question id to option id, or null) and notes given for some questions. */
    @Transactional
    public Assessment saveAnswers(long assessmentId, Map<Long, Long> options, Map<Long, String> notes) {
        Assessment assessment = own(assessmentId);
        if (assessment.isSubmitted()) {
            throw new BusinessRuleException("compliance.assessment.submitted");
        }
        for (Question question : assessment.getQuestionnaire().getQuestions()) {
            if (!options.containsKey(question.getId()) && !notes.containsKey(question.getId())) {
                continue;
            }
            Long optionId = options.containsKey(question.getId())
                    ? options.get(question.getId())
                    : assessment
                            .answerTo(question)
                            .map(a ->
                                    a.getOption() == null ? null : a.getOption().getId())
                            .orElse(null);
            AnswerOption option = optionId == null
                    ? null
                    : question.getOptions().stream()
                            .filter(o -> o.getId().equals(optionId))
                            .findFirst()
                            .orElseThrow(() -> new BusinessRuleException("compliance.answer.unknownOption"));
            String note = notes.containsKey(question.getId())
                    ? notes.get(question.getId())
                    : assessment.answerTo(question).map(a -> a.getNote()).orElse(null);
            if (note != null && note.length() > 4000) {
                throw new BusinessRuleException("compliance.field.tooLong", 4000);
            }
            assessment.answer(question, option, note);
        }
        return loaded(assessment);
    }

    /** Submits: scores are computed and frozen. */
    @Transactional
    public Assessment submit(long assessmentId) {
        Assessment assessment = own(assessmentId);
        if (assessment.isSubmitted()) {
            throw new BusinessRuleException("compliance.assessment.submitted");
        }
        assessment.submit(OffsetDateTime.now(clock));
        return loaded(assessment);
    }

    /** The caller's assessments, newest first. */
    @Transactional
    public List<Assessment> history() {
        return assessments.byCompany(access.companyId()).stream()
                .map(AssessmentService::loaded)
                .toList();
    }

    /** Submitted assessments, oldest first (for comparisons and charts). */
    @Transactional
    public List<Assessment> submittedOldestFirst() {
        List<Assessment> submitted = new ArrayList<>(
                history().stream().filter(Assessment::isSubmitted).toList());
        java.util.Collections.reverse(submitted);
        return submitted;
    }

    /** Attaches an evidence file to a question of an assessment in progress. */
    @Transactional
    public EvidenceFile attach(
            long assessmentId, long questionId, String filename, String contentType, InputStream content) {
        Assessment assessment = own(assessmentId);
        if (assessment.isSubmitted()) {
            throw new BusinessRuleException("compliance.assessment.submitted");
        }
        boolean known = assessment.getQuestionnaire().getQuestions().stream().anyMatch(q -> q.getId() == questionId);
        if (!known) {
            throw new BusinessRuleException("compliance.answer.unknownQuestion");
        }
        String type = contentType == null || contentType.isBlank() ? "application/octet-stream" : contentType;
        EvidenceFile file = new EvidenceFile(
                assessment.getCompanyId(),
                assessmentId,
                questionId,
                filename,
                type.length() > 120 ? "application/octet-stream" : type,
                0,
                OffsetDateTime.now(clock),
                access.member().getUsername());
        long size = store.store(assessment.getCompanyId(), file.getId(), content, maxUploadBytes);
        file.measured(size);
        return assessments.save(file);
    }

    /** The evidence files of one of the caller's assessments. */
    @Transactional
    public List<EvidenceFile> evidence(long assessmentId) {
        own(assessmentId);
        return assessments.evidenceOf(assessmentId);
    }

    /** Metadata of one of the caller's evidence files; refused for another company's file. */
    @Transactional
    public EvidenceFile evidenceFile(String fileId) {
        EvidenceFile file = assessments.evidence(fileId).orElseThrow(() -> new AccessDeniedException("No such file"));
        access.requireOwn(file.getCompanyId());
        return file;
    }

    /** The bytes of one of the caller's evidence files. */
    public InputStream openEvidence(EvidenceFile file) {
        access.requireOwn(file.getCompanyId());
        return store.open(file.getCompanyId(), file.getId());
    }

    @Transactional
    public void deleteEvidence(String fileId) {
        EvidenceFile file = evidenceFile(fileId);
        Assessment assessment = own(file.getAssessmentId());
        if (assessment.isSubmitted()) {
            throw new BusinessRuleException("compliance.assessment.submitted");
        }
        assessments.remove(file);
        store.delete(file.getCompanyId(), file.getId());
    }

    private Assessment own(long assessmentId) {
        Assessment assessment =
                assessments.find(assessmentId).orElseThrow(() -> new AccessDeniedException("No such assessment"));
        access.requireOwn(assessment.getCompanyId());
        return assessment;
    }

    /** Touches lazy collections so pages can read them after the transaction. */
    static Assessment loaded(Assessment assessment) {
        assessment.getAnswers().forEach(a -> a.getQuestion().getId());
        assessment.getQuestionnaire().getQuestions().forEach(q -> q.getOptions().size());
        return assessment;
    }
}
