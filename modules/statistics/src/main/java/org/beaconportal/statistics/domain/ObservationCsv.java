package org.beaconportal.statistics.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The module's own file format for a dataset's values, used for saved versions: the columns
 * {@value #HEADER}, one value per line, exactly as stored.
 */
public final class ObservationCsv {

    /** The columns, in order. */
    public static final String HEADER = "series,dimension,category,value,unit,note";

    private ObservationCsv() {}

    public static String write(List<ObservationRow> rows) {
        StringBuilder out = new StringBuilder(HEADER).append('\n');
        for (ObservationRow row : rows) {
            out.append(CsvTable.line(List.of(
                            row.series(),
                            row.dimension(),
                            row.category(),
                            row.value().toPlainString(),
                            row.unit(),
                            row.note() == null ? "" : row.note().code())))
                    .append('\n');
        }
        return out.toString();
    }

    public static List<ObservationRow> read(String csv) {
        CsvTable table = CsvTable.parse(csv);
        if (!String.join(",", table.header()).equals(HEADER)) {
            throw new IllegalArgumentException("Not a saved dataset version: " + table.header());
        }
        List<ObservationRow> rows = new ArrayList<>();
        for (List<String> cells : table.rows()) {
            rows.add(new ObservationRow(
                    cells.get(0),
                    cells.get(1),
                    cells.get(2),
                    new BigDecimal(cells.get(3)),
                    cells.get(4),
                    ObservationNote.parse(cells.get(5)).orElse(null)));
        }
        return rows;
    }
}
