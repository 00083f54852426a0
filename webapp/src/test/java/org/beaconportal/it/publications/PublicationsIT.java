package org.beaconportal.it.publications;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.beaconportal.core.application.BusinessRuleException;
import org.beaconportal.core.application.ContentService;
import org.beaconportal.core.application.Editor;
import org.beaconportal.core.application.OutboxWorker;
import org.beaconportal.core.application.SearchResults;
import org.beaconportal.core.application.SearchService;
import org.beaconportal.core.domain.Slug;
import org.beaconportal.core.domain.WorkflowAction;
import org.beaconportal.core.spi.PortalRole;
import org.beaconportal.it.support.PortalClient;
import org.beaconportal.it.support.PortalDeployment;
import org.beaconportal.it.support.TestDatabase;
import org.beaconportal.it.support.TestSettings;
import org.beaconportal.publications.application.CatalogPage;
import org.beaconportal.publications.application.CatalogQuery;
import org.beaconportal.publications.application.DownloadStatistics;
import org.beaconportal.publications.application.PublicationCatalog;
import org.beaconportal.publications.application.PublicationFiles;
import org.beaconportal.publications.domain.Publication;
import org.beaconportal.publications.domain.PublicationFile;
import org.beaconportal.publications.domain.PublicationKind;
import org.beaconportal.publications.domain.TextStatus;
import org.beaconportal.publications.infrastructure.SimplePdfWriter;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The publications module on a running portal: uploads with validation, background text
 * extraction reaching site search and the catalogue, thumbnails, the public pages (stateless),
 * citation files and counted downloads. Background work runs synchronously through the outbox.
 */
@ExtendWith(ArquillianExtension.class)
class PublicationsIT {

    private static final Editor EDITOR = new Editor("it-editor", EnumSet.of(PortalRole.EDITOR));
    private static final Editor ADMIN = new Editor("it-admin", EnumSet.of(PortalRole.ADMIN));

    @Deployment
    static WebArchive deployment() {
        return PortalDeployment.portal();
    }

    @Inject
    ContentService content;

    @Inject
    PublicationFiles files;

    @Inject
    PublicationCatalog catalog;

    @Inject
    DownloadStatistics downloads;

    @Inject
    OutboxWorker outbox;

    @Inject
    SearchService search;

    @Inject
    TestDatabase database;

    @Inject
    Clock clock;

    @ArquillianResource
    URL base;

    static Publication publish(ContentService content, String title, PublicationKind kind, String language) {
        OffsetDateTime now = OffsetDateTime.now();
        Publication p = new Publication(Slug.fromTitle(title), language, title, EDITOR.name(), now);
        p.edit(title, "About " + title, "", EDITOR.name(), now);
        p.editFields(
                Map.of("kind", kind.key(), "date", "2021-05-01", "authors", "Tester, Ida\nBeacon IT"),
                EDITOR.name(),
                now);
        Publication created = content.create(EDITOR, p, "it");
        content.transition(ADMIN, created.getId(), WorkflowAction.PUBLISH, null);
        return created;
    }

    private static byte[] pdf(String title, String word) {
        return SimplePdfWriter.write(
                title,
                null,
                "Beacon IT",
                List.of(
                        new SimplePdfWriter.Section(
                                "Findings", List.of("The survey found " + word + " in the field notes.")),
                        new SimplePdfWriter.Section("Next", List.of("More text follows here."))));
    }

    private void drainOutbox() {
        for (int i = 0; i < 3; i++) {
            outbox.runOnce();
        }
    }

    @Test
    void aWordOnlyInsideAnUploadedPdfIsFoundBySiteSearchAndTheCatalogue() {
        String word = "zq" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        Publication p = publish(content, "Field notes " + word.substring(2, 6), PublicationKind.RESEARCH_REPORT, "en");
        assertEquals(0, search.searchPublic(word, "en", null, null, null, 0).total());

        PublicationFile main = files.attachMain(
                EDITOR, p.getId(), "Field notes.pdf", new ByteArrayInputStream(pdf("Field notes", word)));
        assertEquals(TextStatus.PENDING, main.getTextStatus());
        drainOutbox();

        PublicationFile done = database.fresh(PublicationFile.class, main.getId());
        assertEquals(TextStatus.EXTRACTED, done.getTextStatus(), String.valueOf(done.getTextFailure()));
        assertEquals(3, done.getPageCount());
        assertNotNull(done.getThumbnailPath());
        assertEquals(200, get(done.getThumbnailPath()).statusCode());

        SearchResults found = search.searchPublic(word, "en", null, null, null, 0);
        assertEquals(1, found.total());
        assertEquals(p.publicPath(), found.hits().get(0).path());
        assertTrue(
                found.hits().get(0).snippet().contains("<mark>"),
                found.hits().get(0).snippet());

        CatalogPage page = catalog.search(new CatalogQuery(word, null, null, null, null, null, null, 0, "en"));
        assertEquals(1, page.total());
        assertEquals(p.getId(), page.entries().get(0).publication().getId());
        assertTrue(page.entries().get(0).snippet().contains("<mark>" + word + "</mark>"));
        assertEquals(done.getThumbnailPath(), page.entries().get(0).thumbnailPath());

        HttpResponse<String> html = get("/publications?q=" + word);
        assertEquals(200, html.statusCode());
        assertTrue(html.body().contains("Field notes " + word.substring(2, 6)));
        assertTrue(html.body().contains("<mark>" + word + "</mark>"));
        assertTrue(html.headers().firstValue("Set-Cookie").isEmpty(), "readers get no cookie");
    }

    @Test
    void fakeAndEncryptedPdfsAreRefusedAndNothingIsAttached() throws IOException {
        Publication p = publish(
                content, "Refusals " + UUID.randomUUID().toString().substring(0, 6), PublicationKind.BRIEF, "en");
        byte[] html = "<!DOCTYPE html><html><body>Not a report</body></html>".getBytes(StandardCharsets.UTF_8);

        BusinessRuleException fake = assertThrows(
                BusinessRuleException.class,
                () -> files.attachMain(EDITOR, p.getId(), "report.pdf", new ByteArrayInputStream(html)));
        assertEquals("asset.refused.markup", fake.messageKey());

        BusinessRuleException encrypted = assertThrows(
                BusinessRuleException.class,
                () -> files.attachMain(EDITOR, p.getId(), "secret.pdf", new ByteArrayInputStream(encrypted())));
        assertEquals("publications.file.encrypted", encrypted.messageKey());

        BusinessRuleException pages = assertThrows(
                BusinessRuleException.class,
                () -> files.attachSection(
                        EDITOR, p.getId(), "part.pdf", new ByteArrayInputStream(pdf("x", "y")), "Part", 9, 3));
        assertEquals("publications.section.pagesInvalid", pages.messageKey());

        assertTrue(files.filesOf(p.getId()).isEmpty());
        assertEquals(
                0,
                database.count(
                        "select count(f) from PublicationFile f where f.publicationId = :p", Map.of("p", p.getId())));
    }

    @Test
    void theDetailPageOffersSectionsCitationsAndCountedDownloads() {
        Publication p = publish(
                content, "Detail page " + UUID.randomUUID().toString().substring(0, 6), PublicationKind.TOOLKIT, "en");
        files.attachMain(EDITOR, p.getId(), "whole.pdf", new ByteArrayInputStream(pdf("Whole", "alpha")));
        PublicationFile section = files.attachSection(
                EDITOR, p.getId(), "part-1.pdf", new ByteArrayInputStream(pdf("Part", "beta")), "Part one", 2, 3);
        drainOutbox();

        HttpResponse<String> page = get(p.publicPath());
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("Part one"));
        assertTrue(page.body().contains(section.getDownloadPath()));
        assertTrue(page.body().contains("id=\"citation-apa\""));
        assertTrue(page.body().contains("Tester, I., &amp; Beacon IT. (2021)."), "APA citation");
        assertTrue(page.headers().firstValue("Set-Cookie").isEmpty(), "readers get no cookie");
        assertEquals(404, get("/publications/no-such-publication").statusCode());

        HttpResponse<String> bib = get("/publications/cite/" + p.getSlug() + ".bib");
        assertEquals(200, bib.statusCode());
        assertTrue(bib.body().startsWith("@manual{" + p.getSlug() + "-2021,"), bib.body());
        assertTrue(bib.body().contains("author = {Tester, Ida and {Beacon IT}}"), bib.body());
        HttpResponse<String> ris = get("/publications/cite/" + p.getSlug() + ".ris");
        assertTrue(ris.body().startsWith("TY  - GEN\r\nAU  - Tester, Ida\r\nAU  - Beacon IT\r\n"), ris.body());
        assertTrue(ris.body().endsWith("ER  - \r\n"));

        String month = YearMonth.now(clock).toString();
        HttpResponse<String> download = get(section.getDownloadPath());
        assertEquals(302, download.statusCode());
        assertTrue(download.headers().firstValue("Location").orElseThrow().endsWith(section.getFilePath()));
        get(section.getDownloadPath());
        assertEquals(
                2,
                database.nativeCount("select downloads from publications_download where file_id = " + section.getId()
                        + " and period = '" + month + "'"));
        assertTrue(downloads.csv(ADMIN).contains(month + "," + p.getTitle() + ",en,part-1.pdf,Part one,2\r\n"));
        assertEquals(404, get("/publications/download/999999999/x.pdf").statusCode());
    }

    @Test
    void theCatalogueFiltersByKindTopicYearAndLanguage() {
        Publication es = publish(
                content,
                "Informe de prueba " + UUID.randomUUID().toString().substring(0, 6),
                PublicationKind.FACT_SHEET,
                "es");

        CatalogPage factSheets = catalog.search(
                new CatalogQuery(null, PublicationKind.FACT_SHEET, null, null, 2021, "es", null, 0, "es"));

        assertTrue(factSheets.entries().stream()
                .anyMatch(e -> e.publication().getId().equals(es.getId())));
        assertTrue(factSheets.entries().stream()
                .allMatch(e -> e.publication().getKind() == PublicationKind.FACT_SHEET
                        && e.publication().getLanguage().equals("es")));
        assertEquals(factSheets.total(), factSheets.kinds().get("fact-sheet"));

        HttpResponse<String> html = get("/publications?kind=research-report&topic=labour-trafficking");
        assertEquals(200, html.statusCode());
        assertTrue(html.body().contains("Hidden hands: labour trafficking in Colorado agriculture"), "demo research");
        assertFalse(html.body().contains(">Annual report 2024<"), "an annual report is filtered out");
        assertTrue(html.body().contains("aria-current=\"true\""), "selected facets are marked");
    }

    @Test
    void staffSeeFilesWithTheirStatusAndExportDownloadCounts() {
        Publication p = publish(
                content, "Staff view " + UUID.randomUUID().toString().substring(0, 6), PublicationKind.BRIEF, "en");
        PublicationFile main =
                files.attachMain(EDITOR, p.getId(), "staff-view.pdf", new ByteArrayInputStream(pdf("Staff", "gamma")));
        PortalClient staff = new PortalClient(base);
        assertEquals(302, get("/admin/publications/files").statusCode(), "anonymous readers are sent to log in");
        staff.login("admin", TestSettings.ADMIN_PASSWORD);

        HttpResponse<String> pending = staff.get("/admin/publications/files?id=" + p.getId());
        assertEquals(200, pending.statusCode());
        assertTrue(pending.body().contains("staff-view.pdf"));
        assertTrue(
                pending.body().contains("Extracting text…") || pending.body().contains("Text extracted"),
                "the extraction status is shown (the background worker may already have run)");
        drainOutbox();
        HttpResponse<String> done = staff.get("/admin/publications/files?id=" + p.getId());
        assertTrue(done.body().contains("Text extracted"));
        assertTrue(done.body()
                .contains(database.fresh(PublicationFile.class, main.getId()).getThumbnailPath()));

        HttpResponse<String> editor = staff.get("/admin/content/edit?id=" + p.getId());
        assertEquals(200, editor.statusCode());
        assertTrue(editor.body().contains("Publication details"), "the type's fields are in core's editor");
        assertTrue(editor.body().contains("Tester, Ida"), "with the publication's values");
        assertTrue(editor.body().contains("/admin/publications/files?id=" + p.getId()));
        HttpResponse<String> page =
                staff.get("/admin/content/edit?id=" + database.nativeCount("select min(id) from core_page"));
        assertEquals(200, page.statusCode(), "other types' editors still render");
        assertFalse(page.body().contains("Publication details"));

        get(main.getDownloadPath());
        HttpResponse<String> csv = staff.get("/admin/publications/downloads.csv");
        assertEquals(200, csv.statusCode());
        assertTrue(csv.body().startsWith("month,publication,language,file,section,downloads\r\n"));
        assertTrue(csv.body().contains(p.getTitle() + ",en,staff-view.pdf,,1\r\n"), csv.body());
        assertTrue(staff.get("/admin/publications/downloads").body().contains("staff-view.pdf"));
        assertEquals(302, get("/admin/publications/downloads.csv").statusCode());
    }

    private static byte[] encrypted() throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf("Secret", "hidden"))) {
            document.protect(new StandardProtectionPolicy("owner-pw", "user-pw", new AccessPermission()));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        }
    }

    private HttpResponse<String> get(String path) {
        return new PortalClient(base).get(path);
    }
}
