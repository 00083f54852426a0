package org.beaconportal.statistics.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/** One stored value of a {@link Dataset}; created and replaced only through its dataset. */
@Entity
@Table(name = "statistics_observation")
public class Observation implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "statisticsObservationSeq")
    @SequenceGenerator(name = "statisticsObservationSeq", sequenceName = "beacon_id_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "dataset_id")
    private Dataset dataset;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false, length = 200)
    private String series;

    @Column(nullable = false, length = 200)
    private String dimension;

    @Column(nullable = false, length = 300)
    private String category;

    @Column(name = "observed_value", nullable = false, precision = 19, scale = 4)
    private BigDecimal value;

    @Column(nullable = false)
    private int decimals;

    @Column(nullable = false, length = 100)
    private String unit;

    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private ObservationNote note;

    protected Observation() {}

    Observation(Dataset dataset, int position, ObservationRow row) {
        this.dataset = Objects.requireNonNull(dataset, "dataset");
        this.position = position;
        this.series = row.series();
        this.dimension = row.dimension();
        this.category = row.category();
        this.decimals = Math.max(0, Math.min(4, row.value().scale()));
        if (row.value().scale() > 4) {
            throw new IllegalArgumentException("At most four decimals: " + row.value());
        }
        this.value = row.value();
        this.unit = row.unit();
        this.note = row.note();
    }

    /** The value as plain data, with the decimals it was published with. */
    public ObservationRow toRow() {
        return new ObservationRow(series, dimension, category, getValue(), unit, note);
    }

    public Long getId() {
        return id;
    }

    public int getPosition() {
        return position;
    }

    public String getSeries() {
        return series;
    }

    public String getDimension() {
        return dimension;
    }

    public String getCategory() {
        return category;
    }

    /** The number with its published decimals ({@code 22.0} stays {@code 22.0}). */
    public BigDecimal getValue() {
        return value.setScale(decimals, RoundingMode.HALF_UP);
    }

    public String getUnit() {
        return unit;
    }

    public ObservationNote getNote() {
        return note;
    }
}
