package org.beaconportal.resources.web;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Serializable;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import org.beaconportal.core.application.BusinessRuleException;
import org.beaconportal.core.web.Texts;
import org.beaconportal.resources.application.DirectoryImport;
import org.beaconportal.resources.application.ImportReport;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.file.UploadedFile;

/**
 * Staff import and export of the directory at {@code /admin/resources/directory}: upload a CSV,
 * read the per-row report; download every listing as CSV.
 */
@Named
@ViewScoped
public class DirectoryImportView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Largest CSV file accepted. */
    public static final long MAX_BYTES = 5L * 1024 * 1024;

    @Inject
    DirectoryImport directoryImport;

    @Inject
    SecurityContext security;

    @Inject
    Clock clock;

    private ImportReport report;

    public void upload(FileUploadEvent event) {
        UploadedFile file = event.getFile();
        report = null;
        if (file.getSize() > MAX_BYTES) {
            Texts.addMessage(jakarta.faces.application.FacesMessage.SEVERITY_ERROR, null, "resources.import.tooLarge");
            return;
        }
        String text;
        try (InputStream in = file.getInputStream()) {
            text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(in.readAllBytes()))
                    .toString();
        } catch (CharacterCodingException e) {
            Texts.addMessage(jakarta.faces.application.FacesMessage.SEVERITY_ERROR, null, "resources.import.notUtf8");
            return;
        } catch (IOException e) {
            Texts.addMessage(
                    jakarta.faces.application.FacesMessage.SEVERITY_ERROR, null, "resources.import.unreadable");
            return;
        }
        try {
            report = directoryImport.importCsv(StaffEditor.of(security), text);
            Texts.addInfo(
                    "resources.import.done",
                    report.created(),
                    report.updated(),
                    report.unchanged(),
                    report.errors().size());
        } catch (BusinessRuleException e) {
            Texts.addError(e);
        }
    }

    /** Sends every listing as a CSV download. */
    public void export() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        byte[] csv = directoryImport.exportCsv().getBytes(StandardCharsets.UTF_8);
        external.responseReset();
        external.setResponseContentType("text/csv; charset=UTF-8");
        external.setResponseHeader(
                "Content-Disposition", "attachment; filename=\"directory-" + LocalDate.now(clock) + ".csv\"");
        external.setResponseContentLength(csv.length);
        try (OutputStream out = external.getResponseOutputStream()) {
            out.write(csv);
        }
        faces.responseComplete();
    }

    /** A row error's reason in the staff member's language. */
    public String reason(ImportReport.RowError error) {
        Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        return Texts.core(locale, error.reasonKey(), error.reasonArgs().toArray());
    }

    public ImportReport getReport() {
        return report;
    }
}
