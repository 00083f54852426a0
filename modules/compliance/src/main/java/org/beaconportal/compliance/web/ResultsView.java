package org.beaconportal.compliance.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import org.beaconportal.compliance.application.AssessmentService;
import org.beaconportal.compliance.application.AssessmentSharing;
import org.beaconportal.compliance.application.CompanyAccess;
import org.beaconportal.compliance.domain.Answer;
import org.beaconportal.compliance.domain.Assessment;
import org.beaconportal.compliance.domain.GuidanceStep;
import org.beaconportal.compliance.domain.Question;
import org.beaconportal.core.application.BusinessRuleException;
import org.beaconportal.core.web.PageLanguage;

/**
 * Results of a submitted assessment ({@code /company/results?id=N}, the latest by default): score
 * per step and overall with the way they are computed, a radar chart with a table alternative,
 * the questions it was answered with and the answers chosen, the comparison with the company's
 * earlier assessments, and (for the owner) sharing the shown
 * assessment with the coalition's staff or stopping it, each after a confirmation step.
 */
@Named
@ViewScoped
public class ResultsView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** One row of the comparison: an assessment and the change of its overall score. */
    public record Comparison(Assessment assessment, Integer change) {

        public Integer getChange() {
            return change;
        }

        public Assessment getAssessment() {
            return assessment;
        }
    }

    @Inject
    AssessmentService assessments;

    @Inject
    AssessmentSharing sharing;

    @Inject
    CompanyAccess access;

    @Inject
    PageLanguage language;

    private Long id;
    private Boolean owner;
    private String confirming;
    private transient Assessment shown;
    private transient List<Assessment> submitted;

    public void load() {
        submitted = assessments.submittedOldestFirst();
        if (id != null) {
            Assessment chosen = assessments.get(id);
            shown = chosen.isSubmitted() ? chosen : null;
        } else if (!submitted.isEmpty()) {
            shown = submitted.get(submitted.size() - 1);
        }
    }

    private List<Assessment> submitted() {
        if (submitted == null) {
            submitted = assessments.submittedOldestFirst();
        }
        return submitted;
    }

    /** One question of the shown assessment's questionnaire version with the option chosen, if any. */
    public record AnsweredQuestion(int step, String question, String answer) {

        public int getStep() {
            return step;
        }

        public String getQuestion() {
            return question;
        }

        /** The chosen option's label, or null when the question was left unanswered. */
        public String getAnswer() {
            return answer;
        }
    }

    /** The questions the shown assessment was answered with (its own version), in step order. */
    public List<AnsweredQuestion> getAnsweredQuestions() {
        String lang = language.getCode();
        return getShown().getQuestionnaire().getQuestions().stream()
                .sorted(Comparator.comparingInt(Question::getStepNumber).thenComparingInt(Question::getPosition))
                .map(q -> new AnsweredQuestion(
                        q.getStepNumber(),
                        q.text(lang),
                        getShown()
                                .answerTo(q)
                                .map(Answer::getOption)
                                .map(o -> o.label(lang))
                                .orElse(null)))
                .toList();
    }

    public Assessment getShown() {
        return shown;
    }

    public List<Integer> getSteps() {
        return IntStream.rangeClosed(1, GuidanceStep.STEPS).boxed().toList();
    }

    public Integer score(int step) {
        return getShown() == null ? null : getShown().getStepScores().get(step);
    }

    /** The previous submitted assessment before the one shown, or null. */
    public Assessment getPrevious() {
        List<Assessment> all = submitted();
        for (int i = 1; i < all.size(); i++) {
            if (all.get(i).getId().equals(getShown().getId())) {
                return all.get(i - 1);
            }
        }
        return null;
    }

    public Integer previousScore(int step) {
        Assessment previous = getPrevious();
        return previous == null ? null : previous.getStepScores().get(step);
    }

    /** All submitted assessments, newest first, each with the change against the one before. */
    public List<Comparison> getComparisons() {
        List<Assessment> all = submitted();
        List<Comparison> rows = new ArrayList<>();
        for (int i = all.size() - 1; i >= 0; i--) {
            Integer change = i == 0
                    ? null
                    : all.get(i).getOverallScore() - all.get(i - 1).getOverallScore();
            rows.add(new Comparison(all.get(i), change));
        }
        return rows;
    }

    public String getChart() {
        List<String> labels = getSteps().stream()
                .map(s -> s + ". " + ComplianceFaces.text("compliance.step." + s))
                .toList();
        List<RadarChart.Series> series = new ArrayList<>();
        series.add(new RadarChart.Series(
                ComplianceFaces.text("compliance.results.thisAssessment"),
                getShown().getStepScores()));
        Assessment previous = getPrevious();
        if (previous != null) {
            series.add(new RadarChart.Series(
                    ComplianceFaces.text("compliance.results.previousAssessment"), previous.getStepScores()));
        }
        return RadarChart.config(labels, series);
    }

    /** Whether the caller owns the company (only owners share and revoke). */
    public boolean isOwner() {
        if (owner == null) {
            owner = access.member().isOwner();
        }
        return owner;
    }

    /** {@code share} or {@code revoke} while the owner is asked to confirm, else null. */
    public String getConfirming() {
        return confirming;
    }

    public void askShare() {
        confirming = "share";
    }

    public void askRevoke() {
        confirming = "revoke";
    }

    public void cancel() {
        confirming = null;
    }

    public void share() {
        confirming = null;
        try {
            shown = sharing.share(getShown().getId());
            ComplianceFaces.info("compliance.share.done");
        } catch (BusinessRuleException e) {
            ComplianceFaces.error(e);
        }
    }

    public void revoke() {
        confirming = null;
        try {
            shown = sharing.revoke(getShown().getId());
            ComplianceFaces.info("compliance.share.revoked");
        } catch (BusinessRuleException e) {
            ComplianceFaces.error(e);
        }
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }
}
