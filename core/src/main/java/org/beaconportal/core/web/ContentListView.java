package org.beaconportal.core.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.beaconportal.core.application.ContentBulkActions;
import org.beaconportal.core.application.ContentService;
import org.beaconportal.core.application.ContentTypes;
import org.beaconportal.core.application.TaxonomyService;
import org.beaconportal.core.domain.ContentFilter;
import org.beaconportal.core.domain.ContentItem;
import org.beaconportal.core.domain.ContentStatus;
import org.beaconportal.core.domain.WorkflowAction;
import org.beaconportal.core.spi.ContentType;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** The staff content list: filters by type, status, language and text, loaded page by page. */
@Named
@ViewScoped
public class ContentListView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ContentService content;

    @Inject
    ContentTypes contentTypes;

    private String type;
    private ContentStatus status;
    private String language;
    private String text;
    private String term;
    private String tag;
    private final Map<Long, Boolean> selected = new HashMap<>();

    @Inject
    TaxonomyService taxonomy;

    @Inject
    ContentBulkActions bulk;

    @Inject
    CurrentEditor currentEditor;

    private final LazyDataModel<ContentItem> model = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) content.count(filter());
        }

        @Override
        public List<ContentItem> load(
                int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            return content.list(filter(), first, pageSize);
        }

        @Override
        public String getRowKey(ContentItem item) {
            return String.valueOf(item.getId());
        }

        @Override
        public ContentItem getRowData(String rowKey) {
            return null;
        }
    };

    /** The types staff can create and filter by. */
    public List<ContentType> getTypes() {
        return contentTypes.enabled();
    }

    /** A type's name in the page's language. */
    public String typeLabel(String name) {
        Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        return getTypes().stream()
                .filter(t -> t.name().equals(name))
                .findFirst()
                .map(t -> Texts.core(locale, t.labelKey()))
                .orElse(name);
    }

    private ContentFilter filter() {
        Set<Long> terms = null;
        if (blank(term) != null) {
            try {
                terms = taxonomy.withDescendants(Long.parseLong(term));
            } catch (NumberFormatException e) {
                terms = null;
            }
            if (terms != null && terms.isEmpty()) {
                terms = Set.of(-1L);
            }
        }
        return new ContentFilter(blank(type), status, blank(language), blank(text), terms, blank(tag));
    }

    public void publishSelected() {
        applyToSelected(WorkflowAction.PUBLISH);
    }

    public void archiveSelected() {
        applyToSelected(WorkflowAction.ARCHIVE);
    }

    private void applyToSelected(WorkflowAction action) {
        List<Long> ids = selected.entrySet().stream()
                .filter(e -> Boolean.TRUE.equals(e.getValue()))
                .map(Map.Entry::getKey)
                .sorted()
                .toList();
        if (ids.isEmpty()) {
            Texts.addMessage(FacesMessage.SEVERITY_WARN, null, "content.bulk.none");
            return;
        }
        ContentBulkActions.Result result = bulk.apply(currentEditor.get(), ids, action);
        selected.clear();
        Texts.addInfo("content.bulk.done", result.changed());
        if (!result.skipped().isEmpty()) {
            Texts.addMessage(
                    FacesMessage.SEVERITY_WARN,
                    null,
                    "content.bulk.skipped",
                    result.skipped().size(),
                    String.join(", ", result.skipped()));
        }
    }

    /** Check boxes of the list, by item id (kept across pages). */
    public Map<Long, Boolean> getSelected() {
        return selected;
    }

    public String getTerm() {
        return term;
    }

    public void setTerm(String term) {
        this.term = term;
    }

    public String getTag() {
        return tag;
    }

    public void setTag(String tag) {
        this.tag = tag;
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    public LazyDataModel<ContentItem> getModel() {
        return model;
    }

    public ContentStatus[] getStatuses() {
        return ContentStatus.values();
    }

    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type;
    }

    public ContentStatus getStatus() {
        return status;
    }

    public void setStatus(ContentStatus status) {
        this.status = status;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }
}
