package org.beaconportal.compliance.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * Staff-editable guidance for one of the eight Comply Chain steps in one language: learning
 * objectives, key terms, topics with good-practice examples and resources, each in Markdown, plus
 * the publications (content ids of the publications module) staff picked as further resources.
 */
@Entity
@Table(name = "compliance_guidance")
@NamedQuery(
        name = "GuidanceStep.byLanguage",
        query = "select g from GuidanceStep g where g.language = :lang order by g.stepNumber")
@NamedQuery(
        name = "GuidanceStep.byStep",
        query = "select g from GuidanceStep g where g.language = :lang and g.stepNumber = :step")
public class GuidanceStep implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Number of steps in Comply Chain. */
    public static final int STEPS = 8;

    /** Most publications one step may link. */
    public static final int MAX_PUBLICATIONS = 12;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "beaconSeq")
    @SequenceGenerator(name = "beaconSeq", sequenceName = "beacon_id_seq", allocationSize = 50)
    private Long id;

    @Column(name = "step_no", nullable = false)
    private int stepNumber;

    @Column(name = "lang", nullable = false, length = 2)
    private String language;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(nullable = false, length = 1000)
    private String summary;

    @Column(nullable = false)
    private String objectives;

    @Column(name = "key_terms", nullable = false)
    private String keyTerms;

    @Column(nullable = false)
    private String topics;

    @Column(nullable = false)
    private String resources;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "compliance_guidance_publication", joinColumns = @JoinColumn(name = "guidance_id"))
    @OrderColumn(name = "position")
    @Column(name = "content_id")
    private List<Long> publicationIds = new ArrayList<>();

    @Version
    private long version;

    protected GuidanceStep() {}

    public GuidanceStep(int stepNumber, String language, String title, String summary) {
        this.stepNumber = requireStep(stepNumber);
        if (!"en".equals(language) && !"es".equals(language)) {
            throw new IllegalArgumentException("Language must be en or es");
        }
        this.language = language;
        edit(title, summary, "", "", "", "");
    }

    public static int requireStep(int step) {
        if (step < 1 || step > STEPS) {
            throw new IllegalArgumentException("Step must be 1 to " + STEPS);
        }
        return step;
    }

    public void edit(
            String title, String summary, String objectives, String keyTerms, String topics, String resources) {
        this.title = Texts.required(title, 200, "title");
        this.summary = Texts.required(summary, 1000, "summary");
        this.objectives = objectives == null ? "" : objectives.trim();
        this.keyTerms = keyTerms == null ? "" : keyTerms.trim();
        this.topics = topics == null ? "" : topics.trim();
        this.resources = resources == null ? "" : resources.trim();
    }

    /**
     * Replaces the linked publications, in the given order, without repeats.
     *
     * @throws IllegalArgumentException for more than {@value #MAX_PUBLICATIONS} publications
     */
    public void linkPublications(List<Long> contentIds) {
        LinkedHashSet<Long> distinct = new LinkedHashSet<>();
        for (Long id : contentIds) {
            if (id != null) {
                distinct.add(id);
            }
        }
        if (distinct.size() > MAX_PUBLICATIONS) {
            throw new IllegalArgumentException("At most " + MAX_PUBLICATIONS + " publications per step");
        }
        publicationIds.clear();
        publicationIds.addAll(distinct);
    }

    /** Content ids of the linked publications, in the order staff chose. */
    public List<Long> getPublicationIds() {
        return List.copyOf(publicationIds);
    }

    public Long getId() {
        return id;
    }

    public int getStepNumber() {
        return stepNumber;
    }

    public String getLanguage() {
        return language;
    }

    public String getTitle() {
        return title;
    }

    public String getSummary() {
        return summary;
    }

    public String getObjectives() {
        return objectives;
    }

    public String getKeyTerms() {
        return keyTerms;
    }

    public String getTopics() {
        return topics;
    }

    public String getResources() {
        return resources;
    }

    public long getVersion() {
        return version;
    }
}
