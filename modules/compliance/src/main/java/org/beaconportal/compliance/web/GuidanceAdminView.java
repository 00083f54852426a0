package org.beaconportal.compliance.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.stream.IntStream;
import org.beaconportal.compliance.application.GuidanceService;
import org.beaconportal.compliance.domain.GuidanceStep;
import org.beaconportal.core.application.BusinessRuleException;

/** Staff edit the guidance of one step in one language ({@code /admin/compliance/guidance}). */
@Named
@ViewScoped
public class GuidanceAdminView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    GuidanceService guidance;

    private int step = 1;
    private String lang = "en";
    private String title;
    private String summary;
    private String objectives;
    private String keyTerms;
    private String topics;
    private String resources;

    public void load() {
        GuidanceStep found = guidance.step(step, lang).orElse(null);
        title = found == null ? null : found.getTitle();
        summary = found == null ? null : found.getSummary();
        objectives = found == null ? null : found.getObjectives();
        keyTerms = found == null ? null : found.getKeyTerms();
        topics = found == null ? null : found.getTopics();
        resources = found == null ? null : found.getResources();
    }

    public void save() {
        try {
            guidance.edit(step, lang, title, summary, objectives, keyTerms, topics, resources);
            ComplianceFaces.info("compliance.staff.guidance.saved");
        } catch (BusinessRuleException e) {
            ComplianceFaces.error(e);
        }
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

    public String getLang() {
        return lang;
    }

    public void setLang(String lang) {
        this.lang = "es".equals(lang) ? "es" : "en";
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public String getObjectives() {
        return objectives;
    }

    public void setObjectives(String objectives) {
        this.objectives = objectives;
    }

    public String getKeyTerms() {
        return keyTerms;
    }

    public void setKeyTerms(String keyTerms) {
        this.keyTerms = keyTerms;
    }

    public String getTopics() {
        return topics;
    }

    public void setTopics(String topics) {
        this.topics = topics;
    }

    public String getResources() {
        return resources;
    }

    public void setResources(String resources) {
        this.resources = resources;
    }
}
