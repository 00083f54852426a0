package org.beaconportal.newsletter.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class SubscriberCsvTest {

    @Test
    void quotedCellsKeepCommasAndQuotes() {
        assertEquals(
                List.of("ana@example.org", "Ruiz, Ana \"Anita\"", "es"),
                SubscriberAdministration.parse("ana@example.org,\"Ruiz, Ana \"\"Anita\"\"\",es"));
    }

    @Test
    void exportedCellsAreQuotedAndSafeInSpreadsheets() {
        assertEquals("\"Ruiz, Ana\"", SubscriberAdministration.cell("Ruiz, Ana"));
        assertEquals("'=HYPERLINK(1)", SubscriberAdministration.cell("=HYPERLINK(1)"));
        assertEquals("", SubscriberAdministration.cell(null));
    }
}
