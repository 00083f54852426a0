package org.beaconportal.it.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.beaconportal.core.infrastructure.TableSnapshot;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Backup and restore between packaged servers: a seeded portal on H2 is backed up with the
 * operations API, and the backup restored into a new, empty portal on H2 and into one on PostgreSQL
 * (outgrowing H2). Every table's rows, every file and a sample of public pages must come out the same.
 * Needs PostgreSQL (the database named by {@code -Dbeacon.moved.db.name}; its schema is emptied
 * first); {@code .ci/run} runs it with the cluster test.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MigrationIT {

    static final String TOKEN = "migration-ops-token-31";

    private final Path work = Path.of("target", "migration").toAbsolutePath();
    private final ExternalDatabase database = ExternalDatabase.named("beacon.moved.db.name", "beacon_moved");
    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    private static final Set<String> NOT_COMPARED_FOLDERS = Set.of("db", "search-index", "outbox", "backups", "tmp");

    private Path archive;
    private Path backup;
    private final Map<String, String> pagesAtBackup = new TreeMap<>();
    private Map<String, Long> rowsAtBackup;
    private Map<String, String> filesAtBackup;

    /** A seeded portal on H2, quiet, backed up; its rows, files and some pages noted; then stopped. */
    @BeforeAll
    void backUpASeededH2Portal() throws Exception {
        archive = Path.of(System.getProperty("beacon.package", "target/beacon-server.zip"));
        assertTrue(Files.isRegularFile(archive), "No server archive at " + archive + ": build it with -Ppackage");
        ExternalDatabase.deleteFolder(work);
        Files.createDirectories(work);
        Path h2Data = work.resolve("h2-data");
        PackagedNode h2 = new PackagedNode(
                "h2-portal",
                archive,
                work.resolve("h2-portal"),
                9583,
                9593,
                Map.of("BEACON_DATA_DIR", h2Data.toString(), "BEACON_OPS_TOKEN", TOKEN));
        backup = work.resolve("backup.zip");
        try {
            h2.start(ClusterIT.START);
            awaitQuiet(h2);
            for (String path : samplePaths(h2)) {
                pagesAtBackup.put(path, mainContent(get(h2, path)));
            }
            HttpResponse<Path> written = http.send(
                    HttpRequest.newBuilder(URI.create(h2.base() + "/api/v1/ops/backup"))
                            .header("Authorization", "Bearer " + TOKEN)
                            .POST(HttpRequest.BodyPublishers.noBody())
                            .build(),
                    HttpResponse.BodyHandlers.ofFile(backup));
            assertEquals(200, written.statusCode(), "backup");
        } finally {
            h2.stop();
        }
        rowsAtBackup = rowCounts(h2File(h2Data));
        filesAtBackup = checksums(h2Data, NOT_COMPARED_FOLDERS);
        assertTrue(rowsAtBackup.size() > 40, "the seeded portal has its tables: " + rowsAtBackup.keySet());
        assertTrue(rowsAtBackup.values().stream().mapToLong(Long::longValue).sum() > 500, "and rows: " + rowsAtBackup);
        assertFalse(filesAtBackup.isEmpty(), "the seeded portal has files");
    }

    @Test
    void theBackupRestoredIntoAnEmptyH2PortalHasEveryRowFileAndPage() throws Exception {
        Path data = work.resolve("h2-target-data");
        restoreInto("h2-target", 9585, 9595, Map.of("BEACON_DATA_DIR", data.toString()), data, () -> h2File(data));
    }

    @Test
    void theBackupRestoredIntoAnEmptyPostgresPortalHasEveryRowFileAndPage() throws Exception {
        database.empty();
        Path data = work.resolve("pg-target-data");
        Map<String, String> settings = new HashMap<>(database.serverSettings());
        settings.put("BEACON_DATA_DIR", data.toString());
        restoreInto("pg-target", 9584, 9594, settings, data, database::connect);
    }

    /** Starts an empty portal, restores the backup into it, and compares rows, files and pages. */
    private void restoreInto(
            String name, int port, int httpsPort, Map<String, String> settings, Path data, Database target)
            throws Exception {
        Map<String, String> environment = new HashMap<>(settings);
        environment.putAll(Map.of("BEACON_DEMO_CONTENT", "false", "BEACON_OPS_TOKEN", TOKEN));
        PackagedNode node = new PackagedNode(name, archive, work.resolve(name), port, httpsPort, environment);
        try {
            node.start(ClusterIT.START);
            HttpResponse<String> restored = http.send(
                    HttpRequest.newBuilder(URI.create(node.base() + "/api/v1/ops/restore"))
                            .header("Authorization", "Bearer " + TOKEN)
                            .header("Content-Type", "application/zip")
                            .POST(HttpRequest.BodyPublishers.ofFile(backup))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, restored.statusCode(), "restore: " + restored.body());
            for (Map.Entry<String, String> page : pagesAtBackup.entrySet()) {
                assertEquals(page.getValue(), mainContent(get(node, page.getKey())), "page " + page.getKey());
            }
        } finally {
            node.stop();
        }
        assertEquals(rowsAtBackup, rowCounts(target.connect()), "every table's row count");
        assertEquals(filesAtBackup, checksums(data, NOT_COMPARED_FOLDERS), "every file's SHA-256");
    }

    /** Opens a database for counting rows. */
    @FunctionalInterface
    private interface Database {
        Connection connect() throws SQLException;
    }

    private static Connection h2File(Path data) throws SQLException {
        return DriverManager.getConnection(
                "jdbc:h2:file:" + data.resolve("db/beacon") + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE", "beacon", "");
    }

    /**
     * Waits until the seeded portal's background work (image variants, text extraction, indexing
     * through the outbox) is done, so the backup and the database compared with it hold the same.
     */
    private void awaitQuiet(PackagedNode node) throws Exception {
        Pattern pending = Pattern.compile("(?m)^beacon_outbox_pending(\\{[^}]*\\})?\\s+([0-9.eE+-]+)$");
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        while (true) {
            Matcher value = pending.matcher(get(node, "/metrics"));
            assertTrue(value.find(), "the outbox backlog is measured");
            if (Double.parseDouble(value.group(2)) == 0) {
                return;
            }
            assertTrue(System.nanoTime() < deadline, "the seeded portal's outbox never emptied");
            Thread.sleep(1000);
        }
    }

    /** The home pages and the first pages the sitemap lists (module pages and published items). */
    private List<String> samplePaths(PackagedNode node) throws Exception {
        List<String> paths = new ArrayList<>(List.of("/", "/es/"));
        Matcher location = Pattern.compile("<loc>https?://[^/<]+(/[^<]*)</loc>").matcher(get(node, "/sitemap.xml"));
        while (location.find() && paths.size() < 25) {
            if (!paths.contains(location.group(1))) {
                paths.add(location.group(1));
            }
        }
        assertTrue(paths.size() > 10, "the sitemap lists pages: " + paths);
        return paths;
    }

    /** The page's main element, without what changes per request (CSP nonces). */
    static String mainContent(String html) {
        int start = html.indexOf("<main");
        int end = html.lastIndexOf("</main>");
        assertTrue(start >= 0 && end > start, "a page with a main element");
        return html.substring(start, end).replaceAll(" nonce=\"[^\"]*\"", "");
    }

    private String get(PackagedNode node, String path) throws Exception {
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(URI.create(node.base() + path)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), path + " on " + node.name());
        return response.body();
    }

    private static Map<String, Long> rowCounts(Connection connection) throws SQLException {
        Map<String, Long> counts = new TreeMap<>();
        try (connection) {
            DatabaseMetaData meta = connection.getMetaData();
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = meta.getTables(null, connection.getSchema(), "%", new String[] {"TABLE"})) {
                while (rs.next()) {
                    String name = rs.getString("TABLE_NAME").toLowerCase(Locale.ROOT);
                    if (!name.startsWith("schema_history_") && !TableSnapshot.RUNTIME_TABLES.contains(name)) {
                        tables.add(name);
                    }
                }
            }
            for (String table : tables) {
                try (Statement s = connection.createStatement();
                        ResultSet rs = s.executeQuery("select count(*) from " + table)) {
                    rs.next();
                    counts.put(table, rs.getLong(1));
                }
            }
        }
        return counts;
    }

    private static Map<String, String> checksums(Path root, Set<String> skipped) throws IOException {
        Map<String, String> sums = new TreeMap<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Path relative = root.relativize(file);
                if (skipped.contains(relative.getName(0).toString())) {
                    continue;
                }
                sums.put(relative.toString(), sha256(file));
            }
        }
        return sums;
    }

    private static String sha256(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[65536];
            for (int n; (n = in.read(buffer)) > 0; ) {
                digest.update(buffer, 0, n);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
