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
import org.junit.jupiter.api.Test;

/**
 * Outgrowing H2: a seeded portal on H2 (packaged server, embedded database) is backed up with the
 * operations API, and the backup restored into a new, empty portal on PostgreSQL (a second packaged
 * server). Every table's rows, every file and a sample of public pages must come out the same.
 * Needs PostgreSQL (the database named by {@code -Dbeacon.moved.db.name}; its schema is emptied
 * first); {@code .ci/run} runs it with the cluster test.
 */
class MigrationIT {

    static final String TOKEN = "migration-ops-token-31";

    private final Path work = Path.of("target", "migration").toAbsolutePath();
    private final ExternalDatabase database = ExternalDatabase.named("beacon.moved.db.name", "beacon_moved");
    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    @Test
    void aSeededPortalMovesFromH2ToPostgresWithEveryRowFileAndPageIntact() throws Exception {
        Path archive = Path.of(System.getProperty("beacon.package", "target/beacon-server.zip"));
        assertTrue(Files.isRegularFile(archive), "No server archive at " + archive + ": build it with -Ppackage");
        ExternalDatabase.deleteFolder(work);
        Files.createDirectories(work);
        database.empty();
        Path h2Data = work.resolve("h2-data");
        Path pgData = work.resolve("pg-data");
        Map<String, String> pgSettings = new HashMap<>(database.serverSettings());
        pgSettings.putAll(Map.of(
                "BEACON_DATA_DIR", pgData.toString(), "BEACON_DEMO_CONTENT", "false", "BEACON_OPS_TOKEN", TOKEN));
        PackagedNode h2 = new PackagedNode(
                "h2-portal",
                archive,
                work.resolve("h2-portal"),
                9583,
                9593,
                Map.of("BEACON_DATA_DIR", h2Data.toString(), "BEACON_OPS_TOKEN", TOKEN));
        PackagedNode pg = new PackagedNode("pg-portal", archive, work.resolve("pg-portal"), 9584, 9594, pgSettings);

        Map<String, String> pagesOnH2 = new TreeMap<>();
        Path backup = work.resolve("backup.zip");
        try {
            h2.start(ClusterIT.START);
            awaitQuiet(h2);
            for (String path : samplePaths(h2)) {
                pagesOnH2.put(path, mainContent(get(h2, path)));
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
        Map<String, Long> rowsOnH2 = rowCounts(DriverManager.getConnection(
                "jdbc:h2:file:" + h2Data.resolve("db/beacon") + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE",
                "beacon",
                ""));

        try {
            pg.start(ClusterIT.START);
            HttpResponse<String> restored = http.send(
                    HttpRequest.newBuilder(URI.create(pg.base() + "/api/v1/ops/restore"))
                            .header("Authorization", "Bearer " + TOKEN)
                            .header("Content-Type", "application/zip")
                            .POST(HttpRequest.BodyPublishers.ofFile(backup))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, restored.statusCode(), "restore: " + restored.body());

            Map<String, Long> rowsOnPostgres = rowCounts(database.connect());
            assertTrue(rowsOnH2.size() > 40, "the seeded portal has its tables: " + rowsOnH2.keySet());
            assertTrue(rowsOnH2.values().stream().mapToLong(Long::longValue).sum() > 500, "and rows: " + rowsOnH2);
            assertEquals(rowsOnH2, rowsOnPostgres, "every table's row count");
            Map<String, String> filesOnH2 = checksums(h2Data, Set.of("db", "search-index", "outbox", "backups", "tmp"));
            assertFalse(filesOnH2.isEmpty(), "the seeded portal has files");
            assertEquals(
                    filesOnH2,
                    checksums(pgData, Set.of("db", "search-index", "outbox", "backups", "tmp")),
                    "every file's SHA-256");
            for (Map.Entry<String, String> page : pagesOnH2.entrySet()) {
                assertEquals(page.getValue(), mainContent(get(pg, page.getKey())), "page " + page.getKey());
            }
        } finally {
            pg.stop();
        }
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
