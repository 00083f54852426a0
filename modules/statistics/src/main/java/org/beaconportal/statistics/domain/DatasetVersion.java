package org.beaconportal.statistics.domain;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.io.StringReader;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a dataset was before a change, kept so that staff can see the history and restore it: its
 * values as the module's canonical CSV ({@link ObservationCsv}) and its descriptive fields.
 */
@Entity
@Table(name = "statistics_dataset_version")
@NamedQuery(
        name = "DatasetVersion.ofDataset",
        query = "select v from DatasetVersion v where v.dataset = :dataset order by v.number desc")
@NamedQuery(
        name = "DatasetVersion.maxNumber",
        query = "select max(v.number) from DatasetVersion v where v.dataset = :dataset")
public class DatasetVersion implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "statisticsVersionSeq")
    @SequenceGenerator(name = "statisticsVersionSeq", sequenceName = "beacon_id_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "dataset_id")
    private Dataset dataset;

    @Column(nullable = false)
    private int number;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Column(name = "created_by", nullable = false, length = 80)
    private String createdBy;

    @Column(nullable = false, length = 300)
    private String note;

    @Column(name = "observation_count", nullable = false)
    private int observationCount;

    @Column(nullable = false)
    private String snapshot;

    @Column
    private String details;

    protected DatasetVersion() {}

    public DatasetVersion(
            Dataset dataset,
            int number,
            List<ObservationRow> rows,
            Map<String, String> detailFields,
            String note,
            String createdBy,
            OffsetDateTime createdAt) {
        this.dataset = Objects.requireNonNull(dataset, "dataset");
        if (number < 1) {
            throw new IllegalArgumentException("Version numbers start at 1");
        }
        this.number = number;
        this.snapshot = ObservationCsv.write(rows);
        this.observationCount = rows.size();
        JsonObjectBuilder json = Json.createObjectBuilder();
        detailFields.forEach(json::add);
        this.details = json.build().toString();
        String text = note == null ? "" : note.strip();
        this.note = text.length() > 300 ? text.substring(0, 300) : text;
        this.createdBy = Objects.requireNonNull(createdBy, "createdBy");
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
    }

    /** The values as they were. */
    public List<ObservationRow> rows() {
        return ObservationCsv.read(snapshot);
    }

    /** The descriptive fields as they were; empty for versions saved before they were kept. */
    public Map<String, String> details() {
        if (details == null || details.isBlank()) {
            return Map.of();
        }
        Map<String, String> fields = new LinkedHashMap<>();
        try (JsonReader reader = Json.createReader(new StringReader(details))) {
            reader.readObject().forEach((k, v) -> fields.put(k, ((JsonString) v).getString()));
        }
        return fields;
    }

    public Long getId() {
        return id;
    }

    public Dataset getDataset() {
        return dataset;
    }

    public int getNumber() {
        return number;
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public String getNote() {
        return note;
    }

    public int getObservationCount() {
        return observationCount;
    }
}
