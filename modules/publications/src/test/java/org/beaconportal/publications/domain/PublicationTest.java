package org.beaconportal.publications.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
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

class PublicationTest {

    private static final OffsetDateTime NOW = OffsetDateTime.of(2026, 3, 1, 10, 0, 0, 0, ZoneOffset.UTC);

    private static Publication report() {
        return new Publication(Slug.of("hidden-hands"), "en", "Hidden hands", "ana", NOW);
    }

    private static Map<String, String> valid() {
        Map<String, String> fields = new HashMap<>();
        fields.put("subtitle", "Labour trafficking on farms");
        fields.put("kind", "research-report");
        fields.put("publisher", "Coalition");
        fields.put("date", "2024-09-30");
        fields.put("isbn", "978-0-306-40615-7");
        fields.put("doi", "https://doi.org/10.1234/ABC.5");
        fields.put("reportNumber", "RR-2024/02");
        fields.put("licence", "CC BY 4.0");
        fields.put("authors", "  Moreno,  Ana Lucía \n\n Colorado Coalition ");
        fields.put("related", "annual-report-2024, toolkit annual-report-2024");
        return fields;
    }

    @Test
    void fieldsAreNormalizedAndKeptForRevisions() {
        Publication p = report();
        p.editFields(valid(), "ben", NOW);

        assertEquals(PublicationKind.RESEARCH_REPORT, p.getKind());
        assertEquals(LocalDate.of(2024, 9, 30), p.getIssued());
        assertEquals(2024, p.getYear());
        assertEquals("9780306406157", p.getIsbn());
        assertEquals("10.1234/ABC.5", p.getDoi());
        assertEquals(List.of("Moreno, Ana Lucía", "Colorado Coalition"), p.getAuthorList());
        assertEquals(List.of("annual-report-2024", "toolkit"), p.getRelatedSlugs());
        assertEquals("/publications/hidden-hands", p.publicPath());

        Map<String, String> snapshot = p.snapshot();
        assertEquals("research-report", snapshot.get("type.kind"));
        assertEquals("Moreno, Ana Lucía\nColorado Coalition", snapshot.get("type.authors"));
        Publication restored = report();
        restored.restore(snapshot, "ana", NOW);
        assertEquals(p.getFields(), restored.getFields());
    }

    @Test
    void aBadValueIsRefusedWithItsKeyAndNothingChanges() {
        Publication p = report();
        p.editFields(valid(), "ben", NOW);
        Map<String, String> bad = valid();
        bad.put("subtitle", "Changed");
        bad.put("isbn", "978-0-306-40615-8");

        InvalidContentException e = assertThrows(InvalidContentException.class, () -> p.editFields(bad, "ben", NOW));

        assertEquals("publications.invalid.isbn", e.messageKey());
        assertEquals("Labour trafficking on farms", p.getSubtitle(), "nothing half-saved");
    }

    @Test
    void eachFieldIsChecked() {
        assertRefused("kind", "novel", "publications.invalid.kind");
        assertRefused("date", "2024-13-01", "publications.invalid.date");
        assertRefused("date", "yesterday", "publications.invalid.date");
        assertRefused("doi", "doi:11.1/x", "publications.invalid.doi");
        assertRefused("reportNumber", "<script>", "publications.invalid.reportNumber");
        assertRefused("related", "Not A Slug!", "publications.invalid.related");
        assertRefused("subtitle", "x".repeat(301), "publications.invalid.subtitle");
        assertRefused("authors", "a\n".repeat(41), "publications.invalid.authors");
    }

    private static void assertRefused(String field, String value, String key) {
        Map<String, String> fields = valid();
        fields.put(field, value);
        InvalidContentException e =
                assertThrows(InvalidContentException.class, () -> report().editFields(fields, "ben", NOW));
        assertEquals(key, e.messageKey(), field);
    }

    @Test
    void emptyFieldsMeanNoValueAndAYearAloneIsADate() {
        Publication p = report();
        p.editFields(Map.of("date", "2023"), "ben", NOW);

        assertEquals(LocalDate.of(2023, 1, 1), p.getIssued());
        assertEquals(PublicationKind.RESEARCH_REPORT, p.getKind(), "default kind");
        assertNull(p.getIsbn());
        assertTrue(p.getAuthorList().isEmpty());
    }

    @Test
    void isbnCheckDigits() {
        assertTrue(Publication.isValidIsbn("9780306406157"));
        assertTrue(Publication.isValidIsbn("080442957X"));
        assertFalse(Publication.isValidIsbn("0804429570"));
        assertFalse(Publication.isValidIsbn("12345"));
    }

    @Test
    void searchTextHasAuthorsAndPublisher() {
        Publication p = report();
        p.editFields(valid(), "ben", NOW);

        String text = p.searchText();

        assertTrue(text.contains("Moreno, Ana Lucía"));
        assertTrue(text.contains("Coalition"));
        assertFalse(p.hasFullText());
    }
}
