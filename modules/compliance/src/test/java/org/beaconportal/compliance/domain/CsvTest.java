package org.beaconportal.compliance.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class CsvTest {

    @Test
    void readsQuotedFieldsAndKeepsBlankLinesSoRowNumbersStayTrue() {
        List<List<String>> rows = Csv.parse("a,b\n\"x, y\",\"say \"\"hi\"\"\"\n\nlast,row");
        assertEquals(List.of("a", "b"), rows.get(0));
        assertEquals(List.of("x, y", "say \"hi\""), rows.get(1));
        assertEquals(List.of(), rows.get(2));
        assertEquals(List.of("last", "row"), rows.get(3));
    }

    @Test
    void writesQuotesWhenNeededAndDefusesFormulas() {
        assertEquals("plain,\"a,b\",'=SUM(A1),-3", Csv.line("plain", "a,b", "=SUM(A1)", -3));
    }
}
