package org.beaconportal.it.resources;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import org.beaconportal.core.application.BusinessRuleException;
import org.beaconportal.core.application.ContentService;
import org.beaconportal.core.application.Editor;
import org.beaconportal.core.domain.ContentStatus;
import org.beaconportal.core.spi.PortalRole;
import org.beaconportal.it.support.PortalDeployment;
import org.beaconportal.resources.application.DirectoryImport;
import org.beaconportal.resources.application.ImportReport;
import org.beaconportal.resources.domain.Organization;
import org.beaconportal.resources.domain.OrganizationRepository;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** CSV import: bad rows are reported with their reasons and never imported; good rows are imported once. */
@ExtendWith(ArquillianExtension.class)
class DirectoryImportIT {

    private static final Editor ADMIN = new Editor("it-admin", EnumSet.of(PortalRole.ADMIN));

    @Deployment
    static WebArchive deployment() {
        return PortalDeployment.portal();
    }

    @Inject
    DirectoryImport directoryImport;

    @Inject
    OrganizationRepository organizations;

    @Inject
    ContentService content;

    private List<Organization> withMarker(String marker) {
        return organizations.all().stream()
                .filter(o -> o.getTitle().contains(marker))
                .toList();
    }

    @Test
    void badRowsAreReportedAndSkippedWhileGoodRowsAreImportedOnce() {
        String m = "Imp" + UUID.randomUUID().toString().substring(0, 8);
        String csv = "name,summary,services,languages,counties,phone,last_verified\n"
                + m + " Legal Aid,Free legal help,legal;immigration,en;es,Adams;Denver,(303) 555-0101,2026-01-10\n"
                + m + " Shelter,\"Beds, meals and advocacy\",shelter,en,Weld,(970) 555-0102,\n"
                + m + " Bad County,Nowhere,legal,en,Gotham,(303) 555-0103,\n"
                + m + " Bad Service,Haircuts,haircuts,en,Adams,(303) 555-0104,\n"
                + m + " Bad Date,Dates,medical,en,Adams,(303) 555-0105,10/01/2026\n"
                + m + " Legal Aid,Same name again,legal,en,Adams,(303) 555-0106,\n";

        ImportReport first = directoryImport.importCsv(ADMIN, csv);

        assertEquals(2, first.created());
        assertEquals(4, first.errors().size());
        assertEquals(
                List.of(4, 5, 6, 7),
                first.errors().stream().map(ImportReport.RowError::line).toList());
        assertEquals(
                List.of(
                        "resources.org.countyInvalid",
                        "resources.org.serviceInvalid",
                        "resources.org.dateInvalid",
                        "resources.import.duplicate"),
                first.errors().stream().map(ImportReport.RowError::reasonKey).toList());
        assertEquals(List.of("Gotham"), first.errors().get(0).reasonArgs());
        List<Organization> imported = withMarker(m);
        assertEquals(2, imported.size(), "only the good rows exist");
        assertTrue(imported.stream().allMatch(o -> o.getStatus() == ContentStatus.PUBLISHED));

        ImportReport again = directoryImport.importCsv(ADMIN, csv);

        assertEquals(0, again.created());
        assertEquals(0, again.updated());
        assertEquals(2, again.unchanged());
        assertEquals(4, again.errors().size());
        assertEquals(2, withMarker(m).size(), "re-importing does not duplicate");
    }

    @Test
    void aChangedRowUpdatesTheListingInPlace() {
        String m = "Upd" + UUID.randomUUID().toString().substring(0, 8);
        directoryImport.importCsv(
                ADMIN, "name,services,languages,counties,phone\n" + m + " Clinic,medical,en,Adams,(303) 555-0110\n");
        long id = withMarker(m).get(0).getId();

        ImportReport report = directoryImport.importCsv(
                ADMIN,
                "name,services,languages,counties,phone\n" + m
                        + " Clinic,medical;mental-health,en;es,Adams,(303) 555-0111\n");

        assertEquals(1, report.updated());
        assertEquals(1, withMarker(m).size());
        Organization updated = (Organization) content.find(id).orElseThrow();
        assertEquals(List.of("medical", "mental-health"), updated.getServices());
        assertEquals("(303) 555-0111", updated.getPhone());
    }

    @Test
    void aFileWithAnUnknownColumnIsRefusedWhole() {
        BusinessRuleException e = assertThrows(
                BusinessRuleException.class, () -> directoryImport.importCsv(ADMIN, "name,favourite_colour\nX,blue\n"));
        assertEquals("resources.import.unknownColumn", e.messageKey());
    }

    @Test
    void exportListsEveryListingWithTheHeader() {
        String csv = directoryImport.exportCsv();
        assertTrue(csv.startsWith("name,summary,services,populations,languages,counties,"));
        assertTrue(csv.lines().count() > 50);
    }
}
