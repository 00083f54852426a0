package org.beaconportal.statistics.application;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.List;
import java.util.Locale;
import org.beaconportal.statistics.domain.ChartType;

/**
 * The Chart.js configuration PrimeFaces' {@code <p:chart value="...">} draws: labels, one dataset
 * per series, a title, and no animation. Suppressed figures are {@code null} (a gap, never a
 * number). Colours come from a palette that keeps 3:1 contrast against white; the page's extender
 * script ({@code statistics/js/charts.js}) adds a different fill pattern per part, so that no
 * chart relies on colour alone.
 *
 * <pre>{@code
 * <p:chart value="#{view.config(chart)}" extender="beaconStatisticsChart" ariaLabel="..."/>
 * }</pre>
 */
public final class ChartJsConfig {

    /** Colours with at least 3:1 contrast against white, distinguishable in the common colour deficiencies. */
    public static final List<String> PALETTE =
            List.of("#1f5f8b", "#b3541e", "#2e7d32", "#6a3d9a", "#8a6d00", "#a01d4f", "#00695c", "#4e4e4e");

    private ChartJsConfig() {}

    public static JsonObject of(ChartData chart, Locale locale) {
        String language = locale.getLanguage();
        JsonArrayBuilder labels = Json.createArrayBuilder();
        chart.labels().forEach(l -> labels.add(Terms.label(l, locale)));
        JsonArrayBuilder datasets = Json.createArrayBuilder();
        for (int s = 0; s < chart.series().size(); s++) {
            ChartData.Series series = chart.series().get(s);
            JsonArrayBuilder data = Json.createArrayBuilder();
            for (Figure point : series.points()) {
                if (point == null || point.isSuppressed()) {
                    data.addNull();
                } else {
                    data.add(point.value());
                }
            }
            JsonObjectBuilder dataset = Json.createObjectBuilder()
                    .add("label", Terms.label(series.name(), locale) + " (" + Terms.label(series.unit(), locale) + ")")
                    .add("data", data)
                    .add("borderWidth", 2);
            if (chart.type().isCircular()) {
                JsonArrayBuilder colours = Json.createArrayBuilder();
                for (int i = 0; i < chart.labels().size(); i++) {
                    colours.add(PALETTE.get(i % PALETTE.size()));
                }
                dataset.add("backgroundColor", colours).add("borderColor", "#ffffff");
            } else {
                String colour = PALETTE.get(s % PALETTE.size());
                dataset.add("backgroundColor", colour).add("borderColor", colour);
                if (chart.type() == ChartType.LINE) {
                    dataset.add("fill", false)
                            .add("pointStyle", POINT_STYLES.get(s % POINT_STYLES.size()))
                            .add("pointRadius", 6)
                            .add("spanGaps", false);
                    if (s % 2 == 1) {
                        dataset.add(
                                "borderDash", Json.createArrayBuilder().add(6).add(4));
                    }
                }
            }
            datasets.add(dataset);
        }
        JsonObjectBuilder plugins = Json.createObjectBuilder()
                .add("title", Json.createObjectBuilder().add("display", true).add("text", chart.title(language)))
                .add(
                        "legend",
                        Json.createObjectBuilder()
                                .add(
                                        "display",
                                        chart.type().isCircular()
                                                || chart.series().size() > 1)
                                .add("position", "bottom"));
        JsonObjectBuilder options = Json.createObjectBuilder()
                .add("responsive", true)
                .add("animation", false)
                .add("plugins", plugins);
        if (!chart.type().isCircular()) {
            boolean stacked = chart.type() == ChartType.STACKED_BAR;
            options.add(
                    "scales",
                    Json.createObjectBuilder()
                            .add("x", Json.createObjectBuilder().add("stacked", stacked))
                            .add(
                                    "y",
                                    Json.createObjectBuilder()
                                            .add("stacked", stacked)
                                            .add("beginAtZero", true)
                                            .add(
                                                    "title",
                                                    Json.createObjectBuilder()
                                                            .add("display", true)
                                                            .add("text", Terms.label(chart.unit(), locale)))));
        }
        return Json.createObjectBuilder()
                .add("type", chart.type().chartJsType())
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", datasets))
                .add("options", options)
                .build();
    }

    private static final List<String> POINT_STYLES = List.of("circle", "rect", "triangle", "rectRot", "star", "cross");
}
