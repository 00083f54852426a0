package org.beaconportal.newsletter.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import org.beaconportal.core.domain.InvalidContentException;
import org.beaconportal.core.domain.Slug;
import org.junit.jupiter.api.Test;

class EventTest {

    private static final OffsetDateTime NOW = OffsetDateTime.of(2026, 3, 1, 10, 0, 0, 0, ZoneOffset.UTC);

    private static Map<String, String> fields() {
        Map<String, String> fields = new HashMap<>();
        fields.put("kind", "training");
        fields.put("start", "2026-05-14T09:30");
        fields.put("end", "2026-05-14T12:00");
        fields.put("timeZone", "America/Denver");
        fields.put("location", "Denver Central Library");
        fields.put("registrationUrl", "https://example.org/register");
        fields.put("accessibilityContact", "access@example.org");
        return fields;
    }

    private static Event event() {
        return new Event(Slug.of("training"), "en", "Training", "ana", NOW);
    }

    @Test
    void fieldsRoundTripInTheEventsOwnTimeZone() {
        Event event = event();
        event.editFields(fields(), "ana", NOW);

        assertEquals(EventKind.TRAINING, event.getKind());
        assertEquals(
                OffsetDateTime.of(2026, 5, 14, 15, 30, 0, 0, ZoneOffset.UTC),
                event.getStartsAt().withOffsetSameInstant(ZoneOffset.UTC));
        assertEquals("2026-05-14T09:30", event.getFields().get("start"));
        assertEquals("/newsletter/events/training", event.publicPath());
        Map<String, String> snapshot = event.snapshot();
        assertEquals("training", snapshot.get("type.kind"));
    }

    @Test
    void badValuesAreRefusedWithTheModulesKeysAndNothingChanges() {
        Event event = event();
        event.editFields(fields(), "ana", NOW);
        Map<String, Map.Entry<String, String>> cases = Map.of(
                "newsletter.event.kindInvalid", Map.entry("kind", "party"),
                "newsletter.event.startInvalid", Map.entry("start", "14/05/2026"),
                "newsletter.event.endBeforeStart", Map.entry("end", "2026-05-14T08:00"),
                "newsletter.event.zoneInvalid", Map.entry("timeZone", "Mars/Olympus"),
                "newsletter.event.registrationUrlInvalid", Map.entry("registrationUrl", "javascript:alert(1)"),
                "newsletter.event.startRequired", Map.entry("start", ""));
        cases.forEach((key, change) -> {
            Map<String, String> bad = fields();
            bad.put(change.getKey(), change.getValue());
            InvalidContentException refused =
                    assertThrows(InvalidContentException.class, () -> event.editFields(bad, "ana", NOW), key);
            assertEquals(key, refused.messageKey());
        });
        Map<String, String> nowhere = fields();
        nowhere.remove("location");
        assertEquals(
                "newsletter.event.placeRequired",
                assertThrows(InvalidContentException.class, () -> event.editFields(nowhere, "ana", NOW))
                        .messageKey());
        assertEquals("2026-05-14T09:30", event.getFields().get("start"));
        assertEquals(EventKind.TRAINING, event.getKind());
    }
}
