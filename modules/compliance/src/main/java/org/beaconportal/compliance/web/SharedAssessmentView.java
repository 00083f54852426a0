package org.beaconportal.compliance.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.List;
import java.util.stream.IntStream;
import org.beaconportal.compliance.application.AssessmentSharing;
import org.beaconportal.compliance.domain.Answer;
import org.beaconportal.compliance.domain.GuidanceStep;
import org.beaconportal.compliance.domain.Question;

/**
 * Staff's read-only view of one shared assessment ({@code /admin/compliance/shared-assessment?id=N}):
 * scores per step and the answers with the questions of the version they were answered with.
 * Anything not shared right now (unknown id, never shared, sharing revoked) answers 404.
 */
@Named
@RequestScoped
public class SharedAssessmentView {

    @Inject
    AssessmentSharing sharing;

    private String id;
    private AssessmentSharing.SharedAssessment shown;

    public void load() throws IOException {
        if (id != null && id.matches("\\d{1,18}")) {
            shown = sharing.sharedAssessment(Long.parseLong(id)).orElse(null);
        }
        if (shown == null) {
            FacesContext context = FacesContext.getCurrentInstance();
            context.getExternalContext().responseSendError(404, null);
            context.responseComplete();
        }
    }

    public AssessmentSharing.SharedAssessment getShown() {
        return shown;
    }

    public List<Integer> getSteps() {
        return IntStream.rangeClosed(1, GuidanceStep.STEPS).boxed().toList();
    }

    public Integer score(int step) {
        return shown.assessment().getStepScores().get(step);
    }

    public List<Question> questions(int step) {
        return shown.assessment().getQuestionnaire().questionsOfStep(step);
    }

    /** The chosen option's label in the given language, or null when unanswered. */
    public String answer(Question question, String language) {
        return shown.assessment()
                .answerTo(question)
                .map(Answer::getOption)
                .map(o -> o.label(language))
                .orElse(null);
    }

    public String note(Question question) {
        return shown.assessment().answerTo(question).map(Answer::getNote).orElse(null);
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }
}
