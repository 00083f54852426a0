package org.beaconportal.statistics.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.beaconportal.statistics.domain.CsvTable;
import org.beaconportal.statistics.domain.ObservationNote;
import org.junit.jupiter.api.Test;

class CsvImportTest {

    private static final String HEADER = "indicator,breakdown,category,value,unit,note\n";

    @Test
    void guessesTheMappingAndReadsEveryRow() {
        CsvTable table =
                CsvTable.parse(HEADER + "cases,year,2025,150,cases,provisional\ncases,year,2024,144.5,cases,\n");
        List<Integer> progress = new ArrayList<>();

        var rows = CsvImport.rows(table, ImportMapping.guess(table.header()), progress::add);

        assertEquals(2, rows.size());
        assertEquals(new BigDecimal("150"), rows.get(0).value());
        assertEquals(ObservationNote.PROVISIONAL, rows.get(0).note());
        assertEquals("144.5", rows.get(1).value().toPlainString());
        assertEquals(List.of(2), progress);
    }

    @Test
    void reportsLineAndColumnOfEveryBadCell() {
        CsvTable table = CsvTable.parse(
                HEADER
                        + "cases,year,2023,10,cases,\ncases,year,2024,abc,cases,\ncases,year,,5,cases,\ncases,year,2025,-1,cases,maybe\n");

        InvalidImportException refused = assertThrows(
                InvalidImportException.class,
                () -> CsvImport.rows(table, ImportMapping.guess(table.header()), n -> {}));

        List<ImportProblem> problems = refused.problems();
        assertEquals(4, problems.size());
        assertEquals(3, problems.get(0).line());
        assertEquals("value", problems.get(0).column());
        assertEquals("statistics.import.notANumber", problems.get(0).messageKey());
        assertEquals(4, problems.get(1).line());
        assertEquals("category", problems.get(1).column());
        assertEquals("statistics.import.missing", problems.get(1).messageKey());
        assertEquals("statistics.import.negative", problems.get(2).messageKey());
        assertEquals("note", problems.get(3).column());
        assertEquals("statistics.import.unknownNote", problems.get(3).messageKey());
    }

    @Test
    void refusesDuplicatesAndUnmappedRoles() {
        CsvTable duplicate = CsvTable.parse(HEADER + "a,year,2024,1,cases,\na,year,2024,2,cases,\n");
        assertEquals(
                "statistics.import.duplicate",
                assertThrows(
                                InvalidImportException.class,
                                () -> CsvImport.rows(duplicate, ImportMapping.guess(duplicate.header()), n -> {}))
                        .problems()
                        .get(0)
                        .messageKey());

        CsvTable noUnit = CsvTable.parse("indicator,breakdown,category,value\na,year,2024,1\n");
        ImportProblem unmapped = assertThrows(
                        InvalidImportException.class,
                        () -> CsvImport.rows(noUnit, ImportMapping.guess(noUnit.header()), n -> {}))
                .problems()
                .get(0);
        assertEquals("statistics.import.unmapped", unmapped.messageKey());
        assertEquals("unit", unmapped.arguments()[0]);
    }

    @Test
    void everyProblemMessageExistsInBothLanguages() {
        for (String key : List.of(
                "statistics.import.missing",
                "statistics.import.notANumber",
                "statistics.import.negative",
                "statistics.import.decimals",
                "statistics.import.unknownNote",
                "statistics.import.duplicate",
                "statistics.import.problem")) {
            String english = StatisticsTexts.text(StatisticsTexts.locale("en"), key, 3, "value", "x");
            String spanish = StatisticsTexts.text(StatisticsTexts.locale("es"), key, 3, "value", "x");
            assertEquals(false, english.equals(spanish), key);
        }
        assertEquals(
                "Línea 3, columna \"value\": la celda está vacía.",
                StatisticsTexts.text(
                        StatisticsTexts.locale("es"),
                        "statistics.import.problem",
                        3,
                        "value",
                        StatisticsTexts.text(StatisticsTexts.locale("es"), "statistics.import.missing")));
    }
}
