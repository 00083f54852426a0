package org.beaconportal.statistics.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvTableTest {

    @Test
    void readsQuotedCellsWithCommasQuotesAndLineBreaks() {
        CsvTable table = CsvTable.parse("a,b\r\n\"x, y\",\"say \"\"hi\"\"\"\n\"two\nlines\",3\n");

        assertEquals(List.of("a", "b"), table.header());
        assertEquals(List.of("x, y", "say \"hi\""), table.rows().get(0));
        assertEquals(List.of("two\nlines", "3"), table.rows().get(1));
        assertEquals(List.of(2, 3), table.lineNumbers());
    }

    @Test
    void padsShortRowsAndSkipsBlankLinesButCountsThem() {
        CsvTable table = CsvTable.parse("\uFEFFa,b,c\n\n1\n");

        assertEquals(List.of("a", "b", "c"), table.header());
        assertEquals(List.of("1", "", ""), table.rows().get(0));
        assertEquals(List.of(3), table.lineNumbers());
    }

    @Test
    void refusesAnUnclosedQuote() {
        assertThrows(IllegalArgumentException.class, () -> CsvTable.parse("a\n\"open\n"));
    }

    @Test
    void spreadsheetLinesDefuseFormulasButKeepNumbers() {
        assertEquals("'=1+1,-3.5,\"a,b\"", CsvTable.spreadsheetLine(List.of("=1+1", "-3.5", "a,b")));
        assertEquals("=1+1", CsvTable.line(List.of("=1+1")));
    }

    @Test
    void savedVersionsRoundTripExactly() {
        List<ObservationRow> rows = List.of(
                new ObservationRow("s", "d", "c, with comma", new BigDecimal("22.0"), "million people", null),
                new ObservationRow("s", "d", "other", new BigDecimal("3"), "cases", ObservationNote.PROVISIONAL));

        List<ObservationRow> back = ObservationCsv.read(ObservationCsv.write(rows));

        assertEquals(rows, back);
        assertEquals("22.0", back.get(0).value().toPlainString());
    }
}
