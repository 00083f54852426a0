package org.beaconportal.publications.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.beaconportal.core.application.BusinessRuleException;
import org.beaconportal.core.application.ContentService;
import org.beaconportal.core.domain.ContentFilter;
import org.beaconportal.core.domain.ContentItem;
import org.beaconportal.core.web.CurrentEditor;
import org.beaconportal.core.web.Texts;
import org.beaconportal.publications.application.PublicationFiles;
import org.beaconportal.publications.domain.Publication;
import org.beaconportal.publications.domain.PublicationFile;
import org.beaconportal.publications.domain.TextStatus;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.file.UploadedFile;

/**
 * Staff page {@code /admin/publications/files}: without {@code id} a list of publications; with
 * {@code id} the publication's files (main PDF, sections, cover) with their extraction status,
 * uploads, retry and removal (after confirmation). While a file waits for extraction the table
 * refreshes itself.
 */
@Named
@ViewScoped
public class PublicationFilesView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(PublicationFilesView.class.getName());

    @Inject
    PublicationFiles files;

    @Inject
    ContentService content;

    @Inject
    CurrentEditor currentEditor;

    private Long id;
    private String title;
    private String language;
    private String filter;
    private List<PublicationFile> attached = List.of();
    private transient UploadedFile mainFile;
    private transient UploadedFile sectionFile;
    private transient UploadedFile coverFile;
    private String sectionTitle;
    private Integer firstPage;
    private Integer lastPage;

    private final LazyDataModel<ContentItem> model = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) content.count(contentFilter());
        }

        @Override
        public List<ContentItem> load(
                int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            return content.list(contentFilter(), first, pageSize);
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

    private ContentFilter contentFilter() {
        return new ContentFilter(Publication.TYPE, null, null, filter == null || filter.isBlank() ? null : filter);
    }

    public void load() {
        if (id == null) {
            return;
        }
        content.find(id)
                .filter(Publication.class::isInstance)
                .ifPresentOrElse(
                        p -> {
                            title = p.getTitle();
                            language = p.getLanguage();
                            refresh();
                        },
                        () -> {
                            id = null;
                            Texts.addMessage(FacesMessage.SEVERITY_ERROR, null, "publications.unknown");
                        });
    }

    public void refresh() {
        attached = id == null ? List.of() : files.filesOf(id);
    }

    public void uploadMain() {
        upload(mainFile, in -> files.attachMain(currentEditor.get(), id, mainFile.getFileName(), in));
    }

    public void uploadSection() {
        if (upload(
                sectionFile,
                in -> files.attachSection(
                        currentEditor.get(), id, sectionFile.getFileName(), in, sectionTitle, firstPage, lastPage))) {
            sectionTitle = null;
            firstPage = null;
            lastPage = null;
        }
    }

    public void uploadCover() {
        upload(coverFile, in -> files.attachCover(currentEditor.get(), id, coverFile.getFileName(), in));
    }

    @FunctionalInterface
    private interface Attach {
        PublicationFile attach(InputStream in);
    }

    private boolean upload(UploadedFile file, Attach attach) {
        if (id == null) {
            return false;
        }
        if (file == null || file.getSize() == 0) {
            Texts.addMessage(FacesMessage.SEVERITY_ERROR, null, "publications.file.choose");
            return false;
        }
        String name = file.getFileName();
        try (InputStream in = file.getInputStream()) {
            PublicationFile stored = attach.attach(in);
            Texts.addMessage(
                    FacesMessage.SEVERITY_INFO,
                    null,
                    stored.getRole().isPdf() ? "publications.file.queued" : "publications.file.attached",
                    stored.getFilename());
            return true;
        } catch (BusinessRuleException e) {
            Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
            Texts.addMessage(
                    FacesMessage.SEVERITY_ERROR,
                    null,
                    "publications.file.refused",
                    name,
                    Texts.core(locale, e.messageKey(), e.arguments()));
            return false;
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "Publication file upload failed", e);
            Texts.addMessage(FacesMessage.SEVERITY_ERROR, null, "publications.file.failed", name);
            return false;
        } finally {
            refresh();
        }
    }

    public void remove(PublicationFile file) {
        try {
            files.remove(currentEditor.get(), file.getId());
            Texts.addMessage(FacesMessage.SEVERITY_INFO, null, "publications.file.removed", file.getFilename());
        } catch (BusinessRuleException e) {
            Texts.addError(e);
        }
        refresh();
    }

    public void retry(PublicationFile file) {
        try {
            files.retry(currentEditor.get(), file.getId());
            Texts.addMessage(FacesMessage.SEVERITY_INFO, null, "publications.file.requeued", file.getFilename());
        } catch (BusinessRuleException e) {
            Texts.addError(e);
        }
        refresh();
    }

    /** True while a file waits for extraction: the page polls until it is done. */
    public boolean isPending() {
        return attached.stream().anyMatch(f -> f.getTextStatus() == TextStatus.PENDING);
    }

    /** The status shown for a file, with the reason of a failure. */
    public String status(PublicationFile file) {
        Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        String label = PublicationTexts.text(
                locale, "publications.status." + file.getTextStatus().name());
        if (file.getTextStatus() == TextStatus.FAILED) {
            return label + ": " + Texts.core(locale, file.getTextFailure());
        }
        return label;
    }

    public String roleLabel(PublicationFile file) {
        Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        return PublicationTexts.text(
                locale, "publications.role." + file.getRole().name());
    }

    public String size(PublicationFile file) {
        return PublicationTexts.size(
                file.getSizeBytes(),
                FacesContext.getCurrentInstance().getViewRoot().getLocale());
    }

    public LazyDataModel<ContentItem> getModel() {
        return model;
    }

    public List<PublicationFile> getAttached() {
        return attached;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getTitle() {
        return title;
    }

    public String getLanguage() {
        return language;
    }

    public String getFilter() {
        return filter;
    }

    public void setFilter(String filter) {
        this.filter = filter;
    }

    public UploadedFile getMainFile() {
        return mainFile;
    }

    public void setMainFile(UploadedFile mainFile) {
        this.mainFile = mainFile;
    }

    public UploadedFile getSectionFile() {
        return sectionFile;
    }

    public void setSectionFile(UploadedFile sectionFile) {
        this.sectionFile = sectionFile;
    }

    public UploadedFile getCoverFile() {
        return coverFile;
    }

    public void setCoverFile(UploadedFile coverFile) {
        this.coverFile = coverFile;
    }

    public String getSectionTitle() {
        return sectionTitle;
    }

    public void setSectionTitle(String sectionTitle) {
        this.sectionTitle = sectionTitle;
    }

    public Integer getFirstPage() {
        return firstPage;
    }

    public void setFirstPage(Integer firstPage) {
        this.firstPage = firstPage;
    }

    public Integer getLastPage() {
        return lastPage;
    }

    public void setLastPage(Integer lastPage) {
        this.lastPage = lastPage;
    }
}
