package org.beaconportal.compliance.web;

import java.util.List;
import java.util.Map;

/**
 * The Chart.js configuration (a JSON text) that PrimeFaces' {@code <p:chart>} draws: a radar with
 * the eight steps as axes, 0–100, one data set per assessment.
 */
final class RadarChart {

    /** One line on the radar. */
    record Series(String label, Map<Integer, Integer> scores) {}

    private static final String[] COLOURS = {"43,108,176", "214,96,46", "90,90,90"};

    private RadarChart() {}

    static String config(List<String> stepLabels, List<Series> series) {
        StringBuilder json = new StringBuilder("{\"type\":\"radar\",\"data\":{\"labels\":[");
        for (int i = 0; i < stepLabels.size(); i++) {
            json.append(i > 0 ? "," : "").append(quote(stepLabels.get(i)));
        }
        json.append("],\"datasets\":[");
        for (int s = 0; s < series.size(); s++) {
            Series one = series.get(s);
            String colour = COLOURS[s % COLOURS.length];
            json.append(s > 0 ? "," : "")
                    .append("{\"label\":")
                    .append(quote(one.label()))
                    .append(",\"data\":[");
            for (int step = 1; step <= stepLabels.size(); step++) {
                json.append(step > 1 ? "," : "").append(one.scores().getOrDefault(step, 0));
            }
            json.append("],\"fill\":true,\"backgroundColor\":\"rgba(")
                    .append(colour)
                    .append(",0.15)\",\"borderColor\":\"rgb(")
                    .append(colour)
                    .append(")\",\"pointBackgroundColor\":\"rgb(")
                    .append(colour)
                    .append(")\"}");
        }
        json.append(
                "]},\"options\":{\"animation\":false,\"scales\":{\"r\":{\"min\":0,\"max\":100,\"ticks\":{\"stepSize\":25}}}}}");
        return json.toString();
    }

    static String quote(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '<' -> out.append("\\u003c");
                case '>' -> out.append("\\u003e");
                case '&' -> out.append("\\u0026");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
