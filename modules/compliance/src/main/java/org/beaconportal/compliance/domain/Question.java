package org.beaconportal.compliance.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A question of one step, with its weight in the step's score, help text, an evidence prompt and
 * answer options that each stand for a maturity level.
 */
@Entity
@Table(name = "compliance_question")
public class Question implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "beaconSeq")
    @SequenceGenerator(name = "beaconSeq", sequenceName = "beacon_id_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "version_id")
    private QuestionnaireVersion questionnaire;

    @Column(name = "step_no", nullable = false)
    private int stepNumber;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false)
    private int weight;

    @Column(name = "text_en", nullable = false, length = 1000)
    private String textEn;

    @Column(name = "text_es", nullable = false, length = 1000)
    private String textEs;

    @Column(name = "help_en", length = 2000)
    private String helpEn;

    @Column(name = "help_es", length = 2000)
    private String helpEs;

    @Column(name = "evidence_en", length = 1000)
    private String evidenceEn;

    @Column(name = "evidence_es", length = 1000)
    private String evidenceEs;

    @OneToMany(mappedBy = "question", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<AnswerOption> options = new ArrayList<>();

    protected Question() {}

    Question(
            QuestionnaireVersion questionnaire,
            int stepNumber,
            int position,
            int weight,
            String textEn,
            String textEs,
            String helpEn,
            String helpEs,
            String evidenceEn,
            String evidenceEs) {
        this.questionnaire = Objects.requireNonNull(questionnaire, "questionnaire");
        this.stepNumber = GuidanceStep.requireStep(stepNumber);
        this.position = position;
        if (weight < 1 || weight > 10) {
            throw new IllegalArgumentException("Weight must be 1 to 10");
        }
        this.weight = weight;
        this.textEn = Texts.required(textEn, 1000, "textEn");
        this.textEs = Texts.required(textEs, 1000, "textEs");
        this.helpEn = Texts.optional(helpEn, 2000, "helpEn");
        this.helpEs = Texts.optional(helpEs, 2000, "helpEs");
        this.evidenceEn = Texts.optional(evidenceEn, 1000, "evidenceEn");
        this.evidenceEs = Texts.optional(evidenceEs, 1000, "evidenceEs");
    }

    public AnswerOption addOption(int level, String labelEn, String labelEs) {
        questionnaire.requireDraft();
        if (options.stream().anyMatch(o -> o.getLevel() == level)) {
            throw new IllegalArgumentException("Each maturity level appears once per question");
        }
        AnswerOption option = new AnswerOption(this, options.size() + 1, level, labelEn, labelEs);
        options.add(option);
        return option;
    }

    /** The highest maturity level among the options (the level that scores full marks). */
    public int maxLevel() {
        return options.stream().mapToInt(AnswerOption::getLevel).max().orElse(0);
    }

    public String text(String lang) {
        return "es".equals(lang) ? textEs : textEn;
    }

    public String help(String lang) {
        return "es".equals(lang) ? helpEs : helpEn;
    }

    public String evidence(String lang) {
        return "es".equals(lang) ? evidenceEs : evidenceEn;
    }

    public Long getId() {
        return id;
    }

    public QuestionnaireVersion getQuestionnaire() {
        return questionnaire;
    }

    public int getStepNumber() {
        return stepNumber;
    }

    public int getPosition() {
        return position;
    }

    public int getWeight() {
        return weight;
    }

    public String getTextEn() {
        return textEn;
    }

    public String getTextEs() {
        return textEs;
    }

    public String getHelpEn() {
        return helpEn;
    }

    public String getHelpEs() {
        return helpEs;
    }

    public String getEvidenceEn() {
        return evidenceEn;
    }

    public String getEvidenceEs() {
        return evidenceEs;
    }

    public List<AnswerOption> getOptions() {
        return List.copyOf(options);
    }
}
