package org.beaconportal.statistics.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A body of published figures with its provenance: who published it, how to cite it, what period
 * it covers, how it was made, and the values themselves. Staff replace the values by importing a
 * file; the application service keeps the previous values as a {@link DatasetVersion}.
 *
 * <pre>{@code
 * Dataset ilo = new Dataset("ilo-global-estimates-2021", "Global estimates", "Estimaciones mundiales",
 *         "ILO, Walk Free and IOM", "ILO, Walk Free and IOM (2022), ...", "system", now);
 * ilo.replaceObservations(rows, "system", now);
 * }</pre>
 */
@Entity
@Table(name = "statistics_dataset")
@NamedQuery(name = "Dataset.all", query = "select d from Dataset d order by d.title")
@NamedQuery(name = "Dataset.bySlug", query = "select d from Dataset d where d.slug = :slug")
public class Dataset implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "statisticsDatasetSeq")
    @SequenceGenerator(name = "statisticsDatasetSeq", sequenceName = "beacon_id_seq", allocationSize = 50)
    private Long id;

    @Column(nullable = false, length = 120, unique = true)
    private String slug;

    @Column(nullable = false, length = 300)
    private String title;

    @Column(name = "title_es", nullable = false, length = 300)
    private String titleEs;

    @Column(length = 4000)
    private String description;

    @Column(name = "description_es", length = 4000)
    private String descriptionEs;

    @Column(name = "source_organisation", nullable = false, length = 300)
    private String sourceOrganisation;

    @Column(nullable = false, length = 1000)
    private String citation;

    @Column(name = "source_url", length = 1000)
    private String sourceUrl;

    @Column(length = 300)
    private String licence;

    @Column(name = "reference_period", length = 100)
    private String referencePeriod;

    @Column(length = 4000)
    private String methodology;

    @Column(name = "methodology_es", length = 4000)
    private String methodologyEs;

    @Column(name = "example_data", nullable = false)
    private boolean exampleData;

    @Column(name = "suppression_threshold", precision = 19, scale = 4)
    private BigDecimal suppressionThreshold;

    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;

    @Column(name = "updated_by", nullable = false, length = 80)
    private String updatedBy;

    @Version
    private long version;

    @OneToMany(mappedBy = "dataset", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<Observation> observations = new ArrayList<>();

    @OneToMany(mappedBy = "dataset", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<DatasetChart> charts = new ArrayList<>();

    protected Dataset() {}

    public Dataset(
            String slug,
            String title,
            String titleEs,
            String sourceOrganisation,
            String citation,
            String author,
            OffsetDateTime now) {
        if (slug == null || !SLUG.matcher(slug).matches() || slug.length() > 120) {
            throw new IllegalArgumentException("A dataset slug is lower-case words joined by hyphens: " + slug);
        }
        this.slug = slug;
        describe(title, titleEs, sourceOrganisation, citation);
        touch(author, now);
    }

    /** Changes the names and the provenance every dataset must have. */
    public void describe(String newTitle, String newTitleEs, String organisation, String newCitation) {
        this.title = required(newTitle, "title", 300);
        this.titleEs = required(newTitleEs, "titleEs", 300);
        this.sourceOrganisation = required(organisation, "sourceOrganisation", 300);
        this.citation = required(newCitation, "citation", 1000);
    }

    /** Changes the optional descriptive fields; blank means none. */
    public void document(
            String newDescription,
            String newDescriptionEs,
            String newSourceUrl,
            String newLicence,
            String newReferencePeriod,
            String newMethodology,
            String newMethodologyEs) {
        this.description = optional(newDescription, 4000);
        this.descriptionEs = optional(newDescriptionEs, 4000);
        String url = optional(newSourceUrl, 1000);
        if (url != null && !url.startsWith("https://") && !url.startsWith("http://")) {
            throw new IllegalArgumentException("The source link must be a web address: " + url);
        }
        this.sourceUrl = url;
        this.licence = optional(newLicence, 300);
        this.referencePeriod = optional(newReferencePeriod, 100);
        this.methodology = optional(newMethodology, 4000);
        this.methodologyEs = optional(newMethodologyEs, 4000);
    }

    /** Marks the figures as illustrative (not from a real source), which every page then says. */
    public void markAsExample(boolean example) {
        this.exampleData = example;
    }

    /**
     * Values under {@code threshold} are never shown, only "fewer than" it; null shows every value.
     */
    public void suppressBelow(BigDecimal threshold) {
        if (threshold != null && threshold.signum() <= 0) {
            throw new IllegalArgumentException("A suppression threshold must be positive: " + threshold);
        }
        this.suppressionThreshold = threshold;
    }

    /** Replaces every value with {@code rows}, in their order. */
    public void replaceObservations(List<ObservationRow> rows, String editor, OffsetDateTime now) {
        if (rows.isEmpty()) {
            throw new IllegalArgumentException("A dataset needs at least one value");
        }
        Set<ObservationRow.Cell> cells = new HashSet<>();
        for (ObservationRow row : rows) {
            if (!cells.add(row.cell())) {
                throw new IllegalArgumentException("Two values for the same cell: " + row);
            }
        }
        observations.clear();
        for (ObservationRow row : rows) {
            observations.add(new Observation(this, observations.size(), row));
        }
        touch(editor, now);
    }

    /** Adds {@code rows} to the values; a row for a cell that already has a value replaces it. */
    public void mergeObservations(List<ObservationRow> rows, String editor, OffsetDateTime now) {
        Map<ObservationRow.Cell, ObservationRow> merged = new LinkedHashMap<>();
        observationRows().forEach(r -> merged.put(r.cell(), r));
        rows.forEach(r -> merged.put(r.cell(), r));
        replaceObservations(List.copyOf(merged.values()), editor, now);
    }

    /** Adds a chart at the end of the dataset's charts. */
    public DatasetChart addChart(
            String key,
            ChartType type,
            String chartTitle,
            String chartTitleEs,
            String summary,
            String summaryEs,
            List<String> series,
            String dimension) {
        if (charts.stream().anyMatch(c -> c.getKey().equals(key))) {
            throw new IllegalArgumentException("The dataset already has a chart " + key);
        }
        DatasetChart chart = new DatasetChart(
                this, key, charts.size(), type, chartTitle, chartTitleEs, summary, summaryEs, series, dimension);
        charts.add(chart);
        return chart;
    }

    /** Removes a chart; its key becomes free again. */
    public void removeChart(String key) {
        charts.removeIf(c -> c.getKey().equals(key));
    }

    public Optional<DatasetChart> chart(String key) {
        return charts.stream().filter(c -> c.getKey().equals(key)).findFirst();
    }

    /** The descriptive fields and threshold as text, for a saved version; blank fields are empty. */
    public Map<String, String> detailsSnapshot() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("title", title);
        fields.put("titleEs", titleEs);
        fields.put("sourceOrganisation", sourceOrganisation);
        fields.put("citation", citation);
        fields.put("description", orEmpty(description));
        fields.put("descriptionEs", orEmpty(descriptionEs));
        fields.put("sourceUrl", orEmpty(sourceUrl));
        fields.put("licence", orEmpty(licence));
        fields.put("referencePeriod", orEmpty(referencePeriod));
        fields.put("methodology", orEmpty(methodology));
        fields.put("methodologyEs", orEmpty(methodologyEs));
        fields.put(
                "suppressionThreshold",
                suppressionThreshold == null
                        ? ""
                        : suppressionThreshold.stripTrailingZeros().toPlainString());
        return fields;
    }

    /** Puts back the fields of {@link #detailsSnapshot()}. */
    public void restoreDetails(Map<String, String> fields) {
        describe(fields.get("title"), fields.get("titleEs"), fields.get("sourceOrganisation"), fields.get("citation"));
        document(
                fields.get("description"),
                fields.get("descriptionEs"),
                fields.get("sourceUrl"),
                fields.get("licence"),
                fields.get("referencePeriod"),
                fields.get("methodology"),
                fields.get("methodologyEs"));
        String threshold = fields.get("suppressionThreshold");
        suppressBelow(threshold == null || threshold.isBlank() ? null : new BigDecimal(threshold));
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }

    /** True when {@code value} must not be shown because it is under the suppression threshold. */
    public boolean suppresses(BigDecimal value) {
        return suppressionThreshold != null && value.compareTo(suppressionThreshold) < 0;
    }

    /** Records who changed the dataset and when. */
    public void touch(String editor, OffsetDateTime now) {
        this.updatedBy = required(editor, "editor", 80);
        this.updatedAt = Objects.requireNonNull(now, "now");
    }

    /** The values as plain data, in their order. */
    public List<ObservationRow> observationRows() {
        return observations.stream().map(Observation::toRow).toList();
    }

    public List<Observation> getObservations() {
        return Collections.unmodifiableList(observations);
    }

    public List<DatasetChart> getCharts() {
        return Collections.unmodifiableList(charts);
    }

    public Long getId() {
        return id;
    }

    public String getSlug() {
        return slug;
    }

    public String getTitle() {
        return title;
    }

    public String getTitleEs() {
        return titleEs;
    }

    /** The title in {@code language} ({@code en} or {@code es}). */
    public String title(String language) {
        return "es".equals(language) ? titleEs : title;
    }

    public String getDescription() {
        return description;
    }

    public String getDescriptionEs() {
        return descriptionEs;
    }

    /** The description in {@code language}, falling back to English. */
    public String description(String language) {
        return "es".equals(language) && descriptionEs != null ? descriptionEs : description;
    }

    public String getSourceOrganisation() {
        return sourceOrganisation;
    }

    public String getCitation() {
        return citation;
    }

    public String getSourceUrl() {
        return sourceUrl;
    }

    public String getLicence() {
        return licence;
    }

    public String getReferencePeriod() {
        return referencePeriod;
    }

    public String getMethodology() {
        return methodology;
    }

    public String getMethodologyEs() {
        return methodologyEs;
    }

    /** The methodology note in {@code language}, falling back to English. */
    public String methodology(String language) {
        return "es".equals(language) && methodologyEs != null ? methodologyEs : methodology;
    }

    public boolean isExampleData() {
        return exampleData;
    }

    public BigDecimal getSuppressionThreshold() {
        return suppressionThreshold;
    }

    public OffsetDateTime getUpdatedAt() {
        return updatedAt;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    public long getVersion() {
        return version;
    }

    private static String required(String text, String name, int max) {
        String value = optional(text, max);
        if (value == null) {
            throw new IllegalArgumentException(name + " is required");
        }
        return value;
    }

    private static String optional(String text, int max) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String stripped = text.strip();
        if (stripped.length() > max) {
            throw new IllegalArgumentException("Text longer than " + max + " characters");
        }
        return stripped;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Dataset d && slug.equals(d.slug);
    }

    @Override
    public int hashCode() {
        return slug.hashCode();
    }
}
