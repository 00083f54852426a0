package org.beaconportal.compliance.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class SourcingCsvTest {

    @Test
    void keepsGoodRowsAndReportsEachBadRowWithItsNumber() {
        SourcingCsv.Parsed parsed = SourcingCsv.parse(
                "good,country,tier,volume_band\ncocoa beans,Côte d'Ivoire,1,high\ncotton,Turkmenistan,five,low\n"
                        + "\"Beans (green, soy)\",Burma,2,Medium\n,Ghana,1,low\n");

        assertEquals(2, parsed.rows().size());
        assertEquals(
                new SourcingCsv.Row("cocoa beans", "Côte d'Ivoire", 1, SourcingLine.VolumeBand.HIGH),
                parsed.rows().get(0));
        assertEquals(
                List.of(
                        new RowError(3, "compliance.sourcing.csv.tier"),
                        new RowError(5, "compliance.sourcing.csv.required")),
                parsed.errors());
    }

    @Test
    void aWrongHeaderIsReportedAsRowOne() {
        assertEquals(
                List.of(new RowError(1, "compliance.sourcing.csv.header")),
                SourcingCsv.parse("a,b\n1,2").errors());
    }
}
