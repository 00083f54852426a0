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

/** One answer to a question, standing for a maturity level (0 = nothing in place). */
@Entity
@Table(name = "compliance_option")
public class AnswerOption implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "beaconSeq")
    @SequenceGenerator(name = "beaconSeq", sequenceName = "beacon_id_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "question_id")
    private Question question;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false)
    private int level;

    @Column(name = "label_en", nullable = false, length = 300)
    private String labelEn;

    @Column(name = "label_es", nullable = false, length = 300)
    private String labelEs;

    protected AnswerOption() {}

    AnswerOption(Question question, int position, int level, String labelEn, String labelEs) {
        this.question = Objects.requireNonNull(question, "question");
        this.position = position;
        if (level < 0 || level > 4) {
            throw new IllegalArgumentException("Maturity levels run from 0 to 4");
        }
        this.level = level;
        this.labelEn = Texts.required(labelEn, 300, "labelEn");
        this.labelEs = Texts.required(labelEs, 300, "labelEs");
    }

    public String label(String lang) {
        return "es".equals(lang) ? labelEs : labelEn;
    }

    public Long getId() {
        return id;
    }

    public Question getQuestion() {
        return question;
    }

    public int getPosition() {
        return position;
    }

    public int getLevel() {
        return level;
    }

    public String getLabelEn() {
        return labelEn;
    }

    public String getLabelEs() {
        return labelEs;
    }
}
