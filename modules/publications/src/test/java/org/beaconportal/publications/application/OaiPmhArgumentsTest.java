package org.beaconportal.publications.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OaiPmhArgumentsTest {

    @Test
    void argumentsAreCheckedPerVerb() {
        assertEquals(
                "badArgument",
                code(() -> OaiPmh.arguments(
                        Map.of("verb", List.of("GetRecord"), "identifier", List.of("x")), "GetRecord")));
        assertEquals(
                "badArgument",
                code(() -> OaiPmh.arguments(Map.of("verb", List.of("Identify"), "set", List.of("x")), "Identify")));
        assertEquals(
                "badArgument",
                code(() -> OaiPmh.arguments(
                        Map.of("verb", List.of("ListRecords"), "metadataPrefix", List.of("oai_dc", "oai_dc")),
                        "ListRecords")));
        assertEquals(
                "badArgument",
                code(() -> OaiPmh.arguments(
                        Map.of(
                                "verb",
                                List.of("ListRecords"),
                                "metadataPrefix",
                                List.of("oai_dc"),
                                "resumptionToken",
                                List.of("abc")),
                        "ListRecords")));
        assertEquals(
                Map.of("resumptionToken", "abc"),
                OaiPmh.arguments(
                        Map.of("verb", List.of("ListIdentifiers"), "resumptionToken", List.of("abc")),
                        "ListIdentifiers"));
    }

    @Test
    void datestampsHaveTwoGranularities() {
        assertEquals(OffsetDateTime.of(2026, 1, 2, 0, 0, 0, 0, ZoneOffset.UTC), OaiPmh.parseStamp("2026-01-01", true));
        assertEquals(
                OffsetDateTime.of(2026, 1, 1, 10, 0, 1, 0, ZoneOffset.UTC),
                OaiPmh.parseStamp("2026-01-01T10:00:00Z", true));
        assertEquals("badArgument", code(() -> OaiPmh.parseStamp("2026-01-01T10:00:00+02:00", false)));
        assertEquals("badArgument", code(() -> OaiPmh.parseStamp("01/01/2026", false)));
    }

    @Test
    void resumptionTokensRoundTripAndForgeriesAreRefused() {
        OaiPmh.Harvest harvest = new OaiPmh.Harvest("oai_dc", "2026-01-01", null, "kind:brief", 50);

        assertEquals(harvest, OaiPmh.Harvest.fromToken(harvest.token()));
        assertEquals("badResumptionToken", code(() -> OaiPmh.Harvest.fromToken("!!not-base64")));
        assertEquals("badResumptionToken", code(() -> OaiPmh.Harvest.fromToken("YWJj")));
    }

    private static String code(Runnable action) {
        return assertThrows(OaiPmh.OaiError.class, action::run).code;
    }
}
