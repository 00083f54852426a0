package org.beaconportal.core.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.beaconportal.core.application.AssetService;
import org.beaconportal.core.application.BusinessRuleException;
import org.beaconportal.core.application.Editor;
import org.beaconportal.core.domain.Asset;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * The staff file library ({@code /admin/files}): drag-and-drop upload of one or many files, and a
 * paged list, newest first, with a preview, the file's details, its alt text (editable for images)
 * and the Markdown to paste into a
 * page. Refused files are reported one by one in the page's language.
 *
 * <pre>{@code
 * <p:fileUpload listener="#{filesView.upload}" mode="advanced" multiple="true" auto="true"/>
 * }</pre>
 */
@Named
@ViewScoped
public class FilesView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AssetService assets;

    @Inject
    CurrentEditor currentEditor;

    @Inject
    FileUploads uploads;

    private Long editingAltId;
    private String altText;

    private final LazyDataModel<Asset> model = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) assets.count();
        }

        @Override
        public List<Asset> load(
                int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            return assets.list(first, pageSize);
        }

        @Override
        public String getRowKey(Asset asset) {
            return String.valueOf(asset.getId());
        }

        @Override
        public Asset getRowData(String rowKey) {
            return null;
        }
    };

    /** Stores one uploaded file (PrimeFaces calls this once per file). */
    public void upload(FileUploadEvent event) {
        uploads.accept(event);
    }

    /** Opens the alt text of an image for editing. */
    public void startAlt(Asset asset) {
        editingAltId = asset.getId();
        altText = asset.getAltText();
    }

    public void saveAlt() {
        try {
            assets.describe(editor(), editingAltId, altText);
            editingAltId = null;
            Texts.addInfo("files.altSaved");
        } catch (BusinessRuleException e) {
            Texts.addError(e);
        }
    }

    public void cancelAlt() {
        editingAltId = null;
    }

    public boolean isEditingAlt(Asset asset) {
        return asset.getId().equals(editingAltId);
    }

    public String getAltText() {
        return altText;
    }

    public void setAltText(String altText) {
        this.altText = altText;
    }

    /** The picture shown in the list: the thumbnail when there is one, else the image itself. */
    public String preview(Asset asset) {
        if (!asset.isImage()) {
            return null;
        }
        return asset.variant("thumb").map(asset::path).orElse(asset.path());
    }

    /** A size for people: bytes, KB or MB in the page's language. */
    public String size(long bytes) {
        Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        return humanSize(bytes, locale);
    }

    static String humanSize(long bytes, Locale locale) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMaximumFractionDigits(1);
        if (bytes < 1024) {
            return bytes + " B";
        }
        if (bytes < 1024 * 1024) {
            return format.format(bytes / 1024.0) + " KB";
        }
        return format.format(bytes / (1024.0 * 1024.0)) + " MB";
    }

    /** The type for people: {@code PNG}, {@code PDF}, {@code CSV}. */
    public String typeLabel(Asset asset) {
        String type = asset.getContentType();
        int slash = type.indexOf('/');
        int semicolon = type.indexOf(';');
        String subtype = type.substring(slash + 1, semicolon < 0 ? type.length() : semicolon);
        return "plain".equals(subtype) ? "TXT" : subtype.toUpperCase(Locale.ROOT);
    }

    /** The upload limit in MB, for the page's lead. */
    public String getMaxMegabytes() {
        return String.valueOf(Math.max(1, assets.maxBytes() >> 20));
    }

    /** The upload limit in bytes, for the upload component. */
    public long getMaxBytes() {
        return assets.maxBytes();
    }

    public LazyDataModel<Asset> getModel() {
        return model;
    }

    private Editor editor() {
        return currentEditor.get();
    }
}
