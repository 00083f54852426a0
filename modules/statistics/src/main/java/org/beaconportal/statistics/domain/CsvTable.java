package org.beaconportal.statistics.domain;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * A comma-separated file read into a header and rows of cells (RFC 4180: quoted cells may hold
 * commas, quotes doubled, line breaks). Rows shorter than the header are padded with empty cells,
 * so that validation can name the missing cell; blank lines are skipped.
 *
 * <pre>{@code
 * CsvTable table = CsvTable.parse("year,value\n2024,12\n");
 * table.header();          // [year, value]
 * table.rows().get(0);     // [2024, 12]
 * }</pre>
 *
 * @param header the first line's cells, stripped
 * @param rows every following non-blank line; {@code rows().get(0)} is line 2 of the file
 * @param lineNumbers the file line each row started on
 */
public record CsvTable(List<String> header, List<List<String>> rows, List<Integer> lineNumbers)
        implements Serializable {

    private static final long serialVersionUID = 1L;

    public CsvTable {
        header = List.copyOf(header);
        rows = rows.stream().map(List::copyOf).toList();
        lineNumbers = List.copyOf(lineNumbers);
    }

    /** Reads {@code text}; a leading byte-order mark is ignored. */
    public static CsvTable parse(String text) {
        String input = text.startsWith("\uFEFF") ? text.substring(1) : text;
        List<List<String>> records = new ArrayList<>();
        List<Integer> starts = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        boolean cellWasQuoted = false;
        int line = 1;
        int recordStart = 1;
        for (int i = 0; i < input.length(); i++) {
            char c = input.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < input.length() && input.charAt(i + 1) == '"') {
                        cell.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    cell.append(c);
                }
            } else if (c == '"' && cell.toString().isBlank()) {
                quoted = true;
                cellWasQuoted = true;
                cell.setLength(0);
            } else if (c == ',') {
                record.add(cellWasQuoted ? cell.toString() : cell.toString().strip());
                cell.setLength(0);
                cellWasQuoted = false;
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < input.length() && input.charAt(i + 1) == '\n') {
                    i++;
                }
                record.add(cellWasQuoted ? cell.toString() : cell.toString().strip());
                addRecord(records, starts, record, recordStart);
                record = new ArrayList<>();
                cell.setLength(0);
                cellWasQuoted = false;
                line++;
                recordStart = line;
            } else {
                cell.append(c);
            }
        }
        if (quoted) {
            throw new IllegalArgumentException("A quoted cell is not closed (line " + recordStart + ")");
        }
        if (cell.length() > 0 || !record.isEmpty()) {
            record.add(cellWasQuoted ? cell.toString() : cell.toString().strip());
            addRecord(records, starts, record, recordStart);
        }
        if (records.isEmpty()) {
            return new CsvTable(List.of(), List.of(), List.of());
        }
        List<String> header = records.get(0).stream().map(String::strip).toList();
        List<List<String>> rows = new ArrayList<>();
        for (List<String> r : records.subList(1, records.size())) {
            List<String> padded = new ArrayList<>(r);
            while (padded.size() < header.size()) {
                padded.add("");
            }
            rows.add(padded);
        }
        return new CsvTable(header, rows, starts.subList(1, starts.size()));
    }

    private static void addRecord(List<List<String>> records, List<Integer> starts, List<String> record, int line) {
        if (record.size() == 1 && record.get(0).isBlank()) {
            return;
        }
        records.add(record);
        starts.add(line);
    }

    /** One CSV line (without line break) for {@code cells}, quoting where needed. */
    public static String line(List<String> cells) {
        return join(cells, false);
    }

    /**
     * Like {@link #line(List)} for files people open in spreadsheets: a text cell starting with
     * {@code = + - @} gets a leading apostrophe so that it is never run as a formula.
     */
    public static String spreadsheetLine(List<String> cells) {
        return join(cells, true);
    }

    private static String join(List<String> cells, boolean defuseFormulas) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(escape(cells.get(i), defuseFormulas));
        }
        return out.toString();
    }

    private static String escape(String cell, boolean defuseFormulas) {
        String value = cell == null ? "" : cell;
        if (defuseFormulas && !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 && !isNumber(value)) {
            value = "'" + value;
        }
        if (value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r")) {
            return '"' + value.replace("\"", "\"\"") + '"';
        }
        return value;
    }

    private static boolean isNumber(String value) {
        return value.matches("[-+]?\\d+(\\.\\d+)?");
    }
}
