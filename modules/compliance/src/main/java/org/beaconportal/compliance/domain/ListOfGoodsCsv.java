package org.beaconportal.compliance.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads an edition of the List of Goods in DOL's columns:
 * {@code good,sector,country,region,child_labor,forced_labor,forced_child_labor}.
 */
public final class ListOfGoodsCsv {

    static final List<String> COLUMNS =
            List.of("good", "sector", "country", "region", "child_labor", "forced_labor", "forced_child_labor");

    /** The rows read and the rows refused, each refusal as a row number with a message key. */
    public record Parsed(List<ListEntry> entries, List<RowError> errors) {}

    private ListOfGoodsCsv() {}

    public static Parsed parse(String text) {
        List<List<String>> rows = Csv.parse(text);
        List<ListEntry> entries = new ArrayList<>();
        List<RowError> errors = new ArrayList<>();
        if (rows.isEmpty() || !header(rows.get(0)).equals(COLUMNS)) {
            errors.add(new RowError(1, "compliance.goods.import.header"));
            return new Parsed(entries, errors);
        }
        for (int i = 1; i < rows.size(); i++) {
            List<String> row = rows.get(i);
            if (row.isEmpty()) {
                continue;
            }
            try {
                if (row.size() != COLUMNS.size()) {
                    throw new IllegalArgumentException("columns");
                }
                entries.add(new ListEntry(
                        row.get(0),
                        row.get(1),
                        row.get(2),
                        row.get(3),
                        flag(row.get(4)),
                        flag(row.get(5)),
                        flag(row.get(6))));
            } catch (IllegalArgumentException e) {
                errors.add(new RowError(i + 1, "compliance.goods.import.row"));
            }
        }
        return new Parsed(entries, errors);
    }

    static List<String> header(List<String> row) {
        return row.stream().map(c -> c.trim().toLowerCase(Locale.ROOT)).toList();
    }

    private static boolean flag(String value) {
        return switch (value.trim().toLowerCase(Locale.ROOT)) {
            case "true", "yes", "x", "1" -> true;
            case "false", "no", "", "0" -> false;
            default -> throw new IllegalArgumentException("flag");
        };
    }
}
