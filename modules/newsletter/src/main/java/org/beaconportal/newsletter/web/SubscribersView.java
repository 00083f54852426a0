package org.beaconportal.newsletter.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.beaconportal.newsletter.application.SubscriberAdministration;
import org.beaconportal.newsletter.domain.InvalidSubscriptionException;
import org.beaconportal.newsletter.domain.Subscriber;
import org.beaconportal.newsletter.domain.SubscriberStatus;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.StreamedContent;

/**
 * {@code /admin/newsletter/subscribers}: the list with search and status filter (paged from the
 * database), CSV export and import with a report, and deleting a person's data on request.
 */
@Named
@ViewScoped
public class SubscribersView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    SubscriberAdministration administration;

    @Inject
    SecurityContext security;

    private String text;
    private SubscriberStatus status;
    private String consentSource;
    private String importResult;

    private final LazyDataModel<Subscriber> model = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) administration.count(text, status);
        }

        @Override
        public List<Subscriber> load(
                int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            return administration.search(text, status, first, pageSize);
        }

        @Override
        public String getRowKey(Subscriber subscriber) {
            return String.valueOf(subscriber.getId());
        }

        @Override
        public Subscriber getRowData(String rowKey) {
            return null;
        }
    };

    public LazyDataModel<Subscriber> getModel() {
        return model;
    }

    public void delete(long subscriberId) {
        administration.delete(StaffEditor.of(security), subscriberId);
        StaffMessages.info("newsletter.subscribers.deleted");
    }

    public StreamedContent getExport() {
        byte[] csv = administration.exportCsv(StaffEditor.of(security)).getBytes(StandardCharsets.UTF_8);
        return DefaultStreamedContent.builder().name("subscribers.csv").contentType("text/csv; charset=utf-8").stream(
                        () -> new ByteArrayInputStream(csv))
                .build();
    }

    public void upload(FileUploadEvent event) {
        try (Reader reader = new InputStreamReader(event.getFile().getInputStream(), StandardCharsets.UTF_8)) {
            SubscriberAdministration.ImportReport report =
                    administration.importCsv(StaffEditor.of(security), reader, consentSource);
            importResult = report.added() + " / " + report.duplicates() + " / "
                    + (report.refused().isEmpty() ? "-" : String.join(", ", report.refused()));
            StaffMessages.info("newsletter.import.done");
        } catch (InvalidSubscriptionException e) {
            StaffMessages.error(e.messageKey());
        } catch (IOException e) {
            StaffMessages.error("newsletter.import.unreadable");
        }
    }

    public SubscriberStatus[] getStatuses() {
        return SubscriberStatus.values();
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public SubscriberStatus getStatus() {
        return status;
    }

    public void setStatus(SubscriberStatus status) {
        this.status = status;
    }

    public String getConsentSource() {
        return consentSource;
    }

    public void setConsentSource(String consentSource) {
        this.consentSource = consentSource;
    }

    public String getImportResult() {
        return importResult;
    }
}
