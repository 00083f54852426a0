package org.beaconportal.resources.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.beaconportal.core.domain.Slug;
import org.junit.jupiter.api.Test;

class OrganizationCsvTest {

    private static final OffsetDateTime NOW = OffsetDateTime.of(2026, 3, 1, 10, 0, 0, 0, ZoneOffset.UTC);

    @Test
    void eachBadRowIsReportedWithItsLineAndReason() {
        String csv =
                """
                name,services,languages,counties,phone
                Good One,legal,en;es,Adams,(303) 555-0100
                ,legal,en,Adams,(303) 555-0101
                Bad County,legal,en,Gotham,(303) 555-0102
                "Quoted, Name",shelter;youth,en,"Denver;Adams",(303) 555-0103
                Good One,legal,en,Adams,(303) 555-0104
                Short Row,legal
                """;
        List<OrganizationCsv.Row> rows = OrganizationCsv.read(csv, NOW);

        assertEquals(6, rows.size());
        assertTrue(rows.get(0).valid());
        assertEquals("good-one", rows.get(0).slug());
        assertEquals("resources.import.nameRequired", rows.get(1).errorKey());
        assertEquals(3, rows.get(1).line());
        assertEquals("resources.org.countyInvalid", rows.get(2).errorKey());
        assertEquals(List.of("Gotham"), rows.get(2).errorArgs());
        assertTrue(rows.get(3).valid());
        assertEquals("Quoted, Name", rows.get(3).name());
        assertEquals("resources.import.duplicate", rows.get(4).errorKey());
        assertEquals(List.of("2"), rows.get(4).errorArgs());
        assertEquals("resources.import.columnCount", rows.get(5).errorKey());
    }

    @Test
    void unknownColumnsRefuseTheWholeFile() {
        OrganizationCsv.FileException e = assertThrows(
                OrganizationCsv.FileException.class, () -> OrganizationCsv.read("name,colour\nA,red\n", NOW));
        assertEquals("resources.import.unknownColumn", e.messageKey());
        assertEquals(
                "resources.import.empty",
                assertThrows(OrganizationCsv.FileException.class, () -> OrganizationCsv.read("", NOW))
                        .messageKey());
    }

    @Test
    void exportReadsBackToTheSameListings() {
        Organization org = new Organization(Slug.of("quote-house"), "en", "Quote \"House\", Inc.", "ana", NOW);
        org.edit(org.getTitle(), "=Shelter, with \"quotes\"\nand a line break", "", "ana", NOW);
        org.describe(Map.of(
                "services", "shelter,legal",
                "languages", "en,es",
                "counties", "Denver,Adams",
                "website", "https://quote.example.org",
                "lastVerified", "2026-01-15"));

        String csv = OrganizationCsv.write(List.of(org));
        List<OrganizationCsv.Row> rows = OrganizationCsv.read(csv, NOW);

        assertEquals(1, rows.size());
        OrganizationCsv.Row row = rows.get(0);
        assertTrue(row.valid(), () -> row.errorKey() + " " + row.errorArgs());
        assertEquals("Quote \"House\", Inc.", row.name());
        assertEquals(
                "'=Shelter, with \"quotes\"\nand a line break", row.values().get("summary"));
        assertEquals("shelter, legal", row.values().get("services"));
        assertEquals("2026-01-15", row.organizationFields().get("lastVerified"));
    }
}
