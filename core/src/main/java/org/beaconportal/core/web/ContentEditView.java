package org.beaconportal.core.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.beaconportal.core.application.AssetService;
import org.beaconportal.core.application.AutosaveService;
import org.beaconportal.core.application.BusinessRuleException;
import org.beaconportal.core.application.Classification;
import org.beaconportal.core.application.ConcurrentEditException;
import org.beaconportal.core.application.ContentDraft;
import org.beaconportal.core.application.ContentService;
import org.beaconportal.core.application.ContentTypes;
import org.beaconportal.core.application.Editor;
import org.beaconportal.core.domain.Asset;
import org.beaconportal.core.domain.ContentAutosave;
import org.beaconportal.core.domain.ContentItem;
import org.beaconportal.core.domain.ContentRevision;
import org.beaconportal.core.domain.InvalidContentException;
import org.beaconportal.core.domain.Page;
import org.beaconportal.core.domain.Slug;
import org.beaconportal.core.domain.TextDiff;
import org.beaconportal.core.domain.WorkflowAction;
import org.beaconportal.core.infrastructure.MarkdownRenderer;
import org.primefaces.event.FileUploadEvent;

/**
 * The staff editor for one item ({@code /admin/content/edit?id=}; without id it starts a new page):
 * texts with live Markdown preview, address, schedule, workflow steps, revisions with diff and
 * restore. A conflicting save keeps the editor's text on screen next to the current version.
 */
@Named
@ViewScoped
public class ContentEditView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final ZoneId STAFF_ZONE = ZoneId.of("America/Denver");

    @Inject
    ContentService content;

    @Inject
    MarkdownRenderer markdown;

    @Inject
    CurrentEditor currentEditor;

    @Inject
    PageLanguage pageLanguage;

    @Inject
    Clock clock;

    @Inject
    AutosaveService autosaves;

    @Inject
    AssetService assets;

    @Inject
    ContentTypes contentTypes;

    @Inject
    FileUploads uploads;

    private List<String> selectedTerms = new ArrayList<>();
    private List<String> tags = new ArrayList<>();

    private List<Asset> recentFiles;

    private Long id;
    private String newLanguage = "en";
    private String typeName = Page.TYPE;
    private final Map<String, String> fields = new HashMap<>();
    private long version;
    private String title;
    private String slug;
    private String summary;
    private String body = "";
    private LocalDateTime publishAt;
    private LocalDateTime unpublishAt;
    private String note;
    private String comment;
    private String status;
    private String reviewComment;
    private String publicPath;
    private String language;
    private String conflictText;
    private String conflictEditor;
    private Integer compareFrom;
    private Integer compareTo;
    private List<TextDiff.Line> diff;
    private ContentAutosave unsaved;
    private OffsetDateTime lastAutosave;

    /** Loads the item named by the {@code id} parameter (or prepares a new page). */
    public void load() throws IOException {
        if (id == null) {
            if (contentTypes.find(typeName).isEmpty()) {
                FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, null);
                FacesContext.getCurrentInstance().responseComplete();
                return;
            }
            unsaved = autosaves.find(editor(), ContentAutosave.NEW_ITEM).orElse(null);
            return;
        }
        ContentItem item = content.find(id).orElse(null);
        if (item == null) {
            FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, null);
            FacesContext.getCurrentInstance().responseComplete();
            return;
        }
        fill(item);
        unsaved = autosaves
                .find(editor(), itemKey())
                .filter(a -> a.getSavedAt().isAfter(item.getUpdatedAt()))
                .orElse(null);
    }

    /** Keeps the texts on the server every few seconds (called by the page's poll). */
    public void autosave() {
        if (title == null && (body == null || body.isBlank())) {
            return;
        }
        autosaves.keep(editor(), itemKey(), title, slug, summary, body);
        lastAutosave = OffsetDateTime.now(clock);
    }

    /** Puts the unsaved texts found on opening back into the form. */
    public void restoreUnsaved() {
        if (unsaved != null) {
            title = unsaved.getTitle();
            slug = unsaved.getSlug();
            summary = unsaved.getSummary();
            body = unsaved.getBody() == null ? "" : unsaved.getBody();
            unsaved = null;
            Texts.addInfo("editor.unsavedRestored");
        }
    }

    public void discardUnsaved() {
        autosaves.discard(editor(), itemKey());
        unsaved = null;
    }

    private String itemKey() {
        return id == null ? ContentAutosave.NEW_ITEM : String.valueOf(id);
    }

    private void fill(ContentItem item) {
        id = item.getId();
        version = item.getVersion();
        title = item.getTitle();
        slug = item.getSlug();
        summary = item.getSummary();
        body = item.getBody() == null ? "" : item.getBody();
        publishAt = local(item.getPublishAt());
        unpublishAt = local(item.getUnpublishAt());
        status = item.getStatus().name();
        reviewComment = item.getReviewComment();
        publicPath = item.publicPath();
        language = item.getLanguage();
        typeName = item.typeName();
        fields.clear();
        fields.putAll(item.getFields());
        selectedTerms =
                new ArrayList<>(item.termIds().stream().map(String::valueOf).toList());
        tags = new ArrayList<>(item.getTags());
    }

    public void save() {
        try {
            if (id == null) {
                String author = editor().name();
                OffsetDateTime now = OffsetDateTime.now(clock);
                ContentItem item = contentTypes
                        .find(typeName)
                        .orElseThrow(() -> new BusinessRuleException("content.typeUnavailable"))
                        .factory()
                        .create(
                                slug == null || slug.isBlank() ? Slug.fromTitle(title) : Slug.of(slug.strip()),
                                newLanguage,
                                title,
                                author,
                                now);
                item.edit(title, summary, body, author, now);
                item.schedule(offset(publishAt), offset(unpublishAt), author, now);
                item.editFields(fields, author, now);
                fill(content.create(editor(), item, note, classification()));
                autosaves.discard(editor(), ContentAutosave.NEW_ITEM);
                // The address now names the item, so that reloading the page keeps editing it.
                org.primefaces.PrimeFaces.current()
                        .executeScript("history.replaceState(null, '', '" + pageLanguage.link("/admin/content/edit")
                                + "?id=" + id + "')");
            } else {
                fill(content.save(editor(), id, version, draft(), note));
            }
            autosaves.discard(editor(), itemKey());
            unsaved = null;
            note = null;
            conflictText = null;
            Texts.addInfo("editor.saved");
        } catch (ConcurrentEditException e) {
            conflictText = body;
            conflictEditor = e.otherEditor();
            content.find(id).ifPresent(this::fill);
            Texts.addError(e);
        } catch (BusinessRuleException e) {
            Texts.addError(e);
        } catch (InvalidContentException e) {
            Texts.addMessage(FacesMessage.SEVERITY_ERROR, null, e.messageKey(), e.arguments());
        } catch (IllegalArgumentException e) {
            Texts.addMessage(
                    jakarta.faces.application.FacesMessage.SEVERITY_ERROR, null, "content.invalid", e.getMessage());
        }
    }

    public void step(WorkflowAction action) {
        try {
            fill(content.transition(editor(), id, action, comment));
            comment = null;
            Texts.addInfo("editor.step." + action.name());
        } catch (BusinessRuleException e) {
            Texts.addError(e);
        }
    }

    public void restore(int number) {
        try {
            fill(content.restore(editor(), id, number));
            Texts.addInfo("editor.restored", number);
        } catch (BusinessRuleException e) {
            Texts.addError(e);
        }
    }

    public void compare() {
        if (compareFrom != null && compareTo != null) {
            diff = content.diff(id, Math.min(compareFrom, compareTo), Math.max(compareFrom, compareTo));
        }
    }

    private ContentDraft draft() {
        return new ContentDraft(
                title, slug, summary, body, offset(publishAt), offset(unpublishAt), fields, classification());
    }

    private Classification classification() {
        Set<Long> ids = new HashSet<>();
        for (String value : selectedTerms) {
            try {
                ids.add(Long.valueOf(value));
            } catch (NumberFormatException e) {
                throw new BusinessRuleException("taxonomy.notFound");
            }
        }
        return new Classification(ids, tags);
    }

    public List<String> getSelectedTerms() {
        return selectedTerms;
    }

    public void setSelectedTerms(List<String> selectedTerms) {
        this.selectedTerms = selectedTerms == null ? new ArrayList<>() : new ArrayList<>(selectedTerms);
    }

    public List<String> getTags() {
        return tags;
    }

    public void setTags(List<String> tags) {
        this.tags = tags == null ? new ArrayList<>() : new ArrayList<>(tags);
    }

    private static LocalDateTime local(OffsetDateTime time) {
        return time == null ? null : time.atZoneSameInstant(STAFF_ZONE).toLocalDateTime();
    }

    private static OffsetDateTime offset(LocalDateTime time) {
        return time == null ? null : time.atZone(STAFF_ZONE).toOffsetDateTime();
    }

    /** The body rendered as the public will see it. */
    public String getPreview() {
        return markdown.toSafeHtml(body == null ? "" : body);
    }

    public Set<WorkflowAction> getActions() {
        if (id == null) {
            return Set.of();
        }
        return WorkflowAction.available(org.beaconportal.core.domain.ContentStatus.valueOf(status), editor().roles());
    }

    private Editor editor() {
        return currentEditor.get();
    }

    public List<ContentRevision> getRevisions() {
        return id == null ? List.of() : content.revisions(id);
    }

    public String getPublicUrl() {
        return publicPath == null ? null : pageLanguage.linkIn(language, publicPath);
    }

    /** Stores a file dropped on the editor and inserts its Markdown at the cursor. */
    public void upload(FileUploadEvent event) {
        uploads.accept(event).ifPresent(asset -> {
            recentFiles = null;
            org.primefaces.PrimeFaces.current()
                    .executeScript("BeaconMarkdown.insert(" + jakarta.json.Json.createValue(asset.markdown()) + ")");
        });
    }

    /** The latest uploaded files, for the editor's file picker. */
    public List<Asset> getRecentFiles() {
        if (recentFiles == null) {
            recentFiles = assets.list(0, 50);
        }
        return recentFiles;
    }

    public ContentAutosave getUnsaved() {
        return unsaved;
    }

    /** When the unsaved text was kept, in staff time. */
    public String getUnsavedTime() {
        return unsaved == null
                ? null
                : unsaved.getSavedAt()
                        .atZoneSameInstant(STAFF_ZONE)
                        .toLocalTime()
                        .withNano(0)
                        .toString();
    }

    /** Time of the last background save, for the status line. */
    public String getLastAutosave() {
        return lastAutosave == null
                ? null
                : lastAutosave
                        .atZoneSameInstant(STAFF_ZONE)
                        .toLocalTime()
                        .withNano(0)
                        .toString();
    }

    /**
     * True while the editor starts a new page (no id yet). Named {@code newItem}, not {@code new}:
     * {@code new} is a Java keyword, which EL refuses as an identifier.
     */
    public boolean isNewItem() {
        return id == null;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    /** The content type's name ({@code page}, {@code law}); a view parameter for new items. */
    public String getTypeName() {
        return typeName;
    }

    public void setTypeName(String typeName) {
        if (id == null && typeName != null && !typeName.isBlank()) {
            this.typeName = typeName;
        }
    }

    /** The type's name in the page's language. */
    public String getTypeLabel() {
        return contentTypes
                .find(typeName)
                .map(t -> Texts.core(
                        FacesContext.getCurrentInstance().getViewRoot().getLocale(), t.labelKey()))
                .orElse(typeName);
    }

    /** The type's own fields, bound by its editor fragment as {@code #{contentEditView.fields['x']}}. */
    public Map<String, String> getFields() {
        return fields;
    }

    public String getNewLanguage() {
        return newLanguage;
    }

    public void setNewLanguage(String newLanguage) {
        this.newLanguage = "es".equals(newLanguage) ? "es" : "en";
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getSlug() {
        return slug;
    }

    public void setSlug(String slug) {
        this.slug = slug;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    public LocalDateTime getPublishAt() {
        return publishAt;
    }

    public void setPublishAt(LocalDateTime publishAt) {
        this.publishAt = publishAt;
    }

    public LocalDateTime getUnpublishAt() {
        return unpublishAt;
    }

    public void setUnpublishAt(LocalDateTime unpublishAt) {
        this.unpublishAt = unpublishAt;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }

    public String getStatus() {
        return status;
    }

    public String getReviewComment() {
        return reviewComment;
    }

    public String getLanguage() {
        return language;
    }

    public long getVersion() {
        return version;
    }

    public String getConflictText() {
        return conflictText;
    }

    public String getConflictEditor() {
        return conflictEditor;
    }

    public Integer getCompareFrom() {
        return compareFrom;
    }

    public void setCompareFrom(Integer compareFrom) {
        this.compareFrom = compareFrom;
    }

    public Integer getCompareTo() {
        return compareTo;
    }

    public void setCompareTo(Integer compareTo) {
        this.compareTo = compareTo;
    }

    public List<TextDiff.Line> getDiff() {
        return diff;
    }
}
