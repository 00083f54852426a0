package org.beaconportal.resources.domain;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.beaconportal.core.domain.InvalidContentException;
import org.beaconportal.core.domain.Slug;

/**
 * The directory as CSV (RFC 4180: comma-separated, double quotes around values with commas, quotes
 * or line breaks; first line names the columns). Reading checks every row the way the editor
 * would and reports each bad row with its line number and reason.
 *
 * <pre>{@code
 * List<OrganizationCsv.Row> rows = OrganizationCsv.read(text, now);
 * rows.stream().filter(OrganizationCsv.Row::valid)...
 * }</pre>
 */
public final class OrganizationCsv {

    /** The columns, in export order; {@code name} and {@code summary} are the item's title and summary. */
    public static final List<String> COLUMNS = List.of(
            "name",
            "summary",
            "services",
            "populations",
            "languages",
            "counties",
            "phone",
            "email",
            "website",
            "address",
            "hours",
            "accessibility",
            "last_verified");

    private static final int MAX_ROWS = 5000;

    private OrganizationCsv() {}

    /**
     * One data row: its line in the file, its values by column, the natural key (the slug of the
     * name) and, for a bad row, the message key and arguments of its reason.
     */
    public record Row(int line, Map<String, String> values, String slug, String errorKey, List<String> errorArgs) {

        public boolean valid() {
            return errorKey == null;
        }

        public String name() {
            return values.getOrDefault("name", "");
        }

        /** The values keyed like {@link Organization}'s fields. */
        public Map<String, String> organizationFields() {
            Map<String, String> fields = new LinkedHashMap<>(values);
            fields.remove("name");
            fields.remove("summary");
            fields.put("lastVerified", values.getOrDefault("last_verified", ""));
            fields.remove("last_verified");
            return fields;
        }

        Row refuse(String key, String... args) {
            return new Row(line, values, slug, key, List.of(args));
        }
    }

    /** The whole file refused (no header, unknown columns, too many rows). */
    public static final class FileException extends InvalidContentException {
        private static final long serialVersionUID = 1L;

        public FileException(String messageKey, Object... arguments) {
            super(messageKey, arguments);
        }
    }

    /** Reads and checks every row; {@code now} is the time a throwaway listing is checked at. */
    public static List<Row> read(String text, OffsetDateTime now) {
        List<List<String>> records = parse(text == null ? "" : text.replace("\uFEFF", ""));
        if (records.isEmpty()) {
            throw new FileException("resources.import.empty");
        }
        List<String> header = records.get(0).stream()
                .map(h -> h.strip().toLowerCase(Locale.ROOT))
                .toList();
        for (String column : header) {
            if (!COLUMNS.contains(column)) {
                throw new FileException("resources.import.unknownColumn", column);
            }
        }
        if (!header.contains("name")) {
            throw new FileException("resources.import.missingColumn", "name");
        }
        if (records.size() - 1 > MAX_ROWS) {
            throw new FileException("resources.import.tooManyRows", MAX_ROWS);
        }
        List<Row> rows = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        int line = 1;
        for (List<String> record : records.subList(1, records.size())) {
            line++;
            if (record.stream().allMatch(String::isBlank)) {
                continue;
            }
            Map<String, String> values = new LinkedHashMap<>();
            for (int i = 0; i < header.size(); i++) {
                values.put(header.get(i), i < record.size() ? record.get(i).strip() : "");
            }
            Row row = new Row(line, values, null, null, List.of());
            if (record.size() != header.size()) {
                rows.add(row.refuse(
                        "resources.import.columnCount", String.valueOf(record.size()), String.valueOf(header.size())));
                continue;
            }
            rows.add(check(row, seen, now));
        }
        return rows;
    }

    private static Row check(Row row, Map<String, Integer> seen, OffsetDateTime now) {
        String name = row.name();
        if (name.isBlank()) {
            return row.refuse("resources.import.nameRequired");
        }
        if (name.length() > 300) {
            return row.refuse("resources.field.tooLong", "300");
        }
        Slug slug;
        try {
            slug = Slug.fromTitle(name);
        } catch (IllegalArgumentException e) {
            return row.refuse("resources.import.nameInvalid", name);
        }
        Row keyed = new Row(row.line(), row.values(), slug.value(), null, List.of());
        Integer earlier = seen.putIfAbsent(slug.value(), row.line());
        if (earlier != null) {
            return keyed.refuse("resources.import.duplicate", String.valueOf(earlier));
        }
        String summary = row.values().getOrDefault("summary", "");
        if (summary.length() > 1000) {
            return keyed.refuse("resources.field.tooLong", "1000");
        }
        try {
            new Organization(slug, "en", name, "import", now).describe(keyed.organizationFields());
        } catch (InvalidContentException e) {
            return keyed.refuse(
                    e.messageKey(),
                    java.util.Arrays.stream(e.arguments()).map(String::valueOf).toArray(String[]::new));
        }
        return keyed;
    }

    /** The listings as a CSV file with the header line. */
    public static String write(List<Organization> organizations) {
        StringBuilder out = new StringBuilder();
        out.append(String.join(",", COLUMNS)).append("\r\n");
        for (Organization org : organizations) {
            Map<String, String> fields = org.getFields();
            List<String> cells = new ArrayList<>();
            for (String column : COLUMNS) {
                cells.add(
                        switch (column) {
                            case "name" -> org.getTitle();
                            case "summary" -> org.getSummary() == null ? "" : org.getSummary();
                            case "last_verified" -> fields.getOrDefault("lastVerified", "");
                            default -> fields.getOrDefault(column, "");
                        });
            }
            out.append(String.join(
                            ",", cells.stream().map(OrganizationCsv::quote).toList()))
                    .append("\r\n");
        }
        return out.toString();
    }

    static String quote(String value) {
        String safe = value;
        // A spreadsheet would run a cell starting with these as a formula.
        if (!safe.isEmpty() && "=+-@".indexOf(safe.charAt(0)) >= 0 && !safe.matches("[+-]?[0-9 ()+.-]*")) {
            safe = "'" + safe;
        }
        if (safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")) {
            return "\"" + safe.replace("\"", "\"\"") + "\"";
        }
        return safe;
    }

    /** RFC 4180 records. */
    static List<List<String>> parse(String text) {
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        boolean any = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            any = true;
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        cell.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                record.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                record.add(cell.toString());
                cell.setLength(0);
                records.add(record);
                record = new ArrayList<>();
                any = false;
            } else {
                cell.append(c);
            }
        }
        if (any) {
            record.add(cell.toString());
            records.add(record);
        }
        return records;
    }
}
