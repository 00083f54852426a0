package org.beaconportal.statistics.application;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.IntConsumer;
import org.beaconportal.statistics.domain.CsvTable;
import org.beaconportal.statistics.domain.ObservationNote;
import org.beaconportal.statistics.domain.ObservationRow;

/**
 * Turns an uploaded file into a dataset's values, or into the list of everything wrong with it:
 * missing cells, numbers that are not numbers, negative values, too many decimals, unknown notes,
 * two values for one cell. Either every row is good or nothing is imported.
 *
 * <pre>{@code
 * CsvTable table = CsvTable.parse(text);
 * List<ObservationRow> rows = CsvImport.rows(table, ImportMapping.guess(table.header()), done -> {});
 * }</pre>
 */
public final class CsvImport {

    /** Files with more rows than this are refused outright. */
    public static final int MAX_ROWS = 50_000;

    private CsvImport() {}

    /**
     * The values of {@code table} under {@code mapping}.
     *
     * @param progress told the number of rows checked so far, every 500 rows and at the end
     * @throws InvalidImportException with every problem found (at most 50 listed)
     */
    public static List<ObservationRow> rows(CsvTable table, ImportMapping mapping, IntConsumer progress) {
        List<ImportProblem> problems = new ArrayList<>();
        if (table.rows().isEmpty()) {
            throw new InvalidImportException(List.of(new ImportProblem(0, "", "statistics.import.empty")));
        }
        if (table.rows().size() > MAX_ROWS) {
            throw new InvalidImportException(
                    List.of(new ImportProblem(0, "", "statistics.import.tooManyRows", MAX_ROWS)));
        }
        int[] required = {mapping.series(), mapping.dimension(), mapping.category(), mapping.value(), mapping.unit()};
        String[] roles = {"series", "dimension", "category", "value", "unit"};
        for (int i = 0; i < required.length; i++) {
            if (required[i] < 0 || required[i] >= table.header().size()) {
                problems.add(new ImportProblem(0, "", "statistics.import.unmapped", roles[i]));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidImportException(problems);
        }
        List<ObservationRow> rows = new ArrayList<>();
        Set<ObservationRow.Cell> seen = new HashSet<>();
        for (int r = 0; r < table.rows().size() && problems.size() < 50; r++) {
            List<String> cells = table.rows().get(r);
            int line = table.lineNumbers().get(r);
            int before = problems.size();
            String series = text(table, cells, mapping.series(), line, problems);
            String dimension = text(table, cells, mapping.dimension(), line, problems);
            String category = text(table, cells, mapping.category(), line, problems);
            String unit = text(table, cells, mapping.unit(), line, problems);
            BigDecimal value = number(table, cells, mapping.value(), line, problems);
            ObservationNote note = note(table, cells, mapping.note(), line, problems);
            if (problems.size() == before) {
                ObservationRow row = new ObservationRow(series, dimension, category, value, unit, note);
                if (!seen.add(row.cell())) {
                    problems.add(new ImportProblem(
                            line, header(table, mapping.category()), "statistics.import.duplicate", category));
                } else {
                    rows.add(row);
                }
            }
            if ((r + 1) % 500 == 0) {
                progress.accept(r + 1);
            }
        }
        progress.accept(table.rows().size());
        if (!problems.isEmpty()) {
            throw new InvalidImportException(problems);
        }
        return rows;
    }

    private static String header(CsvTable table, int column) {
        return column >= 0 && column < table.header().size() ? table.header().get(column) : "";
    }

    private static String cell(List<String> cells, int column) {
        return column < cells.size() ? cells.get(column).strip() : "";
    }

    private static String text(CsvTable table, List<String> cells, int column, int line, List<ImportProblem> out) {
        String value = cell(cells, column);
        if (value.isEmpty()) {
            out.add(new ImportProblem(line, header(table, column), "statistics.import.missing"));
            return null;
        }
        if (value.length() > 200) {
            out.add(new ImportProblem(line, header(table, column), "statistics.import.tooLong", 200));
            return null;
        }
        return value;
    }

    private static BigDecimal number(
            CsvTable table, List<String> cells, int column, int line, List<ImportProblem> out) {
        String value = cell(cells, column);
        if (value.isEmpty()) {
            out.add(new ImportProblem(line, header(table, column), "statistics.import.missing"));
            return null;
        }
        if (!value.matches("-?\\d+(\\.\\d+)?")) {
            out.add(new ImportProblem(line, header(table, column), "statistics.import.notANumber", value));
            return null;
        }
        BigDecimal number = new BigDecimal(value);
        if (number.signum() < 0) {
            out.add(new ImportProblem(line, header(table, column), "statistics.import.negative", value));
            return null;
        }
        if (number.scale() > 4) {
            out.add(new ImportProblem(line, header(table, column), "statistics.import.decimals", value));
            return null;
        }
        return number;
    }

    private static ObservationNote note(
            CsvTable table, List<String> cells, int column, int line, List<ImportProblem> out) {
        if (column < 0) {
            return null;
        }
        try {
            return ObservationNote.parse(cell(cells, column)).orElse(null);
        } catch (IllegalArgumentException e) {
            out.add(new ImportProblem(
                    line, header(table, column), "statistics.import.unknownNote", cell(cells, column)));
            return null;
        }
    }
}
