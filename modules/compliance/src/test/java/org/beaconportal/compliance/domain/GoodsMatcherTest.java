package org.beaconportal.compliance.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Screening against the seeded 2022 edition: the flags are those of the CSV rows. */
class GoodsMatcherTest {

    static GoodsMatcher matcher;

    @BeforeAll
    static void loadSeededList() throws IOException {
        try (InputStream in = GoodsMatcherTest.class.getResourceAsStream("/compliance/list-of-goods-2022.csv")) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            ListOfGoodsCsv.Parsed parsed = ListOfGoodsCsv.parse(text);
            assertTrue(parsed.errors().isEmpty(), parsed.errors().toString());
            assertEquals(467, parsed.entries().size());
            matcher = new GoodsMatcher(parsed.entries());
        }
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {"Cocoa|Côte d'Ivoire", "cocoa beans|Cote dIvoire", "COCOA|ivory coast"})
    void cocoaFromCoteDivoireHasAllThreeFlags(String good, String country) {
        ListEntry entry = matcher.match(good, country).orElseThrow();
        assertEquals("Cocoa", entry.good());
        assertEquals("Côte d'Ivoire", entry.country());
        assertEquals(
                List.of(true, true, true), List.of(entry.childLabor(), entry.forcedLabor(), entry.forcedChildLabor()));
    }

    @Test
    void cottonFromTurkmenistanIsChildAndForcedLabourButNotForcedChildLabour() {
        ListEntry entry = matcher.match("cotton", "Turkmenistan").orElseThrow();
        assertEquals("Cotton", entry.good());
        assertEquals("Agriculture", entry.sector());
        assertEquals("Indo-Pacific", entry.region());
        assertEquals(
                List.of(true, true, false), List.of(entry.childLabor(), entry.forcedLabor(), entry.forcedChildLabor()));
    }

    @Test
    void cottonFromUzbekistanIsNotOnThisEdition() {
        assertEquals(Optional.empty(), matcher.match("cotton", "Uzbekistan"));
    }

    @Test
    void anUnknownGoodOrCountryIsNotOnTheList() {
        assertEquals(Optional.empty(), matcher.match("unobtainium", "Côte d'Ivoire"));
        assertEquals(Optional.empty(), matcher.match("cocoa", "Atlantis"));
    }

    @Test
    void aliasesAndTyposStillFindTheRow() {
        assertEquals(
                "Turkey (Türkiye)",
                matcher.match("Cotton", "Türkiye").orElseThrow().country());
        assertEquals("Burma", matcher.match("jade", "Myanmar").orElseThrow().country());
        assertEquals("Cotton", matcher.match("coton", "Benin").orElseThrow().good());
        assertEquals(
                "Cobalt ore (heterogenite)",
                matcher.match("cobalt ore", "DRC").orElseThrow().good());
    }
}
