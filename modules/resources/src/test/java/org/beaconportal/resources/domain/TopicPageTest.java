package org.beaconportal.resources.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import org.beaconportal.core.domain.InvalidContentException;
import org.beaconportal.core.domain.Slug;
import org.junit.jupiter.api.Test;

class TopicPageTest {

    private static final OffsetDateTime NOW = OffsetDateTime.of(2026, 3, 1, 10, 0, 0, 0, ZoneOffset.UTC);

    @Test
    void sectionAndPositionAreCheckedAndKeptInRevisions() {
        TopicPage page = new TopicPage(Slug.of("sex-trafficking"), "en", "Sex trafficking", "ana", NOW);
        page.editFields(Map.of("section", "understanding", "position", "3"), "ana", NOW);
        assertEquals("/resources/topics/sex-trafficking", page.publicPath());
        assertEquals("3", page.snapshot().get("type.position"));

        assertEquals(
                "resources.topic.positionInvalid",
                assertThrows(
                                InvalidContentException.class,
                                () -> page.editFields(Map.of("section", "help", "position", "third"), "ana", NOW))
                        .messageKey());
        assertEquals(
                "resources.topic.sectionInvalid",
                assertThrows(
                                InvalidContentException.class,
                                () -> page.editFields(Map.of("section", "Help Me", "position", "1"), "ana", NOW))
                        .messageKey());
        assertEquals("understanding", page.getSection());
        assertEquals(3, page.getPosition());
    }

    @Test
    void hotlineNeedsANumberAndMakesDialableLinks() {
        Hotline hotline = new Hotline(Slug.of("national"), "en", "National hotline", "ana", NOW);
        assertEquals(
                "resources.hotline.numberRequired",
                assertThrows(
                                InvalidContentException.class,
                                () -> hotline.editFields(Map.of("hours", "24/7"), "ana", NOW))
                        .messageKey());
        hotline.editFields(Map.of("call", "1-888-373-7888", "text", "233733", "tty", "711"), "ana", NOW);
        assertEquals("tel:+18883737888", hotline.getCallHref());
        assertEquals("sms:233733", hotline.getTextHref());
        assertEquals("tel:711", hotline.getTtyHref());
        assertEquals("tel:+17209999724", "tel:" + Hotline.dialable("720-999-9724"));
    }
}
