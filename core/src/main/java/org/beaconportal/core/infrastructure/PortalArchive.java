package org.beaconportal.core.infrastructure;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * The portal's backup format: a ZIP with {@code manifest.json}, one JSON-lines file per table under
 * {@code tables/} and the data directory's files under {@code files/}, each with its SHA-256 in
 * the manifest. Database-neutral, so the same archive moves a portal from H2 to PostgreSQL.
 *
 * <p>The search index, the H2 database files, mail outbox and earlier backups are never part of
 * an archive: the index is rebuilt after a restore.
 *
 * <pre>{@code
 * PortalArchive.write(connection, dataDirectory, migrations, out);
 * PortalArchive.Manifest manifest = PortalArchive.verify(zipPath);
 * PortalArchive.restore(connection, zipPath, dataDirectory);
 * }</pre>
 */
public final class PortalArchive {

    /** Version of the archive layout. */
    public static final int FORMAT = 1;

    /** Folders of the data directory that are never archived. */
    static final Set<String> EXCLUDED_FOLDERS = Set.of("search-index", "db", "backups", "outbox", "tmp");

    private PortalArchive() {}

    /**
     * What an archive holds.
     *
     * @param created when it was written
     * @param migrations applied schema version per module (owner of a history table)
     * @param tables row count per table
     */
    public record Manifest(OffsetDateTime created, Map<String, String> migrations, Map<String, Long> tables) {}

    /**
     * Writes a consistent archive: the tables are read in one transaction at serializable isolation,
     * so they show one moment even while the portal keeps working.
     */
    public static Manifest write(Connection connection, Path dataDirectory, OffsetDateTime now, OutputStream target)
            throws SQLException, IOException {
        boolean autoCommit = connection.getAutoCommit();
        int isolation = connection.getTransactionIsolation();
        connection.setAutoCommit(false);
        connection.setTransactionIsolation(Connection.TRANSACTION_SERIALIZABLE);
        Map<String, Long> rows = new LinkedHashMap<>();
        JsonObjectBuilder checksums = Json.createObjectBuilder();
        Map<String, String> migrations;
        try (ZipOutputStream zip = new ZipOutputStream(target, StandardCharsets.UTF_8)) {
            migrations = migrations(connection);
            TableSnapshot snapshot = TableSnapshot.of(connection);
            for (String table : snapshot.tables()) {
                String entry = "tables/" + table + ".jsonl";
                zip.putNextEntry(new ZipEntry(entry));
                MessageDigest digest = sha256();
                Writer writer =
                        new OutputStreamWriter(new DigestOutputStream(nonClosing(zip), digest), StandardCharsets.UTF_8);
                rows.put(table, snapshot.export(connection, table, writer));
                writer.flush();
                zip.closeEntry();
                checksums.add(entry, HexFormat.of().formatHex(digest.digest()));
            }
            connection.commit();
            for (Path file : dataFiles(dataDirectory)) {
                String entry =
                        "files/" + dataDirectory.relativize(file).toString().replace('\\', '/');
                zip.putNextEntry(new ZipEntry(entry));
                MessageDigest digest = sha256();
                try (OutputStream out = new DigestOutputStream(nonClosing(zip), digest)) {
                    Files.copy(file, out);
                }
                zip.closeEntry();
                checksums.add(entry, HexFormat.of().formatHex(digest.digest()));
            }
            JsonObjectBuilder tables = Json.createObjectBuilder();
            rows.forEach(tables::add);
            JsonObjectBuilder versions = Json.createObjectBuilder();
            migrations.forEach(versions::add);
            JsonObject manifest = Json.createObjectBuilder()
                    .add("format", FORMAT)
                    .add("created", now.toString())
                    .add("database", connection.getMetaData().getDatabaseProductName())
                    .add("migrations", versions)
                    .add("tables", tables)
                    .add("sha256", checksums)
                    .build();
            zip.putNextEntry(new ZipEntry("manifest.json"));
            zip.write(manifest.toString().getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        } catch (SQLException | IOException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setTransactionIsolation(isolation);
            connection.setAutoCommit(autoCommit);
        }
        return new Manifest(now, migrations, rows);
    }

    /**
     * Checks an archive before anything is changed: its manifest, the checksum of every entry, and
     * that this portal's schema has the same migrations applied.
     *
     * @throws IllegalArgumentException naming what is wrong
     */
    public static Manifest verify(Path archive, Connection connection) throws IOException, SQLException {
        try (ZipFile zip = new ZipFile(archive.toFile(), StandardCharsets.UTF_8)) {
            ZipEntry manifestEntry = zip.getEntry("manifest.json");
            if (manifestEntry == null) {
                throw new IllegalArgumentException("Not a Beacon backup: manifest.json is missing");
            }
            JsonObject manifest;
            try (InputStream in = zip.getInputStream(manifestEntry)) {
                manifest = Json.createReader(in).readObject();
            }
            if (manifest.getInt("format", -1) != FORMAT) {
                throw new IllegalArgumentException("Unsupported backup format " + manifest.get("format"));
            }
            JsonObject checksums = manifest.getJsonObject("sha256");
            for (String entry : checksums.keySet()) {
                ZipEntry zipEntry = zip.getEntry(entry);
                if (zipEntry == null) {
                    throw new IllegalArgumentException("The backup lacks " + entry);
                }
                MessageDigest digest = sha256();
                try (InputStream in = zip.getInputStream(zipEntry)) {
                    byte[] buffer = new byte[65536];
                    for (int n; (n = in.read(buffer)) > 0; ) {
                        digest.update(buffer, 0, n);
                    }
                }
                if (!HexFormat.of().formatHex(digest.digest()).equals(checksums.getString(entry))) {
                    throw new IllegalArgumentException("Checksum mismatch for " + entry + ": the backup is damaged");
                }
            }
            Map<String, String> migrations = new LinkedHashMap<>();
            manifest.getJsonObject("migrations")
                    .forEach((k, v) -> migrations.put(k, ((jakarta.json.JsonString) v).getString()));
            Map<String, String> here = migrations(connection);
            if (!migrations.equals(here)) {
                throw new IllegalArgumentException(
                        "The backup's schema versions " + migrations + " differ from this portal's " + here);
            }
            Map<String, Long> tables = new LinkedHashMap<>();
            manifest.getJsonObject("tables")
                    .forEach((k, v) -> tables.put(k, ((jakarta.json.JsonNumber) v).longValue()));
            return new Manifest(OffsetDateTime.parse(manifest.getString("created")), migrations, tables);
        }
    }

    /**
     * Replaces every table's rows and the data directory's files with the archive's, in one
     * transaction for the database. Call {@link #verify} first.
     */
    public static void restore(Path archive, Connection connection, Path dataDirectory)
            throws IOException, SQLException {
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try (ZipFile zip = new ZipFile(archive.toFile(), StandardCharsets.UTF_8)) {
            TableSnapshot snapshot = TableSnapshot.of(connection);
            snapshot.clearAll(connection);
            for (String table : snapshot.tables()) {
                ZipEntry entry = zip.getEntry("tables/" + table + ".jsonl");
                if (entry == null) {
                    continue;
                }
                try (BufferedReader in = new BufferedReader(
                        new java.io.InputStreamReader(zip.getInputStream(entry), StandardCharsets.UTF_8))) {
                    snapshot.load(connection, table, in);
                }
            }
            restartSequences(connection, snapshot);
            connection.commit();
            restoreFiles(zip, dataDirectory);
        } catch (SQLException | IOException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }

    private static void restoreFiles(ZipFile zip, Path dataDirectory) throws IOException {
        Path root = dataDirectory.toAbsolutePath().normalize();
        List<? extends ZipEntry> entries = zip.stream()
                .filter(e -> e.getName().startsWith("files/") && !e.isDirectory())
                .toList();
        for (ZipEntry entry : entries) {
            Path target =
                    root.resolve(entry.getName().substring("files/".length())).normalize();
            if (!target.startsWith(root)) {
                throw new IllegalArgumentException("Entry outside the data directory: " + entry.getName());
            }
            Files.createDirectories(target.getParent());
            try (InputStream in = zip.getInputStream(entry)) {
                Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    /** Every sequence starts again above the highest id of any table, so new rows never collide. */
    private static void restartSequences(Connection connection, TableSnapshot snapshot) throws SQLException {
        long max = 0;
        try (Statement statement = connection.createStatement()) {
            for (String table : snapshot.tables()) {
                if (hasIdColumn(connection, table)) {
                    try (ResultSet rs = statement.executeQuery("select max(id) from " + table)) {
                        if (rs.next()) {
                            max = Math.max(max, rs.getLong(1));
                        }
                    }
                }
            }
            List<String> sequences = new ArrayList<>();
            try (ResultSet rs = statement.executeQuery("select sequence_name from information_schema.sequences"
                    + " where lower(sequence_schema) = lower(current_schema)")) {
                while (rs.next()) {
                    sequences.add(rs.getString(1));
                }
            }
            for (String sequence : sequences) {
                statement.executeUpdate("alter sequence " + sequence + " restart with " + (max + 1000));
            }
        }
    }

    private static boolean hasIdColumn(Connection connection, String table) throws SQLException {
        try (ResultSet rs = connection.getMetaData().getColumns(null, connection.getSchema(), table, "id")) {
            if (rs.next()) {
                int type = rs.getInt("DATA_TYPE");
                return type == java.sql.Types.BIGINT || type == java.sql.Types.INTEGER;
            }
        }
        return false;
    }

    /**
     * Applied migration version per history table ({@code schema_history_core} → {@code core}),
     * but for core's PostgreSQL-only migrations ({@link SchemaMigrator#POSTGRES_ONLY_OWNER}): their
     * tables (the search index) are never archived, so a backup moves between H2 and PostgreSQL.
     */
    static Map<String, String> migrations(Connection connection) throws SQLException {
        Map<String, String> versions = new java.util.TreeMap<>();
        List<String> historyTables = new ArrayList<>();
        try (ResultSet rs =
                connection.getMetaData().getTables(null, connection.getSchema(), "%", new String[] {"TABLE"})) {
            while (rs.next()) {
                String name = rs.getString("TABLE_NAME").toLowerCase(java.util.Locale.ROOT);
                if (name.startsWith(TableSnapshot.HISTORY_PREFIX)
                        && !name.equals(TableSnapshot.HISTORY_PREFIX + SchemaMigrator.POSTGRES_ONLY_OWNER)) {
                    historyTables.add(name);
                }
            }
        }
        try (Statement statement = connection.createStatement()) {
            for (String table : historyTables) {
                try (ResultSet rs = statement.executeQuery("select version from " + table
                        + " where success = true and version is not null" + " order by installed_rank desc")) {
                    versions.put(
                            table.substring(TableSnapshot.HISTORY_PREFIX.length()), rs.next() ? rs.getString(1) : "");
                }
            }
        }
        return versions;
    }

    private static List<Path> dataFiles(Path dataDirectory) throws IOException {
        if (!Files.isDirectory(dataDirectory)) {
            return List.of();
        }
        List<Path> files = new ArrayList<>();
        try (Stream<Path> top = Files.list(dataDirectory)) {
            for (Path child : top.sorted().toList()) {
                String name = child.getFileName().toString();
                if (Files.isDirectory(child) && !EXCLUDED_FOLDERS.contains(name)) {
                    try (Stream<Path> walk = Files.walk(child)) {
                        walk.filter(Files::isRegularFile)
                                .filter(p -> !p.getFileName().toString().endsWith(".part"))
                                .sorted()
                                .forEach(files::add);
                    }
                }
            }
        }
        return files;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static OutputStream nonClosing(OutputStream out) {
        return new java.io.FilterOutputStream(out) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
            }

            @Override
            public void close() throws IOException {
                flush();
            }
        };
    }
}
