package org.beaconportal.statistics.application;

import java.util.List;
import org.beaconportal.statistics.domain.ChartType;

/**
 * What one chart draws, already suppressed: the categories along its dimension and, per series,
 * one figure per category (null where the series has no value there).
 */
public record ChartData(
        String key,
        ChartType type,
        String title,
        String titleEs,
        String summary,
        String summaryEs,
        String dimension,
        List<String> labels,
        List<Series> series) {

    /** One line, bar group or pie of the chart. */
    public record Series(String name, String unit, List<Figure> points) {}

    public String title(String language) {
        return "es".equals(language) ? titleEs : title;
    }

    public String summary(String language) {
        return "es".equals(language) ? summaryEs : summary;
    }

    /** The unit the chart counts in (the first series'). */
    public String unit() {
        return series.isEmpty() ? "" : series.get(0).unit();
    }
}
