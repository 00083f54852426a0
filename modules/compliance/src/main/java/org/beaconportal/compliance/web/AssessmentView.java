package org.beaconportal.compliance.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.beaconportal.compliance.application.AssessmentService;
import org.beaconportal.compliance.application.GuidanceService;
import org.beaconportal.compliance.domain.Answer;
import org.beaconportal.compliance.domain.Assessment;
import org.beaconportal.compliance.domain.EvidenceFile;
import org.beaconportal.compliance.domain.GuidanceStep;
import org.beaconportal.compliance.domain.Question;
import org.beaconportal.core.application.BusinessRuleException;
import org.beaconportal.core.web.PageLanguage;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.file.UploadedFile;

/**
 * Answering the self-assessment one step at a time ({@code /company/assessment?step=N}): answers
 * and notes are saved with "Save" or "Save and continue", evidence files are attached per question,
 * and the assessment is submitted from any step.
 */
@Named
@ViewScoped
public class AssessmentView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AssessmentService assessments;

    @Inject
    GuidanceService guidance;

    @Inject
    PageLanguage language;

    private int step = 1;
    private long assessmentId;
    private final Map<Long, Long> options = new HashMap<>();
    private final Map<Long, String> notes = new HashMap<>();
    private Long evidenceQuestion;
    private transient Assessment assessment;

    public void load() {
        if (step < 1 || step > GuidanceStep.STEPS) {
            step = 1;
        }
        try {
            assessment = assessments.startOrContinue();
        } catch (BusinessRuleException e) {
            ComplianceFaces.error(e);
            return;
        }
        assessmentId = assessment.getId();
        options.clear();
        notes.clear();
        for (Answer answer : assessment.getAnswers()) {
            options.put(
                    answer.getQuestion().getId(),
                    answer.getOption() == null ? null : answer.getOption().getId());
            notes.put(answer.getQuestion().getId(), answer.getNote());
        }
    }

    private Assessment assessment() {
        if (assessment == null && assessmentId != 0) {
            assessment = assessments.get(assessmentId);
        }
        return assessment;
    }

    public boolean isReady() {
        return assessment() != null;
    }

    public void save() {
        if (persist()) {
            ComplianceFaces.info("compliance.assessment.saved");
        }
    }

    public void saveAndContinue() {
        if (persist()) {
            ComplianceFaces.redirect(language, "/company/assessment?step=" + Math.min(step + 1, GuidanceStep.STEPS));
        }
    }

    public void submit() {
        if (!persist()) {
            return;
        }
        try {
            assessments.submit(assessmentId);
            ComplianceFaces.redirect(language, "/company/results?id=" + assessmentId);
        } catch (BusinessRuleException e) {
            ComplianceFaces.error(e);
        }
    }

    public void upload(FileUploadEvent event) {
        UploadedFile evidenceFile = event.getFile();
        Long question = evidenceQuestion != null
                ? evidenceQuestion
                : getQuestions().stream().findFirst().map(Question::getId).orElse(null);
        if (evidenceFile == null || evidenceFile.getSize() == 0 || question == null) {
            ComplianceFaces.error("compliance.evidence.missing");
            return;
        }
        try (InputStream in = evidenceFile.getInputStream()) {
            assessments.attach(assessmentId, question, evidenceFile.getFileName(), evidenceFile.getContentType(), in);
            ComplianceFaces.info("compliance.evidence.uploaded");
            assessment = null;
        } catch (BusinessRuleException e) {
            ComplianceFaces.error(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void deleteEvidence(String fileId) {
        try {
            assessments.deleteEvidence(fileId);
            ComplianceFaces.info("compliance.evidence.deleted");
        } catch (BusinessRuleException e) {
            ComplianceFaces.error(e);
        }
    }

    private boolean persist() {
        Map<Long, Long> stepOptions = new HashMap<>();
        Map<Long, String> stepNotes = new HashMap<>();
        for (Question q : getQuestions()) {
            stepOptions.put(q.getId(), options.get(q.getId()));
            stepNotes.put(q.getId(), notes.get(q.getId()));
        }
        try {
            assessment = assessments.saveAnswers(assessmentId, stepOptions, stepNotes);
            return true;
        } catch (BusinessRuleException e) {
            ComplianceFaces.error(e);
            return false;
        }
    }

    public List<Question> getQuestions() {
        return assessment() == null
                ? List.of()
                : assessment().getQuestionnaire().questionsOfStep(step);
    }

    public List<EvidenceFile> getEvidence() {
        return assessments.evidence(assessmentId).stream()
                .filter(e -> getQuestions().stream().anyMatch(q -> q.getId().equals(e.getQuestionId())))
                .toList();
    }

    public String questionText(long questionId) {
        return getQuestions().stream()
                .filter(q -> q.getId() == questionId)
                .map(q -> q.text(language.getCode()))
                .findFirst()
                .orElse("");
    }

    public long answered(int stepNumber) {
        return assessment() == null ? 0 : assessment().answeredCount(stepNumber);
    }

    public int questionCount(int stepNumber) {
        return assessment() == null
                ? 0
                : assessment().getQuestionnaire().questionsOfStep(stepNumber).size();
    }

    /** Share of all questions answered, 0–100. */
    public int getProgress() {
        if (assessment() == null) {
            return 0;
        }
        int total = assessment().getQuestionnaire().getQuestions().size();
        return total == 0 ? 0 : (int) (assessment().answeredCount() * 100 / total);
    }

    public long getAnsweredTotal() {
        return assessment() == null ? 0 : assessment().answeredCount();
    }

    public int getQuestionTotal() {
        return assessment() == null
                ? 0
                : assessment().getQuestionnaire().getQuestions().size();
    }

    public int getVersionNumber() {
        return assessment() == null ? 0 : assessment().getQuestionnaire().getNumber();
    }

    public List<Integer> getSteps() {
        return java.util.stream.IntStream.rangeClosed(1, GuidanceStep.STEPS)
                .boxed()
                .toList();
    }

    public GuidanceStep getGuidance() {
        return guidance.step(step, language.getCode()).orElse(null);
    }

    public boolean isLastStep() {
        return step == GuidanceStep.STEPS;
    }

    public int getStep() {
        return step;
    }

    public void setStep(int step) {
        this.step = step;
    }

    public Map<Long, Long> getOptions() {
        return options;
    }

    public Map<Long, String> getNotes() {
        return notes;
    }

    public Long getEvidenceQuestion() {
        return evidenceQuestion;
    }

    public void setEvidenceQuestion(Long evidenceQuestion) {
        this.evidenceQuestion = evidenceQuestion;
    }
}
