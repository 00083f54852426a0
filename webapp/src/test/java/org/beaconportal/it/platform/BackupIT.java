package org.beaconportal.it.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.beaconportal.core.application.AssetService;
import org.beaconportal.core.application.ContentDraft;
import org.beaconportal.core.application.ContentService;
import org.beaconportal.core.application.Editor;
import org.beaconportal.core.application.OutboxWorker;
import org.beaconportal.core.application.SearchService;
import org.beaconportal.core.domain.Asset;
import org.beaconportal.core.domain.ContentItem;
import org.beaconportal.core.domain.Page;
import org.beaconportal.core.domain.Slug;
import org.beaconportal.core.domain.WorkflowAction;
import org.beaconportal.core.infrastructure.DataDirectory;
import org.beaconportal.core.infrastructure.PortalBackups;
import org.beaconportal.core.spi.PortalRole;
import org.beaconportal.it.support.PortalDeployment;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Backup and restore of a running portal: a restore brings back rows, files and search exactly as
 * they were at the backup, new rows afterwards get fresh ids, a damaged archive changes nothing,
 * and the operators' endpoint answers only to its token.
 */
@ExtendWith(ArquillianExtension.class)
class BackupIT {

    private static final Editor ADMIN = new Editor("it-admin", EnumSet.of(PortalRole.ADMIN));

    @Deployment
    static WebArchive deployment() {
        return PortalDeployment.portal();
    }

    @Inject
    PortalBackups backups;

    @Inject
    ContentService content;

    @Inject
    AssetService assets;

    @Inject
    SearchService search;

    @Inject
    OutboxWorker outbox;

    @Inject
    DataDirectory dataDirectory;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "beacon.http.port")
    int port;

    private Page publishedPage(String title, String body) {
        Page page = new Page(Slug.fromTitle(title), "en", title, ADMIN.name(), OffsetDateTime.now(clock));
        page.edit(title, null, body, ADMIN.name(), OffsetDateTime.now(clock));
        Page created = content.create(ADMIN, page, null);
        content.transition(ADMIN, created.getId(), WorkflowAction.PUBLISH, null);
        return created;
    }

    private Path blob(Asset asset) {
        String sha = asset.getSha256();
        return dataDirectory
                .root()
                .resolve("blobs")
                .resolve(sha.substring(0, 2))
                .resolve(sha.substring(2, 4))
                .resolve(sha);
    }

    @Test
    void aRestoreBringsBackRowsFilesAndSearchAsTheyWereAtTheBackup() throws IOException {
        String kept = "kept" + UUID.randomUUID().toString().substring(0, 8);
        String later = "later" + UUID.randomUUID().toString().substring(0, 8);
        Page page = publishedPage("Backup page " + kept, "Text with " + kept);
        Asset file = assets.upload(
                ADMIN, "backup-note.txt", new ByteArrayInputStream(("note " + kept).getBytes(StandardCharsets.UTF_8)));
        outbox.runOnce();

        Path archive = backups.backup("it");

        ContentItem current = content.find(page.getId()).orElseThrow();
        content.save(
                ADMIN,
                page.getId(),
                current.getVersion(),
                new ContentDraft("Changed after the backup", null, null, "Text with " + later, null, null),
                null);
        Page afterwards = publishedPage("Created after the backup " + later, later);
        Files.delete(blob(file));
        outbox.runOnce();
        assertEquals(0, search.searchPublic(kept, "en", null, null, null, 0).total());

        backups.restore(archive, "it");

        assertEquals(
                "Backup page " + kept, content.find(page.getId()).orElseThrow().getTitle());
        assertTrue(content.find(afterwards.getId()).isEmpty(), "rows created after the backup are gone");
        assertTrue(Files.exists(blob(file)), "the file's bytes are back");
        assertEquals("note " + kept, Files.readString(blob(file)));
        assertEquals(1, search.searchPublic(kept, "en", null, null, null, 0).total(), "search rebuilt");
        assertEquals(0, search.searchPublic(later, "en", null, null, null, 0).total());

        Page fresh = publishedPage("Created after the restore " + later, "new");
        assertTrue(fresh.getId() > afterwards.getId(), "ids after a restore never reuse restored ones");
    }

    @Test
    void aDamagedBackupIsRefusedAndNothingChanges() throws IOException {
        String word = "damaged" + UUID.randomUUID().toString().substring(0, 8);
        Path archive = backups.backup("it");
        Page page = publishedPage("After the good backup " + word, word);
        Path damaged = Files.createTempFile("beacon-damaged", ".zip");
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(archive));
                ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(damaged))) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                byte[] bytes = in.readAllBytes();
                if (entry.getName().equals("tables/core_content_item.jsonl")) {
                    bytes = (new String(bytes, StandardCharsets.UTF_8) + "\n").getBytes(StandardCharsets.UTF_8);
                }
                out.putNextEntry(new ZipEntry(entry.getName()));
                out.write(bytes);
                out.closeEntry();
            }
        }

        IllegalArgumentException refused =
                assertThrows(IllegalArgumentException.class, () -> backups.restore(damaged, "it"));

        assertTrue(refused.getMessage().contains("Checksum mismatch"), refused.getMessage());
        assertTrue(content.find(page.getId()).isPresent(), "nothing was restored");
        try (ZipFile zip = new ZipFile(archive.toFile())) {
            assertTrue(zip.getEntry("manifest.json") != null);
            assertFalse(zip.stream().anyMatch(e -> e.getName().startsWith("files/search-index/")));
            assertFalse(zip.stream().anyMatch(e -> e.getName().startsWith("files/db/")));
        }
    }

    @Test
    void theOperationsEndpointAnswersOnlyToItsToken() throws Exception {
        HttpClient http =
                HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        URI backup = URI.create("http://localhost:" + port + "/api/v1/ops/backup");

        HttpResponse<String> anonymous = http.send(
                HttpRequest.newBuilder(backup)
                        .POST(HttpRequest.BodyPublishers.noBody())
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> wrong = http.send(
                HttpRequest.newBuilder(backup)
                        .header("Authorization", "Bearer not-the-token")
                        .POST(HttpRequest.BodyPublishers.noBody())
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        HttpResponse<InputStream> right = http.send(
                HttpRequest.newBuilder(backup)
                        .header("Authorization", "Bearer it-ops-token-42")
                        .POST(HttpRequest.BodyPublishers.noBody())
                        .build(),
                HttpResponse.BodyHandlers.ofInputStream());

        assertEquals(401, anonymous.statusCode());
        assertEquals(401, wrong.statusCode());
        assertEquals(200, right.statusCode());
        Path downloaded = Files.createTempFile("beacon-backup", ".zip");
        try (InputStream in = right.body();
                OutputStream out = Files.newOutputStream(downloaded)) {
            in.transferTo(out);
        }
        try (ZipFile zip = new ZipFile(downloaded.toFile())) {
            assertTrue(zip.getEntry("manifest.json") != null);
            assertTrue(zip.getEntry("tables/core_account.jsonl") != null);
        }
    }
}
