package org.beaconportal.core.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.beaconportal.core.spi.PortalRole;
import org.junit.jupiter.api.Test;

class ContentItemTest {

    private static final OffsetDateTime NOW = OffsetDateTime.of(2026, 11, 29, 12, 0, 0, 0, ZoneOffset.UTC);
    private static final Set<PortalRole> EDITOR = EnumSet.of(PortalRole.EDITOR);
    private static final Set<PortalRole> ADMIN = EnumSet.of(PortalRole.ADMIN);

    private static Page page() {
        Page page = new Page(Slug.of("labour-trafficking"), "en", "Labour trafficking", "ed", NOW);
        page.edit("Labour trafficking", "Forced work", "## Signs\n- no pay", "ed", NOW);
        return page;
    }

    @Test
    void aNewItemIsADraftAndNotVisible() {
        Page page = page();

        assertEquals(ContentStatus.DRAFT, page.getStatus());
        assertFalse(page.isVisibleAt(NOW));
        assertEquals("/pages/labour-trafficking", page.publicPath());
    }

    @Test
    void theFullWorkflowWithASendBack() {
        Page page = page();

        page.apply(WorkflowAction.SUBMIT, EDITOR, "ed", NOW, null);
        page.apply(WorkflowAction.SEND_BACK, ADMIN, "admin", NOW, "Please add sources");
        assertEquals(ContentStatus.DRAFT, page.getStatus());
        assertEquals("Please add sources", page.getReviewComment());
        page.apply(WorkflowAction.SUBMIT, EDITOR, "ed", NOW, null);
        page.apply(WorkflowAction.PUBLISH, ADMIN, "admin", NOW, null);

        assertEquals(ContentStatus.PUBLISHED, page.getStatus());
        assertNull(page.getReviewComment());
        assertEquals(NOW, page.getPublishedAt());
        assertTrue(page.isVisibleAt(NOW));
        assertEquals("admin", page.getUpdatedBy());
    }

    @Test
    void aStepNotAllowedForTheRoleOrStatusIsRefusedAndChangesNothing() {
        Page page = page();

        assertThrows(IllegalStateException.class, () -> page.apply(WorkflowAction.PUBLISH, EDITOR, "ed", NOW, null));
        assertThrows(IllegalStateException.class, () -> page.apply(WorkflowAction.ARCHIVE, ADMIN, "admin", NOW, null));
        assertEquals(ContentStatus.DRAFT, page.getStatus());
    }

    @Test
    void sendingBackNeedsAComment() {
        Page page = page();
        page.apply(WorkflowAction.SUBMIT, EDITOR, "ed", NOW, null);

        assertThrows(
                IllegalArgumentException.class, () -> page.apply(WorkflowAction.SEND_BACK, ADMIN, "admin", NOW, "  "));
        assertEquals(ContentStatus.IN_REVIEW, page.getStatus());
    }

    @Test
    void scheduledItemsAreVisibleOnlyBetweenTheirTimes() {
        Page page = page();
        page.schedule(NOW.plusHours(1), NOW.plusDays(1), "ed", NOW);
        page.apply(WorkflowAction.PUBLISH, ADMIN, "admin", NOW, null);

        assertFalse(page.isVisibleAt(NOW));
        assertTrue(page.isVisibleAt(NOW.plusHours(1)));
        assertTrue(page.isVisibleAt(NOW.plusHours(23)));
        assertFalse(page.isVisibleAt(NOW.plusDays(1)));
        assertEquals(NOW.plusHours(1), page.getPublishedAt(), "published at its publish time");
    }

    @Test
    void anUnpublishTimeBeforeThePublishTimeIsRefused() {
        Page page = page();

        assertThrows(IllegalArgumentException.class, () -> page.schedule(NOW.plusDays(1), NOW, "ed", NOW));
        assertThrows(IllegalArgumentException.class, () -> page.schedule(NOW, NOW, "ed", NOW));
    }

    @Test
    void expiringArchivesOnlyPublishedItems() {
        Page draft = page();
        Page published = page();
        published.apply(WorkflowAction.PUBLISH, ADMIN, "admin", NOW, null);

        draft.expire(NOW);
        published.expire(NOW);

        assertEquals(ContentStatus.DRAFT, draft.getStatus());
        assertEquals(ContentStatus.ARCHIVED, published.getStatus());
    }

    @Test
    void aSnapshotRestoresEveryTextButNotTheStatus() {
        Page page = page();
        page.schedule(NOW.plusHours(2), null, "ed", NOW);
        Map<String, String> first = page.snapshot();
        page.edit("Changed", null, "Other body", "ed", NOW);
        page.changeSlug(Slug.of("changed"), "ed", NOW);
        page.schedule(null, null, "ed", NOW);
        page.apply(WorkflowAction.SUBMIT, EDITOR, "ed", NOW, null);

        page.restore(first, "ed2", NOW.plusMinutes(5));

        assertEquals("Labour trafficking", page.getTitle());
        assertEquals("labour-trafficking", page.getSlug());
        assertEquals("Forced work", page.getSummary());
        assertEquals("## Signs\n- no pay", page.getBody());
        assertEquals(NOW.plusHours(2), page.getPublishAt());
        assertEquals(ContentStatus.IN_REVIEW, page.getStatus());
        assertEquals("ed2", page.getUpdatedBy());
    }

    @Test
    void titlesLanguagesAndTranslationsAreGuarded() {
        assertThrows(IllegalArgumentException.class, () -> new Page(Slug.of("x"), "fr", "Titre", "ed", NOW));
        assertThrows(IllegalArgumentException.class, () -> new Page(Slug.of("x"), "en", " ", "ed", NOW));
        Page english = page();
        Page spanish = new Page(Slug.of("trata-laboral"), "es", "Trata laboral", "ed", NOW);
        Page otherEnglish = new Page(Slug.of("other"), "en", "Other", "ed", NOW);

        spanish.linkTranslation(english);

        assertEquals(english.getTranslationKey(), spanish.getTranslationKey());
        assertThrows(IllegalArgumentException.class, () -> otherEnglish.linkTranslation(english));
    }

    @Test
    void itemsAreEqualByTypeLanguageAndSlug() {
        Page a = page();
        Page b = page();
        Page spanish = new Page(Slug.of("labour-trafficking"), "es", "Trata laboral", "ed", NOW);

        assertEquals(a, b);
        assertEquals(a.hashCode(), b.hashCode());
        assertFalse(a.equals(spanish));
    }
}
