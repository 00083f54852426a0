package org.beaconportal.resources.domain;

import java.util.LinkedHashMap;
import java.util.Map;

/** Field maps as text in one column: one {@code key=value} a line, line breaks in values escaped. */
final class SuggestionFields {

    private SuggestionFields() {}

    static String encode(Map<String, String> fields) {
        StringBuilder text = new StringBuilder();
        fields.forEach((key, value) -> {
            if (value != null && !value.isBlank()) {
                text.append(key)
                        .append('=')
                        .append(value.strip()
                                .replace("\\", "\\\\")
                                .replace("\r", "")
                                .replace("\n", "\\n"))
                        .append('\n');
            }
        });
        return text.toString();
    }

    static Map<String, String> decode(String text) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (String line : text.split("\n")) {
            int eq = line.indexOf('=');
            if (eq > 0) {
                fields.put(line.substring(0, eq), unescape(line.substring(eq + 1)));
            }
        }
        return fields;
    }

    private static String unescape(String value) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\\' && i + 1 < value.length()) {
                char next = value.charAt(++i);
                out.append(next == 'n' ? '\n' : next);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
