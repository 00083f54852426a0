package org.beaconportal.compliance.domain;

import java.util.ArrayList;
import java.util.List;

/** A small RFC 4180 reader and writer: quoted fields, doubled quotes, commas and line breaks in quotes. */
public final class Csv {

    private Csv() {}

    /** The records of a CSV text; a byte-order mark and blank lines are ignored. */
    public static List<List<String>> parse(String text) {
        List<List<String>> records = new ArrayList<>();
        String input = text.startsWith("\uFEFF") ? text.substring(1) : text;
        List<String> record = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean any = false;
        for (int i = 0; i < input.length(); i++) {
            char c = input.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < input.length() && input.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
                any = true;
            } else if (c == ',') {
                record.add(field.toString());
                field.setLength(0);
                any = true;
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < input.length() && input.charAt(i + 1) == '\n') {
                    i++;
                }
                record.add(field.toString());
                field.setLength(0);
                if (any || record.size() > 1 || !record.get(0).isBlank()) {
                    records.add(record);
                } else {
                    records.add(List.of());
                }
                record = new ArrayList<>();
                any = false;
            } else {
                field.append(c);
                any = true;
            }
        }
        if (any || field.length() > 0 || !record.isEmpty()) {
            record.add(field.toString());
            records.add(record);
        }
        return records;
    }

    /** One CSV line (without line end) with fields quoted when needed; formula starts are neutralised. */
    public static String line(Object... fields) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < fields.length; i++) {
            if (i > 0) {
                out.append(',');
            }
            String value = fields[i] == null ? "" : fields[i].toString();
            if (!value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 && !value.matches("-?\\d+(\\.\\d+)?")) {
                value = "'" + value;
            }
            if (value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r")) {
                value = '"' + value.replace("\"", "\"\"") + '"';
            }
            out.append(value);
        }
        return out.toString();
    }
}
