package org.beaconportal.compliance.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/** The chosen option (if any) and the evidence note for one question of one assessment. */
@Entity
@Table(name = "compliance_answer")
public class Answer implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "beaconSeq")
    @SequenceGenerator(name = "beaconSeq", sequenceName = "beacon_id_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "assessment_id")
    private Assessment assessment;

    @ManyToOne(optional = false)
    @JoinColumn(name = "question_id")
    private Question question;

    @ManyToOne
    @JoinColumn(name = "option_id")
    private AnswerOption option;

    @Column(length = 4000)
    private String note;

    protected Answer() {}

    Answer(Assessment assessment, Question question) {
        this.assessment = Objects.requireNonNull(assessment, "assessment");
        this.question = Objects.requireNonNull(question, "question");
    }

    void change(AnswerOption newOption, String newNote) {
        this.option = newOption;
        this.note = Texts.optional(newNote, 4000, "note");
    }

    public Long getId() {
        return id;
    }

    public Assessment getAssessment() {
        return assessment;
    }

    public Question getQuestion() {
        return question;
    }

    public AnswerOption getOption() {
        return option;
    }

    public String getNote() {
        return note;
    }
}
