package org.beaconportal.resources.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.beaconportal.core.application.AuditTrail;
import org.beaconportal.core.application.BusinessRuleException;
import org.beaconportal.core.application.ContentDraft;
import org.beaconportal.core.application.ContentService;
import org.beaconportal.core.application.Editor;
import org.beaconportal.core.domain.InvalidContentException;
import org.beaconportal.core.domain.Slug;
import org.beaconportal.core.domain.WorkflowAction;
import org.beaconportal.resources.domain.Organization;
import org.beaconportal.resources.domain.OrganizationCsv;
import org.beaconportal.resources.domain.OrganizationRepository;

/**
 * Staff import and export of the directory as CSV. Every row is checked first; bad rows are
 * reported and none of them is imported, good rows are imported in one transaction. The natural
 * key is the listing's address (the slug of its name, English listings): importing the same file
 * again updates in place and never duplicates.
 *
 * <pre>{@code
 * ImportReport report = directoryImport.importCsv(editor, text);
 * String csv = directoryImport.exportCsv();
 * }</pre>
 */
@ApplicationScoped
public class DirectoryImport {

    static final String LANGUAGE = "en";

    @Inject
    OrganizationRepository organizations;

    @Inject
    ContentService content;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Transactional
    public ImportReport importCsv(Editor editor, String text) {
        editor.requireStaff();
        OffsetDateTime now = OffsetDateTime.now(clock);
        List<OrganizationCsv.Row> rows;
        try {
            rows = OrganizationCsv.read(text, now);
        } catch (InvalidContentException e) {
            throw new BusinessRuleException(e.messageKey(), e.arguments());
        }
        List<ImportReport.RowError> errors = new ArrayList<>();
        int created = 0;
        int updated = 0;
        int unchanged = 0;
        for (OrganizationCsv.Row row : rows) {
            if (!row.valid()) {
                errors.add(new ImportReport.RowError(row.line(), row.name(), row.errorKey(), row.errorArgs()));
                continue;
            }
            String summary = row.values().getOrDefault("summary", "");
            Map<String, String> fields = row.organizationFields();
            Optional<Organization> existing = organizations.bySlug(LANGUAGE, row.slug());
            if (existing.isPresent()) {
                Organization org = existing.get();
                Organization candidate = new Organization(Slug.of(row.slug()), LANGUAGE, row.name(), "import", now);
                candidate.describe(fields);
                if (org.getTitle().equals(row.name())
                        && Objects.equals(blankToNull(org.getSummary()), blankToNull(summary))
                        && org.getFields().equals(withDemo(candidate.getFields(), org))) {
                    unchanged++;
                    continue;
                }
                Map<String, String> merged = withDemo(candidate.getFields(), org);
                content.save(
                        editor,
                        org.getId(),
                        org.getVersion(),
                        new ContentDraft(
                                row.name(),
                                null,
                                summary,
                                org.getBody(),
                                org.getPublishAt(),
                                org.getUnpublishAt(),
                                merged),
                        "CSV import, line " + row.line());
                updated++;
            } else {
                Organization org = new Organization(Slug.of(row.slug()), LANGUAGE, row.name(), editor.name(), now);
                org.edit(row.name(), summary, "", editor.name(), now);
                org.describe(fields);
                content.create(editor, org, "CSV import, line " + row.line());
                boolean admin = WorkflowAction.PUBLISH.allows(org.getStatus(), editor.roles());
                content.transition(editor, org.getId(), admin ? WorkflowAction.PUBLISH : WorkflowAction.SUBMIT, null);
                created++;
            }
        }
        audit.record(
                editor.name(),
                "resources.directory.import",
                "organization",
                "-",
                "created " + created + ", updated " + updated + ", refused " + errors.size());
        return new ImportReport(created, updated, unchanged, List.copyOf(errors));
    }

    /** Every listing as CSV, whatever its status. */
    @Transactional
    public String exportCsv() {
        return OrganizationCsv.write(organizations.all());
    }

    /** An import does not change whether a listing is marked as demo content. */
    private static Map<String, String> withDemo(Map<String, String> fields, Organization existing) {
        Map<String, String> copy = new java.util.LinkedHashMap<>(fields);
        copy.put("demo", String.valueOf(existing.isDemo()));
        return copy;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
