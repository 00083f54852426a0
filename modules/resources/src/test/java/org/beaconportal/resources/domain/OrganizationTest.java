package org.beaconportal.resources.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.beaconportal.core.domain.InvalidContentException;
import org.beaconportal.core.domain.Slug;
import org.junit.jupiter.api.Test;

class OrganizationTest {

    private static final OffsetDateTime NOW = OffsetDateTime.of(2026, 3, 1, 10, 0, 0, 0, ZoneOffset.UTC);

    private static Map<String, String> fields() {
        Map<String, String> fields = new HashMap<>();
        fields.put("services", "legal; Immigration");
        fields.put("languages", "EN, es");
        fields.put("counties", "adams county, Denver");
        fields.put("phone", "(303) 555-0199");
        fields.put("lastVerified", "2026-02-01");
        return fields;
    }

    @Test
    void valuesAreNormalisedToTheDirectoryLists() {
        Organization org = new Organization(Slug.of("legal-aid"), "en", "Legal aid", "ana", NOW);
        org.describe(fields());

        assertEquals(List.of("legal", "immigration"), org.getServices());
        assertEquals(List.of("en", "es"), org.getLanguages());
        assertEquals(List.of("Adams", "Denver"), org.getCounties());
        assertEquals(LocalDate.of(2026, 2, 1), org.getLastVerified());
        assertTrue(org.serves("Adams"));
        assertFalse(org.serves("Weld"));
        assertTrue(org.offers("immigration"));
        assertTrue(org.speaks("es"));
    }

    @Test
    void statewideListingsServeEveryCounty() {
        Organization org = new Organization(Slug.of("statewide"), "en", "Statewide line", "ana", NOW);
        Map<String, String> fields = fields();
        fields.put("counties", "statewide");
        org.describe(fields);
        assertTrue(org.serves("Yuma"));
    }

    @Test
    void eachBadValueIsRefusedWithItsReasonAndNothingChanges() {
        Organization org = new Organization(Slug.of("legal-aid"), "en", "Legal aid", "ana", NOW);
        org.describe(fields());
        Map<String, String[]> cases = Map.of(
                "resources.org.serviceInvalid", new String[] {"services", "legal, haircuts"},
                "resources.org.servicesRequired", new String[] {"services", " "},
                "resources.org.countyInvalid", new String[] {"counties", "Gotham"},
                "resources.org.languageInvalid", new String[] {"languages", "Spanish!"},
                "resources.org.emailInvalid", new String[] {"email", "not-an-address"},
                "resources.org.websiteInvalid", new String[] {"website", "ftp://example.org"},
                "resources.org.dateInvalid", new String[] {"lastVerified", "01/02/2026"});
        cases.forEach((key, change) -> {
            Map<String, String> bad = fields();
            bad.put(change[0], change[1]);
            InvalidContentException e = assertThrows(InvalidContentException.class, () -> org.describe(bad));
            assertEquals(key, e.messageKey());
        });
        Map<String, String> noContact = fields();
        noContact.remove("phone");
        assertEquals(
                "resources.org.contactRequired",
                assertThrows(InvalidContentException.class, () -> org.describe(noContact))
                        .messageKey());
        assertEquals(List.of("Adams", "Denver"), org.getCounties());
        assertEquals("(303) 555-0199", org.getPhone());
    }
}
