package org.beaconportal.compliance.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One version of the self-assessment questionnaire. Staff edit a draft; publishing it makes it the
 * version new assessments use. A published version never changes again, so assessments answered
 * with it keep exactly the questions they were answered with.
 */
@Entity
@Table(name = "compliance_qversion")
@NamedQuery(
        name = "QuestionnaireVersion.latestPublished",
        query =
                "select v from QuestionnaireVersion v where v.status = org.beaconportal.compliance.domain.QuestionnaireVersion.Status.PUBLISHED order by v.number desc")
@NamedQuery(
        name = "QuestionnaireVersion.draft",
        query =
                "select v from QuestionnaireVersion v where v.status = org.beaconportal.compliance.domain.QuestionnaireVersion.Status.DRAFT")
@NamedQuery(name = "QuestionnaireVersion.all", query = "select v from QuestionnaireVersion v order by v.number desc")
public class QuestionnaireVersion implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Draft (editable) or published (frozen). */
    public enum Status {
        DRAFT,
        PUBLISHED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "beaconSeq")
    @SequenceGenerator(name = "beaconSeq", sequenceName = "beacon_id_seq", allocationSize = 50)
    private Long id;

    @Column(nullable = false, unique = true)
    private int number;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Status status;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Column(name = "published_at")
    private OffsetDateTime publishedAt;

    @OneToMany(mappedBy = "questionnaire", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("stepNumber, position")
    private List<Question> questions = new ArrayList<>();

    protected QuestionnaireVersion() {}

    public QuestionnaireVersion(int number, OffsetDateTime createdAt) {
        if (number < 1) {
            throw new IllegalArgumentException("Version numbers start at 1");
        }
        this.number = number;
        this.status = Status.DRAFT;
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
    }

    /** A new draft holding copies of this version's questions. */
    public QuestionnaireVersion copyAsDraft(int newNumber, OffsetDateTime now) {
        QuestionnaireVersion draft = new QuestionnaireVersion(newNumber, now);
        for (Question q : questions) {
            Question copy = draft.addQuestion(
                    q.getStepNumber(),
                    q.getWeight(),
                    q.getTextEn(),
                    q.getTextEs(),
                    q.getHelpEn(),
                    q.getHelpEs(),
                    q.getEvidenceEn(),
                    q.getEvidenceEs());
            for (AnswerOption o : q.getOptions()) {
                copy.addOption(o.getLevel(), o.getLabelEn(), o.getLabelEs());
            }
        }
        return draft;
    }

    public Question addQuestion(
            int step,
            int weight,
            String textEn,
            String textEs,
            String helpEn,
            String helpEs,
            String evidenceEn,
            String evidenceEs) {
        requireDraft();
        int position =
                (int) questions.stream().filter(q -> q.getStepNumber() == step).count() + 1;
        Question question =
                new Question(this, step, position, weight, textEn, textEs, helpEn, helpEs, evidenceEn, evidenceEs);
        questions.add(question);
        return question;
    }

    public void removeQuestion(Question question) {
        requireDraft();
        questions.remove(question);
    }

    public void publish(OffsetDateTime now) {
        requireDraft();
        if (questions.isEmpty()) {
            throw new IllegalStateException("A questionnaire needs questions");
        }
        for (Question q : questions) {
            if (q.getOptions().size() < 2) {
                throw new IllegalStateException("Every question needs at least two options");
            }
        }
        this.status = Status.PUBLISHED;
        this.publishedAt = now;
    }

    void requireDraft() {
        if (status != Status.DRAFT) {
            throw new IllegalStateException("A published questionnaire cannot change");
        }
    }

    public boolean isDraft() {
        return status == Status.DRAFT;
    }

    public List<Question> questionsOfStep(int step) {
        return questions.stream().filter(q -> q.getStepNumber() == step).toList();
    }

    public Long getId() {
        return id;
    }

    public int getNumber() {
        return number;
    }

    public Status getStatus() {
        return status;
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }

    public OffsetDateTime getPublishedAt() {
        return publishedAt;
    }

    public List<Question> getQuestions() {
        return List.copyOf(questions);
    }
}
