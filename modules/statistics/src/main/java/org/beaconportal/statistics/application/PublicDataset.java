package org.beaconportal.statistics.application;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.beaconportal.statistics.domain.Dataset;
import org.beaconportal.statistics.domain.DatasetChart;
import org.beaconportal.statistics.domain.Observation;
import org.beaconportal.statistics.domain.ObservationRow;

/**
 * A dataset as every public output shows it: its provenance and its values with the suppression
 * threshold applied. Built inside a transaction, then read freely by pages, the API and downloads.
 */
public record PublicDataset(
        String slug,
        String title,
        String titleEs,
        String description,
        String descriptionEs,
        String sourceOrganisation,
        String citation,
        String sourceUrl,
        String licence,
        String referencePeriod,
        String methodology,
        String methodologyEs,
        boolean exampleData,
        BigDecimal suppressionThreshold,
        OffsetDateTime updatedAt,
        List<Figure> figures,
        List<ChartData> charts) {

    /** Applies the dataset's threshold to every value. */
    public static PublicDataset of(Dataset dataset) {
        List<Figure> figures =
                dataset.getObservations().stream().map(o -> figure(dataset, o)).toList();
        List<ChartData> charts =
                dataset.getCharts().stream().map(c -> chart(c, figures)).toList();
        return new PublicDataset(
                dataset.getSlug(),
                dataset.getTitle(),
                dataset.getTitleEs(),
                dataset.getDescription(),
                dataset.getDescriptionEs(),
                dataset.getSourceOrganisation(),
                dataset.getCitation(),
                dataset.getSourceUrl(),
                dataset.getLicence(),
                dataset.getReferencePeriod(),
                dataset.getMethodology(),
                dataset.getMethodologyEs(),
                dataset.isExampleData(),
                dataset.getSuppressionThreshold(),
                dataset.getUpdatedAt(),
                figures,
                charts);
    }

    private static Figure figure(Dataset dataset, Observation observation) {
        ObservationRow row = observation.toRow();
        boolean suppressed = dataset.suppresses(row.value());
        return new Figure(
                row.series(),
                row.dimension(),
                row.category(),
                suppressed ? null : row.value(),
                row.unit(),
                row.note(),
                suppressed ? dataset.getSuppressionThreshold() : null);
    }

    private static ChartData chart(DatasetChart chart, List<Figure> figures) {
        List<String> labels = figures.stream()
                .filter(f ->
                        chart.seriesList().contains(f.series()) && f.dimension().equals(chart.getDimension()))
                .map(Figure::category)
                .distinct()
                .toList();
        List<ChartData.Series> series = chart.seriesList().stream()
                .map(name -> {
                    List<Figure> points = labels.stream()
                            .map(label -> figures.stream()
                                    .filter(f -> f.series().equals(name)
                                            && f.dimension().equals(chart.getDimension())
                                            && f.category().equals(label))
                                    .findFirst()
                                    .orElse(null))
                            .toList();
                    String unit = points.stream()
                            .filter(p -> p != null)
                            .map(Figure::unit)
                            .findFirst()
                            .orElse("");
                    return new ChartData.Series(name, unit, points);
                })
                .toList();
        return new ChartData(
                chart.getKey(),
                chart.getType(),
                chart.getTitle(),
                chart.getTitleEs(),
                chart.getSummary(),
                chart.getSummaryEs(),
                chart.getDimension(),
                labels,
                series);
    }

    public String title(String language) {
        return "es".equals(language) ? titleEs : title;
    }

    public String description(String language) {
        return "es".equals(language) && descriptionEs != null ? descriptionEs : description;
    }

    public String methodology(String language) {
        return "es".equals(language) && methodologyEs != null ? methodologyEs : methodology;
    }

    public Optional<ChartData> chart(String key) {
        return charts.stream().filter(c -> c.key().equals(key)).findFirst();
    }

    /** The first figure of {@code series} in {@code dimension} and {@code category}. */
    public Optional<Figure> figure(String series, String dimension, String category) {
        return figures.stream()
                .filter(f -> f.series().equals(series)
                        && f.dimension().equals(dimension)
                        && f.category().equals(category))
                .findFirst();
    }

    /** The names of the series, in order of first appearance. */
    public List<String> seriesNames() {
        return figures.stream().map(Figure::series).distinct().toList();
    }

    /** Every distinct dimension of the dataset, joined for a short description. */
    public String dimensions() {
        return figures.stream().map(Figure::dimension).distinct().collect(Collectors.joining(", "));
    }

    /** The figures of one series and dimension, in order. */
    public List<Figure> figures(String series, String dimension) {
        return figures.stream()
                .filter(f -> f.series().equals(series) && f.dimension().equals(dimension))
                .toList();
    }

    /** Every (series, dimension) pair, in order of first appearance: the groups of the full table. */
    public List<List<String>> groups() {
        return figures.stream()
                .map(f -> List.of(f.series(), f.dimension()))
                .distinct()
                .toList();
    }
}
