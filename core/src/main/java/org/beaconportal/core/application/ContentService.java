package org.beaconportal.core.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.beaconportal.core.domain.ContentFilter;
import org.beaconportal.core.domain.ContentItem;
import org.beaconportal.core.domain.ContentRepository;
import org.beaconportal.core.domain.ContentRevision;
import org.beaconportal.core.domain.InvalidContentException;
import org.beaconportal.core.domain.Slug;
import org.beaconportal.core.domain.TaxonomyRepository;
import org.beaconportal.core.domain.Term;
import org.beaconportal.core.domain.TextDiff;
import org.beaconportal.core.domain.WorkflowAction;
import org.beaconportal.core.spi.PortalRole;

/**
 * The editorial use cases shared by every content type: create, save with a revision, workflow
 * steps, revision history, diff and restore. Every change is audited and queued for the search
 * index in the same transaction. Changes act for an {@link Editor} (checked here: staff only, and
 * the workflow step must be allowed for their roles); reads serve the staff pages, which the
 * container already restricts to staff.
 *
 * <pre>{@code
 * Page page = content.create(editor, new Page(Slug.fromTitle(title), "en", title, editor.name(), now), "first draft");
 * content.save(editor, page.getId(), page.getVersion(), draft, "fixed a typo");
 * content.transition(editor, page.getId(), WorkflowAction.SUBMIT, null);
 * }</pre>
 */
@ApplicationScoped
public class ContentService {

    @Inject
    ContentRepository repository;

    @Inject
    AuditTrail audit;

    @Inject
    Outbox outbox;

    @Inject
    Clock clock;

    @Inject
    TaxonomyRepository taxonomy;

    /** Stores a new item under a unique slug and writes its first revision. */
    @Transactional
    public <T extends ContentItem> T create(Editor editor, T item, String note) {
        return create(editor, item, note, null);
    }

    /** Stores a new item with its terms and tags ({@code null}: none). */
    @Transactional
    public <T extends ContentItem> T create(Editor editor, T item, String note, Classification classification) {
        editor.requireStaff();
        if (classification != null) {
            classify(item, classification, editor.name());
        }
        ensureUniqueSlug(item);
        repository.save(item);
        repository.flush();
        writeRevision(editor, item, note == null ? "Created" : note);
        audit.record(editor.name(), "content.create", item.typeName(), String.valueOf(item.getId()), item.getTitle());
        outbox.enqueue(SearchIndexer.TOPIC, String.valueOf(item.getId()));
        return item;
    }

    /**
     * Saves an editor's changes and writes a revision.
     *
     * @param expectedVersion the version the editor started from
     * @throws ConcurrentEditException when someone else saved in between (nothing is saved)
     */
    @Transactional
    public ContentItem save(Editor editor, long id, long expectedVersion, ContentDraft draft, String note) {
        editor.requireStaff();
        ContentItem item = load(id);
        if (item.getVersion() != expectedVersion) {
            throw new ConcurrentEditException(item.getUpdatedBy(), item.getVersion());
        }
        String actor = editor.name();
        OffsetDateTime now = now();
        try {
            item.edit(draft.title(), draft.summary(), draft.body(), actor, now);
            item.schedule(draft.publishAt(), draft.unpublishAt(), actor, now);
            if (draft.fields() != null) {
                item.editFields(draft.fields(), actor, now);
            }
            if (draft.classification() != null) {
                classify(item, draft.classification(), actor);
            }
        } catch (InvalidContentException e) {
            throw new BusinessRuleException(e.messageKey(), e.arguments());
        } catch (IllegalArgumentException e) {
            throw new BusinessRuleException("content.invalid", e.getMessage());
        }
        if (draft.slug() != null && !draft.slug().isBlank() && !draft.slug().equals(item.getSlug())) {
            changeSlug(item, parseSlug(draft.slug()), actor, now);
        }
        try {
            repository.flush();
        } catch (OptimisticLockException e) {
            throw new ConcurrentEditException("?", expectedVersion + 1);
        }
        writeRevision(editor, item, note);
        audit.record(actor, "content.save", item.typeName(), String.valueOf(id), note);
        outbox.enqueue(SearchIndexer.TOPIC, String.valueOf(id));
        return item;
    }

    /** Takes a workflow step; who may take which step is checked here, on the server. */
    @Transactional
    public ContentItem transition(Editor editor, long id, WorkflowAction action, String comment) {
        editor.requireStaff();
        ContentItem item = load(id);
        Set<PortalRole> roles = editor.roles();
        if (!action.allows(item.getStatus(), roles)) {
            throw new BusinessRuleException(
                    "content.transition.refused",
                    action.name(),
                    item.getStatus().name());
        }
        try {
            item.apply(action, roles, editor.name(), now(), comment);
        } catch (IllegalArgumentException e) {
            throw new BusinessRuleException("content.sendBack.comment");
        }
        audit.record(
                editor.name(),
                "content." + action.name().toLowerCase(java.util.Locale.ROOT),
                item.typeName(),
                String.valueOf(id),
                comment);
        outbox.enqueue(SearchIndexer.TOPIC, String.valueOf(id));
        return item;
    }

    /** The revisions of an item, newest first. */
    @Transactional
    public List<ContentRevision> revisions(long id) {
        return repository.revisions(id);
    }

    @Transactional
    public Map<String, String> revisionFields(long id, int number) {
        return ContentSnapshots.parse(repository
                .revision(id, number)
                .orElseThrow(() -> new BusinessRuleException("content.revision.unknown"))
                .getSnapshot());
    }

    /** Line diff of the body (and title) between two revisions. */
    @Transactional
    public List<TextDiff.Line> diff(long id, int from, int to) {
        Map<String, String> older = revisionFields(id, from);
        Map<String, String> newer = revisionFields(id, to);
        return TextDiff.compare(diffText(older), diffText(newer));
    }

    /** A revision as the text staff compare: title, the type's own fields, then the body. */
    private static String diffText(Map<String, String> revision) {
        StringBuilder fields = new StringBuilder();
        revision.forEach((key, value) -> {
            if (key.startsWith("type.") && value != null && !value.isBlank()) {
                fields.append(key.substring(5)).append(": ").append(value).append('\n');
            }
        });
        if (!fields.isEmpty()) {
            fields.append('\n');
        }
        return "# " + revision.get("title") + "\n\n" + fields + revision.getOrDefault("body", "");
    }

    private void classify(ContentItem item, Classification classification, String actor) {
        List<Term> terms = taxonomy.termsByIds(classification.termIds());
        if (terms.size() != classification.termIds().size()) {
            throw new BusinessRuleException("taxonomy.notFound");
        }
        try {
            item.classify(Set.copyOf(terms), classification.tags(), actor, now());
        } catch (InvalidContentException e) {
            throw new BusinessRuleException(e.messageKey(), e.arguments());
        }
    }

    /** Puts back an earlier revision's texts as a new revision; nothing is overwritten. */
    @Transactional
    public ContentItem restore(Editor editor, long id, int number) {
        editor.requireStaff();
        ContentItem item = load(id);
        Map<String, String> fields = revisionFields(id, number);
        String oldSlug = item.getSlug();
        item.restore(fields, editor.name(), now());
        String termIds = fields.get("terms");
        if (termIds != null) {
            Set<Long> ids = termIds.isBlank()
                    ? Set.of()
                    : java.util.Arrays.stream(termIds.split(","))
                            .map(Long::valueOf)
                            .collect(java.util.stream.Collectors.toSet());
            // Terms deleted since the revision are simply gone.
            item.classify(Set.copyOf(taxonomy.termsByIds(ids)), item.getTags(), editor.name(), now());
        }
        if (!oldSlug.equals(item.getSlug())) {
            String restoredSlug = item.getSlug();
            item.changeSlug(Slug.of(oldSlug), editor.name(), now());
            changeSlug(item, Slug.of(restoredSlug), editor.name(), now());
        }
        repository.flush();
        writeRevision(editor, item, "Restored revision " + number);
        audit.record(editor.name(), "content.restore", item.typeName(), String.valueOf(id), "revision " + number);
        outbox.enqueue(SearchIndexer.TOPIC, String.valueOf(id));
        return item;
    }

    @Transactional
    public Optional<ContentItem> find(long id) {
        return repository.find(id);
    }

    @Transactional
    public List<ContentItem> list(ContentFilter filter, int first, int max) {
        return repository.search(filter, first, max);
    }

    @Transactional
    public long count(ContentFilter filter) {
        return repository.count(filter);
    }

    /** A published item the public may see now, by type, language and slug. */
    @Transactional
    public <T extends ContentItem> Optional<T> findPublic(Class<T> type, String language, String slug) {
        return repository.findBySlug(type, language, slug).filter(i -> i.isVisibleAt(now()));
    }

    /** Where an old slug now lives, if the item was renamed. */
    @Transactional
    public <T extends ContentItem> Optional<T> findRenamed(
            Class<T> type, String typeName, String language, String oldSlug) {
        return repository
                .redirectFor(type, typeName, language, oldSlug)
                .flatMap(repository::find)
                .filter(type::isInstance)
                .map(type::cast)
                .filter(i -> i.isVisibleAt(now()));
    }

    private void changeSlug(ContentItem item, Slug newSlug, String actor, OffsetDateTime now) {
        Optional<? extends ContentItem> taken =
                repository.findBySlug(item.getClass(), item.getLanguage(), newSlug.value());
        if (taken.isPresent() && !taken.get().getId().equals(item.getId())) {
            throw new BusinessRuleException("content.slug.taken", newSlug.value());
        }
        String oldSlug = item.getSlug();
        item.changeSlug(newSlug, actor, now);
        repository.rememberOldSlug(item, oldSlug);
    }

    private void ensureUniqueSlug(ContentItem item) {
        Slug base = Slug.of(item.getSlug());
        Slug candidate = base;
        for (int n = 2;
                repository
                        .findBySlug(item.getClass(), item.getLanguage(), candidate.value())
                        .isPresent();
                n++) {
            candidate = base.withSuffix(n);
        }
        if (!candidate.equals(base)) {
            item.changeSlug(candidate, item.getUpdatedBy(), item.getUpdatedAt());
        }
    }

    private static Slug parseSlug(String value) {
        try {
            return Slug.of(value.strip());
        } catch (IllegalArgumentException e) {
            throw new BusinessRuleException("content.slug.invalid");
        }
    }

    private void writeRevision(Editor editor, ContentItem item, String note) {
        int number = repository.lastRevisionNumber(item.getId()) + 1;
        repository.addRevision(new ContentRevision(
                item.getId(), number, now(), editor.name(), note, ContentSnapshots.toJson(item.snapshot())));
    }

    private ContentItem load(long id) {
        return repository.find(id).orElseThrow(() -> new BusinessRuleException("content.unknown"));
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}
