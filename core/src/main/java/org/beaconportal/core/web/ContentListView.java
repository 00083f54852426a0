package org.beaconportal.core.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.beaconportal.core.application.ContentService;
import org.beaconportal.core.application.ContentTypes;
import org.beaconportal.core.domain.ContentFilter;
import org.beaconportal.core.domain.ContentItem;
import org.beaconportal.core.domain.ContentStatus;
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
    transient ContentService content;

    @Inject
    transient ContentTypes contentTypes;

    private String type;
    private ContentStatus status;
    private String language;
    private String text;

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
        return new ContentFilter(blank(type), status, blank(language), blank(text));
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
