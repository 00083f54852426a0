package org.beaconportal.it.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import org.beaconportal.core.application.AccessDeniedException;
import org.beaconportal.core.application.AutosaveService;
import org.beaconportal.core.application.BusinessRuleException;
import org.beaconportal.core.application.ConcurrentEditException;
import org.beaconportal.core.application.ContentDraft;
import org.beaconportal.core.application.ContentService;
import org.beaconportal.core.application.Editor;
import org.beaconportal.core.application.OutboxWorker;
import org.beaconportal.core.application.ScheduledPublishing;
import org.beaconportal.core.application.SearchIndex;
import org.beaconportal.core.application.SearchIndexer;
import org.beaconportal.core.application.SearchResults;
import org.beaconportal.core.application.SearchService;
import org.beaconportal.core.domain.ContentItem;
import org.beaconportal.core.domain.ContentRevision;
import org.beaconportal.core.domain.ContentStatus;
import org.beaconportal.core.domain.Page;
import org.beaconportal.core.domain.Slug;
import org.beaconportal.core.domain.TextDiff;
import org.beaconportal.core.domain.WorkflowAction;
import org.beaconportal.core.spi.PortalRole;
import org.beaconportal.it.content.fixtures.TestClock;
import org.beaconportal.it.support.PortalDeployment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The content model on a real database: revisions and restore, optimistic locking, the workflow
 * rules, slug redirects, scheduled publishing, and the search index kept in step after commit.
 * Time moves through {@link TestClock}; background work is run synchronously.
 */
@ExtendWith(ArquillianExtension.class)
class ContentIT {

    private static final Editor EDITOR = new Editor("it-editor", EnumSet.of(PortalRole.EDITOR));
    private static final Editor OTHER_EDITOR = new Editor("it-other", EnumSet.of(PortalRole.EDITOR));
    private static final Editor ADMIN = new Editor("it-admin", EnumSet.of(PortalRole.ADMIN));

    @Deployment
    static WebArchive deployment() {
        return PortalDeployment.portal().addPackage(TestClock.class.getPackage());
    }

    @Inject
    ContentService content;

    @Inject
    OutboxWorker outbox;

    @Inject
    SearchService search;

    @Inject
    SearchIndex index;

    @Inject
    SearchIndexer indexer;

    @Inject
    ScheduledPublishing scheduledPublishing;

    @Inject
    TestClock clock;

    @Inject
    AutosaveService autosaves;

    @Inject
    Clock portalClock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void everySaveWritesARevisionAndRestoringAddsOneWithoutLosingAny() {
        Page page = newPage("Revision test " + unique(), "First text.");
        ContentItem saved =
                content.save(EDITOR, page.getId(), page.getVersion(), draft(page, "Second text."), "second");
        content.save(EDITOR, saved.getId(), saved.getVersion(), draft(saved, "Third text."), "third");

        ContentItem restored = content.restore(EDITOR, page.getId(), 1);

        assertEquals("First text.", restored.getBody());
        List<ContentRevision> revisions = content.revisions(page.getId());
        assertEquals(4, revisions.size());
        assertEquals("Restored revision 1", revisions.get(0).getNote());
        assertEquals("Third text.", content.revisionFields(page.getId(), 3).get("body"));
        assertEquals("it-editor", revisions.get(0).getAuthor());
    }

    @Test
    void diffShowsWhatChangedBetweenRevisions() {
        Page page = newPage("Diff test " + unique(), "line one\nline two\nline three");
        content.save(EDITOR, page.getId(), page.getVersion(), draft(page, "line one\nline 2\nline three"), null);

        List<TextDiff.Line> diff = content.diff(page.getId(), 1, 2);

        assertTrue(diff.stream()
                .anyMatch(l -> l.kind() == TextDiff.Kind.REMOVED && l.text().equals("line two")));
        assertTrue(diff.stream()
                .anyMatch(l -> l.kind() == TextDiff.Kind.ADDED && l.text().equals("line 2")));
        assertTrue(diff.stream()
                .anyMatch(l -> l.kind() == TextDiff.Kind.SAME && l.text().equals("line three")));
    }

    @Test
    void aSecondConflictingSaveIsRefusedAndTheFirstOneStays() {
        Page page = newPage("Conflict test " + unique(), "Original.");
        long openedVersion = page.getVersion();
        content.save(OTHER_EDITOR, page.getId(), openedVersion, draft(page, "Saved first by the other editor."), null);

        ConcurrentEditException refused = assertThrows(
                ConcurrentEditException.class,
                () -> content.save(EDITOR, page.getId(), openedVersion, draft(page, "Saved second."), null));

        assertEquals("it-other", refused.otherEditor());
        ContentItem stored = content.find(page.getId()).orElseThrow();
        assertEquals("Saved first by the other editor.", stored.getBody());
        assertEquals(2, content.revisions(page.getId()).size(), "no revision for the refused save");
    }

    @Test
    void workflowStepsAreCheckedOnTheServer() {
        Page page = newPage("Workflow test " + unique(), "Body.");

        BusinessRuleException editorPublishes = assertThrows(
                BusinessRuleException.class,
                () -> content.transition(EDITOR, page.getId(), WorkflowAction.PUBLISH, null));
        content.transition(EDITOR, page.getId(), WorkflowAction.SUBMIT, null);
        BusinessRuleException noComment = assertThrows(
                BusinessRuleException.class,
                () -> content.transition(ADMIN, page.getId(), WorkflowAction.SEND_BACK, " "));
        ContentItem published = content.transition(ADMIN, page.getId(), WorkflowAction.PUBLISH, null);

        assertEquals("content.transition.refused", editorPublishes.messageKey());
        assertEquals("content.sendBack.comment", noComment.messageKey());
        assertEquals(ContentStatus.PUBLISHED, published.getStatus());
        assertThrows(
                AccessDeniedException.class,
                () -> content.transition(
                        new Editor("reader", EnumSet.of(PortalRole.COMPANY)),
                        page.getId(),
                        WorkflowAction.ARCHIVE,
                        null));
    }

    @Test
    void aChangedSlugKeepsTheOldAddressWorking() {
        Page page = publishedPage("Slug test " + unique(), "Body.");
        String oldSlug = page.getSlug();
        ContentItem current = content.find(page.getId()).orElseThrow();

        content.save(
                EDITOR,
                page.getId(),
                current.getVersion(),
                new ContentDraft(current.getTitle(), oldSlug + "-renamed", null, "Body.", null, null),
                null);

        assertTrue(content.findPublic(Page.class, "en", oldSlug).isEmpty());
        assertEquals(
                page.getId(),
                content.findPublic(Page.class, "en", oldSlug + "-renamed")
                        .orElseThrow()
                        .getId());
        assertEquals(
                page.getId(),
                content.findRenamed(Page.class, Page.TYPE, "en", oldSlug)
                        .orElseThrow()
                        .getId());
    }

    @Test
    void publishedItemsAreFoundAfterCommitWithTheTermHighlighted() {
        String word = "zanzibarite" + unique().substring(0, 6);
        Page draft = newPage("Search draft " + word, "A draft about " + word + ".");
        Page published = publishedPage("Search published " + word, "Published text mentioning " + word + " once.");

        outbox.runOnce();

        SearchResults forPublic = search.searchPublic(word, "en", null, null, null, 0);
        assertEquals(1, forPublic.total(), "drafts stay hidden from the public");
        assertEquals(String.valueOf(published.getId()), forPublic.hits().get(0).key());
        assertTrue(
                forPublic.hits().get(0).snippet().contains("<mark>"),
                forPublic.hits().get(0).snippet());
        SearchResults forStaff = search.searchStaff(EDITOR, word, "en", 0);
        assertEquals(2, forStaff.total());
        assertTrue(forStaff.hits().stream().anyMatch(h -> h.key().equals(String.valueOf(draft.getId()))));
    }

    @Test
    void theIndexIsRebuiltFromTheDatabase() {
        String word = "quokkaline" + unique().substring(0, 6);
        publishedPage("Rebuild " + word, "Text " + word);
        outbox.runOnce();

        index.replaceAll(java.util.stream.Stream.empty());
        assertEquals(0, index.size());
        assertEquals(0, search.searchPublic(word, "en", null, null, null, 0).total());
        long documents = indexer.rebuild();

        assertTrue(documents >= 5, "demo pages and this one: " + documents);
        assertEquals(1, search.searchPublic(word, "en", null, null, null, 0).total());
    }

    @Test
    void scheduledPublishingHonoursPublishAndUnpublishTimes() {
        String word = "scheduloid" + unique().substring(0, 6);
        Page page = newPage("Scheduled " + word, "Scheduled text " + word);
        OffsetDateTime now = OffsetDateTime.now(portalClock);
        ContentItem current = content.find(page.getId()).orElseThrow();
        content.save(
                EDITOR,
                page.getId(),
                current.getVersion(),
                new ContentDraft(current.getTitle(), null, null, current.getBody(), now.plusHours(1), now.plusHours(3)),
                null);
        content.transition(ADMIN, page.getId(), WorkflowAction.PUBLISH, null);
        outbox.runOnce();
        assertTrue(content.findPublic(Page.class, "en", page.getSlug()).isEmpty(), "not before its time");
        assertEquals(0, search.searchPublic(word, "en", null, null, null, 0).total());

        clock.advance(Duration.ofMinutes(61));
        scheduledPublishing.runOnce(OffsetDateTime.now(portalClock));
        outbox.runOnce();

        assertTrue(content.findPublic(Page.class, "en", page.getSlug()).isPresent(), "public once its time came");
        assertEquals(1, search.searchPublic(word, "en", null, null, null, 0).total());

        clock.advance(Duration.ofHours(2));
        scheduledPublishing.runOnce(OffsetDateTime.now(portalClock));
        outbox.runOnce();

        assertEquals(
                ContentStatus.ARCHIVED, content.find(page.getId()).orElseThrow().getStatus());
        assertFalse(content.findPublic(Page.class, "en", page.getSlug()).isPresent());
        assertEquals(0, search.searchPublic(word, "en", null, null, null, 0).total());
    }

    @Test
    void unsavedTextIsKeptPerEditorAndItemUntilDiscarded() {
        Page page = newPage("Autosave test " + unique(), "Saved text.");
        String key = String.valueOf(page.getId());

        autosaves.keep(EDITOR, key, page.getTitle(), null, null, "Typed but not saved.");
        autosaves.keep(EDITOR, key, page.getTitle(), null, null, "Typed more, still not saved.");

        assertEquals(
                "Typed more, still not saved.",
                autosaves.find(EDITOR, key).orElseThrow().getBody());
        assertTrue(autosaves.find(OTHER_EDITOR, key).isEmpty(), "each editor keeps their own");
        assertEquals("Saved text.", content.find(page.getId()).orElseThrow().getBody(), "the item itself is untouched");
        autosaves.discard(EDITOR, key);
        assertTrue(autosaves.find(EDITOR, key).isEmpty());
        assertThrows(
                AccessDeniedException.class,
                () -> autosaves.keep(new Editor("reader", EnumSet.of(PortalRole.COMPANY)), key, "x", null, null, "y"));
    }

    private Page newPage(String title, String body) {
        OffsetDateTime now = OffsetDateTime.now(portalClock);
        Page page = new Page(Slug.fromTitle(title), "en", title, EDITOR.name(), now);
        page.edit(title, "Summary of " + title, body, EDITOR.name(), now);
        return content.create(EDITOR, page, "created by test");
    }

    private Page publishedPage(String title, String body) {
        Page page = newPage(title, body);
        content.transition(ADMIN, page.getId(), WorkflowAction.PUBLISH, null);
        return page;
    }

    private static ContentDraft draft(ContentItem item, String body) {
        return new ContentDraft(
                item.getTitle(), null, item.getSummary(), body, item.getPublishAt(), item.getUnpublishAt());
    }

    private static String unique() {
        return UUID.randomUUID().toString().replace("-", "");
    }
}
