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
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A chart staff configured for a dataset: which series it draws along which dimension, how, and
 * the title and text summary (in English and Spanish) that every reader gets with it.
 */
@Entity
@Table(name = "statistics_chart")
@NamedQuery(name = "DatasetChart.byKey", query = "select c from DatasetChart c where c.key = :key")
public class DatasetChart implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final Pattern KEY = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "statisticsChartSeq")
    @SequenceGenerator(name = "statisticsChartSeq", sequenceName = "beacon_id_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "dataset_id")
    private Dataset dataset;

    @Column(name = "chart_key", nullable = false, length = 80, unique = true)
    private String key;

    @Enumerated(EnumType.STRING)
    @Column(name = "chart_type", nullable = false, length = 20)
    private ChartType type;

    @Column(nullable = false, length = 300)
    private String title;

    @Column(name = "title_es", nullable = false, length = 300)
    private String titleEs;

    @Column(nullable = false, length = 2000)
    private String summary;

    @Column(name = "summary_es", nullable = false, length = 2000)
    private String summaryEs;

    @Column(nullable = false, length = 200)
    private String series;

    @Column(nullable = false, length = 200)
    private String dimension;

    @Column(nullable = false)
    private int position;

    protected DatasetChart() {}

    DatasetChart(
            Dataset dataset,
            String key,
            int position,
            ChartType type,
            String title,
            String titleEs,
            String summary,
            String summaryEs,
            List<String> series,
            String dimension) {
        this.dataset = Objects.requireNonNull(dataset, "dataset");
        if (key == null || !KEY.matcher(key).matches() || key.length() > 80) {
            throw new IllegalArgumentException("A chart key is lower-case words joined by hyphens: " + key);
        }
        this.key = key;
        this.position = position;
        this.type = Objects.requireNonNull(type, "type");
        this.title = required(title, "title");
        this.titleEs = required(titleEs, "titleEs");
        this.summary = required(summary, "summary");
        this.summaryEs = required(summaryEs, "summaryEs");
        if (series == null || series.isEmpty() || series.stream().anyMatch(s -> s.isBlank() || s.contains(","))) {
            throw new IllegalArgumentException("A chart draws one or more named series");
        }
        if (type.isCircular() && series.size() > 1) {
            throw new IllegalArgumentException("A pie or doughnut chart draws one series");
        }
        this.series = String.join(",", series.stream().map(String::strip).toList());
        this.dimension = required(dimension, "dimension");
    }

    public Long getId() {
        return id;
    }

    public Dataset getDataset() {
        return dataset;
    }

    public String getKey() {
        return key;
    }

    public ChartType getType() {
        return type;
    }

    public String getTitle() {
        return title;
    }

    public String getTitleEs() {
        return titleEs;
    }

    public String title(String language) {
        return "es".equals(language) ? titleEs : title;
    }

    public String getSummary() {
        return summary;
    }

    public String getSummaryEs() {
        return summaryEs;
    }

    public String summary(String language) {
        return "es".equals(language) ? summaryEs : summary;
    }

    /** The series the chart draws, in order (one dataset of the chart each). */
    public List<String> seriesList() {
        return Arrays.asList(series.split(","));
    }

    public String getSeries() {
        return series;
    }

    public String getDimension() {
        return dimension;
    }

    public int getPosition() {
        return position;
    }

    private static String required(String text, String name) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException(name + " is required");
        }
        return text.strip();
    }
}
