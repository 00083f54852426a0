package org.beaconportal.core.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import org.beaconportal.core.spi.ContentType;
import org.junit.jupiter.api.Test;

class ContentTypeFieldsTest {

    private static final OffsetDateTime NOW = OffsetDateTime.of(2026, 3, 1, 10, 0, 0, 0, ZoneOffset.UTC);

    /** A module's type with one field of its own, checked by the entity. */
    static class Notice extends ContentItem {
        private int priority = 3;

        Notice(Slug slug, String language, String title, String author, OffsetDateTime now) {
            super("test", slug, language, title, author, now);
        }

        @Override
        public String typeName() {
            return "notice";
        }

        @Override
        public String publicPath() {
            return "/notices/" + getSlug();
        }

        @Override
        protected Map<String, String> typeFields() {
            return Map.of("priority", String.valueOf(priority));
        }

        @Override
        protected void restoreTypeFields(Map<String, String> fields) {
            String value = fields.getOrDefault("priority", "3").strip();
            if (!value.matches("[1-5]")) {
                throw new InvalidContentException("test.notice.priority", value);
            }
            priority = Integer.parseInt(value);
        }
    }

    private static final ContentType NOTICE =
            new ContentType("notice", "test.type.notice", Notice.class, Notice::new, "/test/notice-fields.xhtml");

    @Test
    void editorFieldsAreTheTypeFieldsAndGoThroughItsChecks() {
        ContentItem notice = NOTICE.factory().create(Slug.of("closure"), "en", "Office closure", "ana", NOW);
        assertEquals(Map.of("priority", "3"), notice.getFields());

        notice.editFields(Map.of("priority", "5"), "ben", NOW.plusHours(1));
        assertEquals("5", notice.getFields().get("priority"));
        assertEquals("ben", notice.getUpdatedBy());

        InvalidContentException refused = assertThrows(
                InvalidContentException.class, () -> notice.editFields(Map.of("priority", "9"), "ben", NOW));
        assertEquals("test.notice.priority", refused.messageKey());
        assertEquals("5", notice.getFields().get("priority"));
    }

    @Test
    void revisionsKeepAndRestoreTypeFields() {
        ContentItem notice = NOTICE.factory().create(Slug.of("closure"), "en", "Office closure", "ana", NOW);
        notice.editFields(Map.of("priority", "1"), "ana", NOW);
        Map<String, String> snapshot = notice.snapshot();
        assertEquals("1", snapshot.get("type.priority"));

        notice.editFields(Map.of("priority", "4"), "ana", NOW);
        notice.restore(snapshot, "ana", NOW);
        assertEquals("1", notice.getFields().get("priority"));
    }

    @Test
    void typeNamesAndFragmentsAreChecked() {
        assertThrows(
                IllegalArgumentException.class, () -> new ContentType("Notice", "k", Notice.class, Notice::new, null));
        assertThrows(
                IllegalArgumentException.class,
                () -> new ContentType("notice", "k", Notice.class, Notice::new, "fields.html"));
    }
}
