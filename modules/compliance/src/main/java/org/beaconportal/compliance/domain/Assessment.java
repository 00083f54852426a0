package org.beaconportal.compliance.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * One self-assessment of a company, answered against one questionnaire version. It can be saved
 * and continued while in progress; submitting computes and freezes the scores.
 */
@Entity
@Table(name = "compliance_assessment")
@NamedQuery(
        name = "Assessment.byCompany",
        query = "select a from Assessment a where a.companyId = :company order by a.startedAt desc, a.id desc")
@NamedQuery(
        name = "Assessment.submitted",
        query =
                "select a from Assessment a where a.status = org.beaconportal.compliance.domain.Assessment.Status.SUBMITTED order by a.companyId, a.submittedAt desc")
@NamedQuery(
        name = "Assessment.shared",
        query =
                "select a from Assessment a where a.sharedAt is not null and a.shareRevokedAt is null order by a.sharedAt desc, a.id desc")
public class Assessment implements Serializable {

    private static final long serialVersionUID = 1L;

    /** In progress (answers may change) or submitted (frozen, scored). */
    public enum Status {
        IN_PROGRESS,
        SUBMITTED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "beaconSeq")
    @SequenceGenerator(name = "beaconSeq", sequenceName = "beacon_id_seq", allocationSize = 50)
    private Long id;

    @Column(name = "company_id", nullable = false)
    private Long companyId;

    @ManyToOne(optional = false)
    @JoinColumn(name = "version_id")
    private QuestionnaireVersion questionnaire;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Status status;

    @Column(name = "started_at", nullable = false)
    private OffsetDateTime startedAt;

    @Column(name = "submitted_at")
    private OffsetDateTime submittedAt;

    @Column(name = "overall_score")
    private Integer overallScore;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "compliance_step_score", joinColumns = @JoinColumn(name = "assessment_id"))
    @MapKeyColumn(name = "step_no")
    @Column(name = "score")
    private Map<Integer, Integer> stepScores = new TreeMap<>();

    @OneToMany(mappedBy = "assessment", cascade = CascadeType.ALL, orphanRemoval = true)
    private List<Answer> answers = new ArrayList<>();

    @Column(name = "shared_at")
    private OffsetDateTime sharedAt;

    @Column(name = "shared_by", length = 80)
    private String sharedBy;

    @Column(name = "share_revoked_at")
    private OffsetDateTime shareRevokedAt;

    @Column(name = "share_revoked_by", length = 80)
    private String shareRevokedBy;

    @Version
    private long version;

    protected Assessment() {}

    public Assessment(Long companyId, QuestionnaireVersion questionnaire, OffsetDateTime startedAt) {
        this.companyId = Objects.requireNonNull(companyId, "companyId");
        this.questionnaire = Objects.requireNonNull(questionnaire, "questionnaire");
        if (questionnaire.isDraft()) {
            throw new IllegalArgumentException("Assessments use a published questionnaire");
        }
        this.status = Status.IN_PROGRESS;
        this.startedAt = Objects.requireNonNull(startedAt, "startedAt");
    }

    /** Records (or changes) the answer to a question of this assessment's questionnaire. */
    public void answer(Question question, AnswerOption option, String note) {
        requireInProgress();
        if (!question.getQuestionnaire().equals(questionnaire) && question.getQuestionnaire() != questionnaire) {
            throw new IllegalArgumentException("Question of another questionnaire");
        }
        if (option != null && !option.getQuestion().equals(question) && option.getQuestion() != question) {
            throw new IllegalArgumentException("Option of another question");
        }
        Answer answer = answerTo(question).orElseGet(() -> {
            Answer created = new Answer(this, question);
            answers.add(created);
            return created;
        });
        answer.change(option, note);
    }

    public Optional<Answer> answerTo(Question question) {
        return answers.stream()
                .filter(a -> a.getQuestion().getId().equals(question.getId()))
                .findFirst();
    }

    /** Questions with a chosen option, per step. */
    public long answeredCount(int step) {
        return answers.stream()
                .filter(a -> a.getOption() != null && a.getQuestion().getStepNumber() == step)
                .count();
    }

    public long answeredCount() {
        return answers.stream().filter(a -> a.getOption() != null).count();
    }

    /** Scores the answers, freezes them and records the scores. */
    public AssessmentScore submit(OffsetDateTime now) {
        requireInProgress();
        AssessmentScore score = score();
        this.stepScores = new TreeMap<>(score.stepScores());
        this.overallScore = score.overall();
        this.status = Status.SUBMITTED;
        this.submittedAt = now;
        return score;
    }

    /** The score of the current answers (unanswered questions count as level 0). */
    public AssessmentScore score() {
        List<AssessmentScoring.ScoredQuestion> scored = new ArrayList<>();
        for (Question q : questionnaire.getQuestions()) {
            Integer level = answerTo(q)
                    .map(Answer::getOption)
                    .map(AnswerOption::getLevel)
                    .orElse(null);
            scored.add(new AssessmentScoring.ScoredQuestion(q.getStepNumber(), q.getWeight(), q.maxLevel(), level));
        }
        return AssessmentScoring.score(scored);
    }

    /**
     * Shares this submitted assessment with the coalition's staff, recording who and when. Sharing
     * again after a revocation starts a new sharing (the revocation is cleared; the audit trail
     * keeps the history).
     */
    public void share(String by, OffsetDateTime now) {
        if (!isSubmitted()) {
            throw new IllegalStateException("Only a submitted assessment can be shared");
        }
        if (isShared()) {
            throw new IllegalStateException("Already shared");
        }
        this.sharedBy = Texts.required(by, 80, "sharedBy");
        this.sharedAt = Objects.requireNonNull(now, "now");
        this.shareRevokedAt = null;
        this.shareRevokedBy = null;
    }

    /** Stops sharing with staff, recording who and when; staff can no longer see it. */
    public void revokeSharing(String by, OffsetDateTime now) {
        if (!isShared()) {
            throw new IllegalStateException("Not shared");
        }
        this.shareRevokedBy = Texts.required(by, 80, "shareRevokedBy");
        this.shareRevokedAt = Objects.requireNonNull(now, "now");
    }

    /** Whether staff may see this assessment now: shared and not revoked since. */
    public boolean isShared() {
        return sharedAt != null && shareRevokedAt == null;
    }

    public OffsetDateTime getSharedAt() {
        return sharedAt;
    }

    public String getSharedBy() {
        return sharedBy;
    }

    public OffsetDateTime getShareRevokedAt() {
        return shareRevokedAt;
    }

    public String getShareRevokedBy() {
        return shareRevokedBy;
    }

    private void requireInProgress() {
        if (status != Status.IN_PROGRESS) {
            throw new IllegalStateException("A submitted assessment cannot change");
        }
    }

    public boolean isSubmitted() {
        return status == Status.SUBMITTED;
    }

    public Long getId() {
        return id;
    }

    public Long getCompanyId() {
        return companyId;
    }

    public QuestionnaireVersion getQuestionnaire() {
        return questionnaire;
    }

    public Status getStatus() {
        return status;
    }

    public OffsetDateTime getStartedAt() {
        return startedAt;
    }

    public OffsetDateTime getSubmittedAt() {
        return submittedAt;
    }

    public Integer getOverallScore() {
        return overallScore;
    }

    public Map<Integer, Integer> getStepScores() {
        return new TreeMap<>(stepScores);
    }

    public List<Answer> getAnswers() {
        return List.copyOf(answers);
    }
}
