package org.beaconportal.resources.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ListingSuggestionTest {

    private static final OffsetDateTime NOW = OffsetDateTime.of(2026, 3, 1, 10, 0, 0, 0, ZoneOffset.UTC);

    @Test
    void fieldsSurviveLineBreaksBackslashesAndEqualsSigns() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("summary", "Line one\nline two = \\ still two");
        fields.put("services", "legal, shelter");
        fields.put("email", " ");

        ListingSuggestion suggestion =
                new ListingSuggestion(ListingSuggestion.Kind.NEW, " Safe House ", fields, null, null, NOW);

        assertEquals("Safe House", suggestion.getOrganizationName());
        assertEquals(
                Map.of("summary", "Line one\nline two = \\ still two", "services", "legal, shelter"),
                suggestion.getFields());
    }

    @Test
    void aSuggestionIsDecidedOnce() {
        ListingSuggestion suggestion =
                new ListingSuggestion(ListingSuggestion.Kind.NEW, "Safe House", Map.of(), null, "hello", NOW);
        suggestion.decide(false, "ana", NOW);

        assertEquals(ListingSuggestion.Status.REJECTED, suggestion.getStatus());
        assertThrows(IllegalStateException.class, () -> suggestion.decide(true, "ben", NOW));
        assertThrows(
                IllegalArgumentException.class,
                () -> new ListingSuggestion(ListingSuggestion.Kind.NEW, " ", Map.of(), null, null, NOW));
    }
}
