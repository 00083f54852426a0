package org.beaconportal.statistics.domain;

/** The kinds of chart staff can configure, with the Chart.js type each one renders as. */
public enum ChartType {
    BAR("bar"),
    STACKED_BAR("bar"),
    PIE("pie"),
    DOUGHNUT("doughnut"),
    LINE("line");

    private final String chartJsType;

    ChartType(String chartJsType) {
        this.chartJsType = chartJsType;
    }

    /** The {@code type} of the Chart.js configuration. */
    public String chartJsType() {
        return chartJsType;
    }

    /** True for charts whose parts differ by fill (pie and doughnut slices) and so need patterns. */
    public boolean isCircular() {
        return this == PIE || this == DOUGHNUT;
    }
}
