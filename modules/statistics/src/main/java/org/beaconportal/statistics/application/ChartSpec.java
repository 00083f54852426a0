package org.beaconportal.statistics.application;

import java.util.List;
import org.beaconportal.statistics.domain.ChartType;

/** What staff fill in to add a chart to a dataset. */
public record ChartSpec(
        String key,
        ChartType type,
        String title,
        String titleEs,
        String summary,
        String summaryEs,
        List<String> series,
        String dimension) {}
