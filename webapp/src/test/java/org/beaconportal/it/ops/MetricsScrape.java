package org.beaconportal.it.ops;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One read of {@code /metrics} (Prometheus text), for {@link MonitoringIT}: the value of a series by
 * name and labels, and every sample line for checks over all labels.
 */
final class MetricsScrape {

    private static final Pattern SAMPLE = Pattern.compile("^([a-zA-Z_:][a-zA-Z0-9_:]*)(\\{([^}]*)\\})? (\\S+)$");

    private final List<String> samples;

    MetricsScrape(String text) {
        this.samples = text.lines()
                .filter(line -> !line.startsWith("#") && !line.isBlank())
                .toList();
    }

    /** Every sample line (comments left out). */
    List<String> samples() {
        return samples;
    }

    /** The label part ({@code a="x",b="y",}) of every sample line. */
    List<String> labelSets() {
        return samples.stream()
                .map(SAMPLE::matcher)
                .filter(Matcher::matches)
                .map(m -> m.group(3) == null ? "" : m.group(3))
                .toList();
    }

    boolean has(String name) {
        return samples.stream()
                .map(SAMPLE::matcher)
                .anyMatch(m -> m.matches() && m.group(1).equals(name));
    }

    /**
     * The value of the series with this name carrying all these labels; 0 when there is none yet (a
     * timer that never ran). Fails when several series match.
     */
    double value(String name, Map<String, String> labels) {
        List<Double> values = samples.stream()
                .map(SAMPLE::matcher)
                .filter(m -> m.matches() && m.group(1).equals(name))
                .filter(m -> labels.entrySet().stream()
                        .allMatch(l ->
                                m.group(3) != null && m.group(3).contains(l.getKey() + "=\"" + l.getValue() + "\"")))
                .map(m -> Double.parseDouble(m.group(4)))
                .toList();
        if (values.size() > 1) {
            throw new AssertionError("Several series " + name + labels + ": " + values);
        }
        return values.isEmpty() ? 0 : values.get(0);
    }

    double value(String name) {
        return value(name, Map.of());
    }
}
