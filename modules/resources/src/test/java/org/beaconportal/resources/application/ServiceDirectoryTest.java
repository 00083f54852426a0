package org.beaconportal.resources.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.beaconportal.core.domain.Slug;
import org.beaconportal.resources.domain.Organization;
import org.junit.jupiter.api.Test;

class ServiceDirectoryTest {

    private static final OffsetDateTime NOW = OffsetDateTime.of(2026, 3, 1, 10, 0, 0, 0, ZoneOffset.UTC);

    private static Organization org(String name, String summary) {
        Organization org = new Organization(Slug.fromTitle(name), "en", name, "ana", NOW);
        org.edit(name, summary, "", "ana", NOW);
        org.describe(Map.of("services", "legal", "languages", "es", "counties", "Adams", "phone", "555-0100"));
        return org;
    }

    @Test
    void everyWordMustOccurAndTheNameCountsMost() {
        Organization inName = org("Immigration Law Center", "Legal help for families.");
        Organization inSummary = org("Family Center", "Immigration and legal help.");
        List<String> words = ServiceDirectory.words("immigration");

        assertTrue(ServiceDirectory.score(inName, words) > ServiceDirectory.score(inSummary, words));
        assertEquals(0, ServiceDirectory.score(inSummary, ServiceDirectory.words("immigration housing")));
    }

    @Test
    void wordsIgnoreCaseAccentsAndPunctuation() {
        assertEquals(List.of("inmigracion", "legal"), ServiceDirectory.words("  Inmigración, LEGAL! "));
        assertEquals(List.of(), ServiceDirectory.words(" - "));
    }
}
