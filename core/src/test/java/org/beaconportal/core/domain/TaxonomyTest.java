package org.beaconportal.core.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TaxonomyTest {

    private static final OffsetDateTime NOW = OffsetDateTime.of(2026, 5, 1, 9, 0, 0, 0, ZoneOffset.UTC);

    private final Vocabulary regions = new Vocabulary("regions", "Regions", "Regiones", 0);
    private final Term colorado = new Term(regions, null, "colorado", "Colorado", "Colorado", 0);
    private final Term denver = new Term(regions, colorado, "denver-metro", "Denver metro", "Área de Denver", 1);
    private final Term aurora = new Term(regions, denver, "aurora", "Aurora", "Aurora", 2);

    @Test
    void termsKnowTheirPlaceInTheTree() {
        assertEquals(0, colorado.depth());
        assertEquals(2, aurora.depth());
        assertTrue(aurora.isWithin(colorado));
        assertTrue(aurora.isWithin(aurora));
        assertFalse(colorado.isWithin(aurora));
        assertEquals("regions/denver-metro", denver.path());
        assertEquals("Área de Denver", denver.label("es"));
        assertEquals("Denver metro", denver.label("en"));
    }

    @Test
    void aTermCannotSitUnderItselfOrItsDescendants() {
        InvalidContentException cycle = assertThrows(InvalidContentException.class, () -> colorado.moveUnder(aurora));
        assertEquals("taxonomy.parentCycle", cycle.messageKey());
        assertThrows(InvalidContentException.class, () -> denver.moveUnder(denver));
        assertNull(colorado.getParent());
    }

    @Test
    void aTermCannotSitUnderATermOfAnotherVocabulary() {
        Vocabulary topics = new Vocabulary("topics", "Topics", "Temas", 1);
        Term labour = new Term(topics, null, "labour", "Labour", "Laboral", 0);
        InvalidContentException refused = assertThrows(InvalidContentException.class, () -> labour.moveUnder(denver));
        assertEquals("taxonomy.parentOtherVocabulary", refused.messageKey());
    }

    @Test
    void labelsInBothLanguagesAreRequired() {
        InvalidContentException missing =
                assertThrows(InvalidContentException.class, () -> new Term(regions, null, "x", "Pueblo", "  ", 0));
        assertEquals("taxonomy.labelRequired", missing.messageKey());
        assertThrows(InvalidContentException.class, () -> new Term(regions, null, "x", "a".repeat(121), "b", 0));
        assertThrows(IllegalArgumentException.class, () -> new Term(regions, null, "Not A Key", "a", "b", 0));
    }

    @Test
    void tagsAreTrimmedLowerCasedAndDeduplicated() {
        Page page = new Page(Slug.of("guide"), "en", "Guide", "ana", NOW);
        page.classify(Set.of(denver), List.of(" Farm Work ", "farm   work", "", "H-2A"), "ana", NOW);

        assertEquals(List.of("farm work", "h-2a"), page.getTags());
        assertEquals(List.of(denver), page.getTerms());
    }

    @Test
    void tooManyOrTooLongTagsAreRefusedAndNothingChanges() {
        Page page = new Page(Slug.of("guide"), "en", "Guide", "ana", NOW);
        page.classify(Set.of(), List.of("kept"), "ana", NOW);
        List<String> many = new ArrayList<>();
        for (int i = 0; i <= ContentItem.MAX_TAGS; i++) {
            many.add("tag" + i);
        }

        InvalidContentException tooMany =
                assertThrows(InvalidContentException.class, () -> page.classify(Set.of(colorado), many, "ana", NOW));
        assertEquals("content.tooManyTags", tooMany.messageKey());
        assertThrows(
                InvalidContentException.class,
                () -> page.classify(Set.of(), List.of("x".repeat(ContentItem.MAX_TAG + 1)), "ana", NOW));
        assertEquals(List.of("kept"), page.getTags());
        assertTrue(page.getTerms().isEmpty());
    }

    @Test
    void revisionsKeepTagsAndRestoreThem() {
        Page page = new Page(Slug.of("guide"), "en", "Guide", "ana", NOW);
        page.classify(Set.of(), List.of("farm work"), "ana", NOW);
        Map<String, String> snapshot = page.snapshot();
        assertEquals("farm work", snapshot.get("tags"));

        page.classify(Set.of(), List.of("other"), "ana", NOW);
        page.restore(snapshot, "ben", NOW);

        assertEquals(List.of("farm work"), page.getTags());
    }
}
