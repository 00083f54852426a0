package org.beaconportal.core.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorColumn;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Inheritance;
import jakarta.persistence.InheritanceType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.beaconportal.core.spi.PortalRole;

/**
 * Everything the portal publishes: a titled, slugged, Markdown-bodied item in one language that
 * goes through the editorial workflow. Modules' content types extend it (JPA {@code JOINED}
 * inheritance), so workflow, revisions, search and feeds work the same for all of them.
 *
 * <pre>{@code
 * Page page = new Page(Slug.fromTitle("About us"), "en", "About us", "editor", now);
 * page.edit("About the coalition", "Who we are", "## Members ...", "editor", now);
 * page.apply(WorkflowAction.SUBMIT, Set.of(PortalRole.EDITOR), "editor", now, null);
 * }</pre>
 */
@Entity
@Table(name = "core_content_item")
@Inheritance(strategy = InheritanceType.JOINED)
@DiscriminatorColumn(name = "content_type", length = 40)
@NamedQuery(
        name = "ContentItem.bySlug",
        query = "select c from ContentItem c where TYPE(c) = :type and c.language = :language and c.slug = :slug")
@NamedQuery(name = "ContentItem.all", query = "select c from ContentItem c order by c.id")
@NamedQuery(
        name = "ContentItem.scheduleDue",
        query = "select c from ContentItem c where c.status = org.beaconportal.core.domain.ContentStatus.PUBLISHED"
                + " and ((c.publishAt > :since and c.publishAt <= :now) or (c.unpublishAt <= :now))")
public abstract class ContentItem implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Longest free tag. */
    public static final int MAX_TAG = 60;

    /** Most free tags on one item. */
    public static final int MAX_TAGS = 20;

    /** Languages content may be written in. */
    public static final Set<String> LANGUAGES = Set.of("en", "es");

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "beaconSeq")
    @SequenceGenerator(name = "beaconSeq", sequenceName = "beacon_id_seq", allocationSize = 50)
    private Long id;

    @Column(name = "module_id", nullable = false, length = 40)
    private String moduleId;

    @Column(nullable = false, length = 120)
    private String slug;

    @Column(nullable = false, length = 2)
    private String language;

    @Column(name = "translation_key", nullable = false, length = 36)
    private String translationKey;

    @Column(nullable = false, length = 300)
    private String title;

    @Column(length = 1000)
    private String summary;

    @Column(name = "body")
    private String body;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ContentStatus status = ContentStatus.DRAFT;

    @Column(name = "publish_at")
    private OffsetDateTime publishAt;

    @Column(name = "unpublish_at")
    private OffsetDateTime unpublishAt;

    @Column(name = "published_at")
    private OffsetDateTime publishedAt;

    @Column(name = "review_comment", length = 2000)
    private String reviewComment;

    @Column(nullable = false, length = 80)
    private String author;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;

    @Column(name = "updated_by", nullable = false, length = 80)
    private String updatedBy;

    @Version
    private long version;

    @ManyToMany
    @JoinTable(
            name = "core_content_term",
            joinColumns = @JoinColumn(name = "content_id"),
            inverseJoinColumns = @JoinColumn(name = "term_id"))
    private Set<Term> terms = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "core_content_tag", joinColumns = @JoinColumn(name = "content_id"))
    @Column(name = "tag", length = MAX_TAG)
    private Set<String> tags = new TreeSet<>();

    protected ContentItem() {}

    protected ContentItem(
            String moduleId, Slug slug, String language, String title, String author, OffsetDateTime now) {
        this.moduleId = Objects.requireNonNull(moduleId, "moduleId");
        this.slug = Objects.requireNonNull(slug, "slug").value();
        this.language = checkLanguage(language);
        this.translationKey = UUID.randomUUID().toString();
        this.author = requireText(author, "author");
        this.createdAt = Objects.requireNonNull(now, "now");
        this.updatedAt = now;
        this.updatedBy = author;
        retitle(title);
    }

    /** The content type's name, stable and URL-safe ({@code page}, {@code topic}, {@code law}). */
    public abstract String typeName();

    /** The item's public path without language prefix, e.g. {@code /pages/about}. */
    public abstract String publicPath();

    /** Fields of the subtype, for revisions; restored by {@link #restoreTypeFields(Map)}. */
    protected Map<String, String> typeFields() {
        return Map.of();
    }

    /**
     * Puts back the subtype's fields from a revision snapshot or an editor's form; a missing key
     * means an empty value. Throws {@link InvalidContentException} for a value the type refuses.
     */
    protected void restoreTypeFields(Map<String, String> fields) {}

    /**
     * Further text of the item that search should find besides title, summary and body (for
     * instance text extracted from attached files). Not part of revisions; empty by default.
     */
    public String searchText() {
        return "";
    }

    /** The subtype's own fields as text, for the editor (see {@link #typeFields()}). */
    public Map<String, String> getFields() {
        return new LinkedHashMap<>(typeFields());
    }

    /**
     * Replaces the item's terms and free tags. Tags are trimmed, lower-cased and de-duplicated.
     *
     * @throws InvalidContentException for more than {@value #MAX_TAGS} tags or a tag longer than
     *     {@value #MAX_TAG} characters
     */
    public void classify(Set<Term> newTerms, Collection<String> newTags, String editor, OffsetDateTime now) {
        Set<String> normalized = normalizeTags(newTags);
        this.terms.clear();
        this.terms.addAll(newTerms);
        this.tags = normalized;
        touch(editor, now);
    }

    static Set<String> normalizeTags(Collection<String> raw) {
        Set<String> normalized = new TreeSet<>();
        for (String tag : raw) {
            String value =
                    tag == null ? "" : tag.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
            if (value.isEmpty()) {
                continue;
            }
            if (value.length() > MAX_TAG) {
                throw new InvalidContentException("content.tagTooLong", MAX_TAG);
            }
            normalized.add(value);
        }
        if (normalized.size() > MAX_TAGS) {
            throw new InvalidContentException("content.tooManyTags", MAX_TAGS);
        }
        return normalized;
    }

    /** The item's terms, ordered by vocabulary and label. */
    public List<Term> getTerms() {
        return terms.stream()
                .sorted(Comparator.comparing((Term t) -> t.getVocabulary().getPosition())
                        .thenComparing(t -> t.getVocabulary().getKey())
                        .thenComparing(Term::getLabelEn))
                .toList();
    }

    /** Ids of the item's terms, sorted. */
    public List<Long> termIds() {
        return terms.stream().map(Term::getId).sorted().toList();
    }

    /** The item's free tags, sorted. */
    public List<String> getTags() {
        return List.copyOf(tags);
    }

    /** Changes the subtype's own fields; the caller writes the revision. */
    public void editFields(Map<String, String> fields, String editor, OffsetDateTime now) {
        restoreTypeFields(Map.copyOf(fields));
        touch(editor, now);
    }

    /** Changes the texts; the caller writes the revision. */
    public void edit(String newTitle, String newSummary, String newBody, String editor, OffsetDateTime now) {
        retitle(newTitle);
        this.summary = blankToNull(newSummary);
        if (this.summary != null && this.summary.length() > 1000) {
            throw new IllegalArgumentException("Summary is longer than 1000 characters");
        }
        this.body = newBody == null ? "" : newBody;
        touch(editor, now);
    }

    public void changeSlug(Slug newSlug, String editor, OffsetDateTime now) {
        this.slug = Objects.requireNonNull(newSlug, "newSlug").value();
        touch(editor, now);
    }

    /** Sets when the item goes public and when it is withdrawn; either may be null. */
    public void schedule(OffsetDateTime from, OffsetDateTime until, String editor, OffsetDateTime now) {
        if (from != null && until != null && !until.isAfter(from)) {
            throw new IllegalArgumentException("The unpublish time must come after the publish time");
        }
        this.publishAt = from;
        this.unpublishAt = until;
        touch(editor, now);
    }

    /** Makes this item a translation of {@code other} (same translation key). */
    public void linkTranslation(ContentItem other) {
        if (other.language.equals(language)) {
            throw new IllegalArgumentException("A translation must be in another language");
        }
        this.translationKey = other.translationKey;
    }

    /**
     * Takes a workflow step.
     *
     * @throws IllegalStateException when the step is not allowed from the current status for
     *     these roles
     */
    public void apply(
            WorkflowAction action, Set<PortalRole> callerRoles, String actor, OffsetDateTime now, String comment) {
        if (!action.allows(status, callerRoles)) {
            throw new IllegalStateException(action + " is not allowed from " + status + " for " + callerRoles);
        }
        if (action == WorkflowAction.SEND_BACK && (comment == null || comment.isBlank())) {
            throw new IllegalArgumentException("Sending back needs a comment for the author");
        }
        status = action.target();
        reviewComment = action == WorkflowAction.SEND_BACK ? comment.strip() : null;
        if (action == WorkflowAction.PUBLISH && publishedAt == null) {
            publishedAt = publishAt != null && publishAt.isAfter(now) ? publishAt : now;
        }
        touch(actor, now);
    }

    /** Withdraws the item because its unpublish time passed (done by the portal's scheduler). */
    public void expire(OffsetDateTime now) {
        if (status == ContentStatus.PUBLISHED) {
            status = ContentStatus.ARCHIVED;
            touch("system", now);
        }
    }

    /** True when the public may see the item at {@code now}. */
    public boolean isVisibleAt(OffsetDateTime now) {
        return status == ContentStatus.PUBLISHED
                && (publishAt == null || !publishAt.isAfter(now))
                && (unpublishAt == null || unpublishAt.isAfter(now));
    }

    /** Every field a revision keeps, as text. */
    public Map<String, String> snapshot() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("title", title);
        fields.put("slug", slug);
        fields.put("summary", summary == null ? "" : summary);
        fields.put("body", body == null ? "" : body);
        fields.put("publishAt", publishAt == null ? "" : publishAt.toString());
        fields.put("unpublishAt", unpublishAt == null ? "" : unpublishAt.toString());
        typeFields().forEach((k, v) -> fields.put("type." + k, v));
        fields.put(
                "terms",
                String.join(",", termIds().stream().map(String::valueOf).toList()));
        fields.put("tags", String.join(",", getTags()));
        return fields;
    }

    /** Puts back the texts of a revision; the workflow status is not part of a revision. */
    public void restore(Map<String, String> snapshot, String editor, OffsetDateTime now) {
        retitle(snapshot.get("title"));
        this.slug = Slug.of(snapshot.get("slug")).value();
        this.summary = blankToNull(snapshot.get("summary"));
        this.body = snapshot.getOrDefault("body", "");
        this.publishAt = parseTime(snapshot.get("publishAt"));
        this.unpublishAt = parseTime(snapshot.get("unpublishAt"));
        Map<String, String> typeFields = new LinkedHashMap<>();
        snapshot.forEach((k, v) -> {
            if (k.startsWith("type.")) {
                typeFields.put(k.substring(5), v);
            }
        });
        restoreTypeFields(typeFields);
        if (snapshot.containsKey("tags")) {
            this.tags = normalizeTags(
                    snapshot.get("tags").isBlank()
                            ? List.of()
                            : List.of(snapshot.get("tags").split(",")));
        }
        touch(editor, now);
    }

    private static OffsetDateTime parseTime(String value) {
        return value == null || value.isBlank() ? null : OffsetDateTime.parse(value);
    }

    private void retitle(String newTitle) {
        String value = requireText(newTitle, "title");
        if (value.length() > 300) {
            throw new IllegalArgumentException("Title is longer than 300 characters");
        }
        this.title = value;
    }

    private void touch(String editor, OffsetDateTime now) {
        this.updatedBy = requireText(editor, "editor");
        this.updatedAt = Objects.requireNonNull(now, "now");
    }

    private static String checkLanguage(String language) {
        if (!LANGUAGES.contains(language)) {
            throw new IllegalArgumentException("Unsupported language: " + language);
        }
        return language;
    }

    private static String requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " is required");
        }
        return value.strip();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public Long getId() {
        return id;
    }

    public String getModuleId() {
        return moduleId;
    }

    public String getSlug() {
        return slug;
    }

    public String getLanguage() {
        return language;
    }

    public String getTranslationKey() {
        return translationKey;
    }

    public String getTitle() {
        return title;
    }

    public String getSummary() {
        return summary;
    }

    public String getBody() {
        return body;
    }

    public ContentStatus getStatus() {
        return status;
    }

    public OffsetDateTime getPublishAt() {
        return publishAt;
    }

    public OffsetDateTime getUnpublishAt() {
        return unpublishAt;
    }

    public OffsetDateTime getPublishedAt() {
        return publishedAt;
    }

    public String getReviewComment() {
        return reviewComment;
    }

    public String getAuthor() {
        return author;
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }

    public OffsetDateTime getUpdatedAt() {
        return updatedAt;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    public long getVersion() {
        return version;
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof ContentItem that) || !typeName().equals(that.typeName())) {
            return false;
        }
        return language.equals(that.language) && slug.equals(that.slug);
    }

    @Override
    public int hashCode() {
        return Objects.hash(typeName(), language, slug);
    }
}
