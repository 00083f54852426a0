package org.beaconportal.compliance.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.beaconportal.compliance.application.QuestionnaireAdministration;
import org.beaconportal.compliance.application.QuestionnaireAdministration.OptionInput;
import org.beaconportal.compliance.domain.QuestionnaireVersion;
import org.beaconportal.core.application.BusinessRuleException;

/**
 * Staff manage the questionnaire ({@code /admin/compliance/questionnaire}): the draft's questions,
 * adding and removing them, and publishing the draft as the next version.
 */
@Named
@ViewScoped
public class QuestionnaireAdminView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    QuestionnaireAdministration administration;

    private int step = 1;
    private int weight = 1;
    private String textEn;
    private String textEs;
    private String helpEn;
    private String helpEs;
    private String evidenceEn;
    private String evidenceEs;
    private String options =
            "0|Not in place|No existe\n1|Planned|Planificado\n2|Partly in place|Parcialmente en marcha\n3|Fully in place and reviewed|Plenamente en marcha y revisado";
    private transient QuestionnaireVersion draft;

    public QuestionnaireVersion getDraft() {
        if (draft == null) {
            draft = administration.draft();
        }
        return draft;
    }

    public List<QuestionnaireVersion> getVersions() {
        return administration.versions();
    }

    public void add() {
        try {
            administration.addQuestion(
                    step, weight, textEn, textEs, helpEn, helpEs, evidenceEn, evidenceEs, parseOptions());
            ComplianceFaces.info("compliance.staff.questionnaire.added");
            textEn = null;
            textEs = null;
            helpEn = null;
            helpEs = null;
            evidenceEn = null;
            evidenceEs = null;
            draft = null;
        } catch (BusinessRuleException e) {
            ComplianceFaces.error(e);
        }
    }

    public void remove(long questionId) {
        try {
            administration.removeQuestion(questionId);
            draft = null;
        } catch (BusinessRuleException e) {
            ComplianceFaces.error(e);
        }
    }

    public void publish() {
        try {
            int number = administration.publish();
            ComplianceFaces.info("compliance.staff.questionnaire.published", number);
            draft = null;
        } catch (BusinessRuleException e) {
            ComplianceFaces.error(e);
        }
    }

    private List<OptionInput> parseOptions() {
        List<OptionInput> parsed = new ArrayList<>();
        for (String line : (options == null ? "" : options).split("\\R")) {
            if (line.isBlank()) {
                continue;
            }
            String[] parts = line.split("\\|", -1);
            try {
                if (parts.length != 3) {
                    throw new NumberFormatException();
                }
                parsed.add(new OptionInput(Integer.parseInt(parts[0].trim()), parts[1].trim(), parts[2].trim()));
            } catch (NumberFormatException e) {
                throw new BusinessRuleException("compliance.question.optionLine", line);
            }
        }
        return parsed;
    }

    public List<Integer> getSteps() {
        return IntStream.rangeClosed(1, 8).boxed().toList();
    }

    public int getStep() {
        return step;
    }

    public void setStep(int step) {
        this.step = step;
    }

    public int getWeight() {
        return weight;
    }

    public void setWeight(int weight) {
        this.weight = weight;
    }

    public String getTextEn() {
        return textEn;
    }

    public void setTextEn(String textEn) {
        this.textEn = textEn;
    }

    public String getTextEs() {
        return textEs;
    }

    public void setTextEs(String textEs) {
        this.textEs = textEs;
    }

    public String getHelpEn() {
        return helpEn;
    }

    public void setHelpEn(String helpEn) {
        this.helpEn = helpEn;
    }

    public String getHelpEs() {
        return helpEs;
    }

    public void setHelpEs(String helpEs) {
        this.helpEs = helpEs;
    }

    public String getEvidenceEn() {
        return evidenceEn;
    }

    public void setEvidenceEn(String evidenceEn) {
        this.evidenceEn = evidenceEn;
    }

    public String getEvidenceEs() {
        return evidenceEs;
    }

    public void setEvidenceEs(String evidenceEs) {
        this.evidenceEs = evidenceEs;
    }

    public String getOptions() {
        return options;
    }

    public void setOptions(String options) {
        this.options = options;
    }
}
