package org.beaconportal.resources.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.beaconportal.core.domain.InvalidContentException;
import org.beaconportal.core.domain.Slug;
import org.junit.jupiter.api.Test;

class LawTest {

    private static final OffsetDateTime NOW = OffsetDateTime.of(2026, 3, 1, 10, 0, 0, 0, ZoneOffset.UTC);

    private static Law law() {
        Law law = new Law(Slug.of("crs-18-3-503"), "en", "Involuntary servitude", "ana", NOW);
        law.describe(
                Jurisdiction.COLORADO,
                LawKind.STATUTE,
                "C.R.S. 18-3-503",
                2014,
                "2014 regular session",
                "In force",
                "https://leg.colorado.gov/colorado-revised-statutes",
                List.of("C.R.S. 18-3-502", "HB14-1273"));
        return law;
    }

    @Test
    void editorFieldsRoundTripThroughARevision() {
        Law law = law();
        Map<String, String> snapshot = law.snapshot();
        assertEquals("colorado", snapshot.get("type.jurisdiction"));
        assertEquals("C.R.S. 18-3-502, HB14-1273", snapshot.get("type.related"));

        Map<String, String> changed = new HashMap<>(law.getFields());
        changed.put("year", "2015");
        changed.put("kind", "bill");
        law.editFields(changed, "ben", NOW);
        assertEquals(2015, law.getYearEnacted());
        assertEquals(LawKind.BILL, law.getKind());

        law.restore(snapshot, "ben", NOW);
        assertEquals(2014, law.getYearEnacted());
        assertEquals(LawKind.STATUTE, law.getKind());
        assertEquals(List.of("C.R.S. 18-3-502", "HB14-1273"), law.getRelated());
    }

    @Test
    void badValuesAreRefusedWithTheirKeyAndNothingChanges() {
        Law law = law();
        Map<String, String> fields = new HashMap<>(law.getFields());
        fields.put("year", "20x4");
        InvalidContentException year =
                assertThrows(InvalidContentException.class, () -> law.editFields(fields, "ben", NOW));
        assertEquals("resources.law.yearInvalid", year.messageKey());

        fields.put("year", "2014");
        fields.put("jurisdiction", "mars");
        assertEquals(
                "resources.law.jurisdictionInvalid",
                assertThrows(InvalidContentException.class, () -> law.editFields(fields, "ben", NOW))
                        .messageKey());

        fields.put("jurisdiction", "federal");
        fields.put("officialUrl", "javascript:alert(1)");
        assertEquals(
                "resources.law.urlInvalid",
                assertThrows(InvalidContentException.class, () -> law.editFields(fields, "ben", NOW))
                        .messageKey());

        fields.put("officialUrl", "");
        fields.put("citation", " ");
        assertEquals(
                "resources.law.citationRequired",
                assertThrows(InvalidContentException.class, () -> law.editFields(fields, "ben", NOW))
                        .messageKey());

        assertEquals(Jurisdiction.COLORADO, law.getJurisdiction());
        assertEquals("C.R.S. 18-3-503", law.getCitation());
    }

    @Test
    void codesParseInAnyCase() {
        assertEquals(Jurisdiction.OTHER_STATE, Jurisdiction.fromCode("other-state"));
        assertEquals(Jurisdiction.OTHER_STATE, Jurisdiction.fromCode("OTHER_STATE"));
        assertEquals(LawKind.REGULATION, LawKind.fromCode(" Regulation "));
        assertEquals(null, LawKind.fromCode("treaty"));
    }
}
