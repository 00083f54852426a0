package org.beaconportal.compliance.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.beaconportal.compliance.application.GuidancePublications;
import org.beaconportal.compliance.application.GuidancePublications.LinkedPublication;
import org.beaconportal.compliance.application.GuidanceService;
import org.beaconportal.compliance.domain.GuidanceStep;
import org.beaconportal.core.application.BusinessRuleException;

/**
 * Staff edit the guidance of one step in one language ({@code /admin/compliance/guidance}),
 * including which publications it links while the publications module is enabled.
 */
@Named
@ViewScoped
public class GuidanceAdminView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    GuidanceService guidance;

    @Inject
    GuidancePublications publications;

    private int step = 1;
    private String lang = "en";
    private String title;
    private String summary;
    private String objectives;
    private String keyTerms;
    private String topics;
    private String resources;
    private List<String> publicationIds = new ArrayList<>();
    private transient List<LinkedPublication> choices;

    public void load() {
        GuidanceStep found = guidance.step(step, lang).orElse(null);
        title = found == null ? null : found.getTitle();
        summary = found == null ? null : found.getSummary();
        objectives = found == null ? null : found.getObjectives();
        keyTerms = found == null ? null : found.getKeyTerms();
        topics = found == null ? null : found.getTopics();
        resources = found == null ? null : found.getResources();
        publicationIds = new ArrayList<>(
                found == null
                        ? List.of()
                        : found.getPublicationIds().stream()
                                .map(String::valueOf)
                                .toList());
    }

    public void save() {
        try {
            guidance.edit(step, lang, title, summary, objectives, keyTerms, topics, resources, chosenPublications());
            ComplianceFaces.info("compliance.staff.guidance.saved");
        } catch (BusinessRuleException e) {
            ComplianceFaces.error(e);
        }
    }

    /** The ticked publications, or null (keep the links) while the publications module is off. */
    private List<Long> chosenPublications() {
        if (!isPublicationsAvailable()) {
            return null;
        }
        List<Long> ids = new ArrayList<>();
        for (String id : publicationIds) {
            try {
                ids.add(Long.valueOf(id));
            } catch (NumberFormatException e) {
                throw new BusinessRuleException("compliance.guidance.publications.unknown");
            }
        }
        return ids;
    }

    public boolean isPublicationsAvailable() {
        return publications.available();
    }

    /** Published publications staff may link, newest first. */
    public List<LinkedPublication> getPublicationChoices() {
        if (choices == null) {
            choices = publications.choices();
        }
        return choices;
    }

    public List<String> getPublicationIds() {
        return publicationIds;
    }

    public void setPublicationIds(List<String> publicationIds) {
        this.publicationIds = publicationIds == null ? new ArrayList<>() : new ArrayList<>(publicationIds);
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
