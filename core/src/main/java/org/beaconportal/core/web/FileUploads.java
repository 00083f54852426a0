package org.beaconportal.core.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.beaconportal.core.application.AssetService;
import org.beaconportal.core.application.BusinessRuleException;
import org.beaconportal.core.domain.Asset;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.file.UploadedFile;

/**
 * Stores a file uploaded through a PrimeFaces upload component and tells staff, in their language,
 * what happened: uploaded, refused (and why) or failed. Used by the files page and the editor.
 */
@RequestScoped
public class FileUploads {

    private static final Logger LOG = Logger.getLogger(FileUploads.class.getName());

    @Inject
    AssetService assets;

    @Inject
    CurrentEditor currentEditor;

    /** The stored asset, or empty when the file was refused (a message says why). */
    public Optional<Asset> accept(FileUploadEvent event) {
        UploadedFile file = event.getFile();
        String name = file.getFileName();
        try (InputStream in = file.getInputStream()) {
            Asset asset = assets.upload(currentEditor.get(), name, in);
            Texts.addInfo("files.uploaded", asset.getFilename());
            return Optional.of(asset);
        } catch (BusinessRuleException e) {
            Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
            Texts.addMessage(
                    FacesMessage.SEVERITY_ERROR,
                    null,
                    "files.refused",
                    name,
                    Texts.core(locale, e.messageKey(), e.arguments()));
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "Upload failed", e);
            Texts.addMessage(FacesMessage.SEVERITY_ERROR, null, "files.failed", name);
        }
        return Optional.empty();
    }
}
