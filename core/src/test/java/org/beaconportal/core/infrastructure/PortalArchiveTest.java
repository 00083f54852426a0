package org.beaconportal.core.infrastructure;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The backup format on two real (in-memory H2) databases migrated by core's migrations: a round
 * trip keeps every value, hierarchies that refer to their own table, files and sequences, and a
 * target with other schema versions is refused before anything changes.
 */
class PortalArchiveTest {

    private static final OffsetDateTime NOW = OffsetDateTime.of(2026, 11, 29, 18, 30, 0, 0, ZoneOffset.ofHours(-7));

    @TempDir
    Path temp;

    private static Connection database(String name, boolean migrate) throws SQLException {
        String url = "jdbc:h2:mem:" + name + UUID.randomUUID()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
        if (migrate) {
            Flyway.configure()
                    .dataSource(url, "sa", "")
                    .locations("classpath:db/migration/core")
                    .table("schema_history_core")
                    .load()
                    .migrate();
        }
        return DriverManager.getConnection(url, "sa", "");
    }

    private static void fill(Connection db) throws SQLException {
        try (Statement s = db.createStatement()) {
            s.executeUpdate("insert into core_vocabulary (id, vocab_key, label_en, label_es, position, version)"
                    + " values (1000, 'regions', 'Regions', 'Regiones', 0, 0)");
            // The parent has the higher id, so the archive (ordered by id) lists the child first.
            s.executeUpdate("insert into core_term (id, vocabulary_id, parent_id, term_key, label_en, label_es,"
                    + " position, version) values (1002, 1000, null, 'colorado', 'Colorado', 'Colorado', 0, 0)");
            s.executeUpdate("insert into core_term (id, vocabulary_id, parent_id, term_key, label_en, label_es,"
                    + " position, version) values (1001, 1000, 1002, 'denver', 'Denver', 'Área de Denver', 1, 0)");
        }
        try (PreparedStatement p = db.prepareStatement("insert into core_audit_event"
                + " (id, occurred_at, actor, action, target_type, target_id, detail) values (?, ?, ?, ?, ?, ?, ?)")) {
            p.setLong(1, 1003);
            p.setObject(2, NOW);
            p.setString(3, "ana");
            p.setString(4, "content.save");
            p.setString(5, "page");
            p.setString(6, "42");
            p.setString(7, "Niños y niñas — «prueba» \\n\"quoted\"");
            p.executeUpdate();
        }
    }

    /** A Flyway history table of one owner with one applied version. */
    private static void historyTable(Connection db, String owner, String version) throws SQLException {
        try (Statement s = db.createStatement()) {
            s.executeUpdate("create table schema_history_" + owner
                    + " (installed_rank int, version varchar(50), success boolean)");
            s.executeUpdate("insert into schema_history_" + owner + " values (1, '" + version + "', true)");
        }
    }

    private static List<String> rows(Connection db, String sql) throws SQLException {
        try (Statement s = db.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            List<String> rows = new java.util.ArrayList<>();
            while (rs.next()) {
                StringBuilder row = new StringBuilder();
                for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                    row.append(rs.getObject(i)).append('|');
                }
                rows.add(row.toString());
            }
            return rows;
        }
    }

    @Test
    void aRoundTripKeepsRowsFilesAndMovesSequencesPastEveryId() throws Exception {
        Path sourceData = Files.createDirectories(temp.resolve("source"));
        Files.createDirectories(sourceData.resolve("blobs/ab/cd"));
        byte[] blob = "bytes of a file".getBytes(StandardCharsets.UTF_8);
        Files.write(sourceData.resolve("blobs/ab/cd/abcd"), blob);
        Files.createDirectories(sourceData.resolve("search-index"));
        Files.writeString(sourceData.resolve("search-index/segments_1"), "never archived");
        Path archive = temp.resolve("backup.zip");

        try (Connection source = database("source", true);
                Connection target = database("target", true)) {
            fill(source);
            try (OutputStream out = Files.newOutputStream(archive)) {
                PortalArchive.Manifest manifest = PortalArchive.write(source, sourceData, NOW, out);
                assertEquals(2L, manifest.tables().get("core_term"));
            }
            try (Statement s = target.createStatement()) {
                s.executeUpdate("insert into core_vocabulary (id, vocab_key, label_en, label_es, position, version)"
                        + " values (5000, 'old', 'Old', 'Viejo', 0, 0)");
            }
            Path targetData = Files.createDirectories(temp.resolve("target"));

            PortalArchive.verify(archive, target);
            PortalArchive.restore(archive, target, targetData);

            String terms = "select id, vocabulary_id, parent_id, term_key, label_es from core_term order by id";
            assertEquals(rows(source, terms), rows(target, terms));
            assertEquals(List.of("1000|regions|Regions|Regiones|0|0|"), rows(target, "select * from core_vocabulary"));
            String audit = "select occurred_at, detail from core_audit_event";
            assertEquals(rows(source, audit), rows(target, audit));
            assertArrayEquals(blob, Files.readAllBytes(targetData.resolve("blobs/ab/cd/abcd")));
            assertTrue(Files.notExists(targetData.resolve("search-index")), "the index is rebuilt, never restored");
            try (Statement s = target.createStatement();
                    ResultSet rs = s.executeQuery("select next value for beacon_id_seq")) {
                rs.next();
                assertTrue(rs.getLong(1) > 1003, "sequence restarted above every restored id: " + rs.getLong(1));
            }
        }
    }

    @Test
    void aTargetWithOtherSchemaVersionsIsRefusedBeforeAnythingChanges() throws Exception {
        Path archive = temp.resolve("backup.zip");
        try (Connection source = database("source", true);
                Connection target = database("bare", false)) {
            fill(source);
            try (OutputStream out = Files.newOutputStream(archive)) {
                PortalArchive.write(source, temp, NOW, out);
            }
            historyTable(target, "core", "1");

            IllegalArgumentException refused =
                    assertThrows(IllegalArgumentException.class, () -> PortalArchive.verify(archive, target));

            assertTrue(refused.getMessage().contains("schema versions"), refused.getMessage());
        }
    }

    @Test
    void theSearchIndexTablesAndTheirMigrationsStayOutOfTheArchive() throws Exception {
        Path archive = temp.resolve("backup.zip");
        try (Connection source = database("source", true);
                Connection target = database("target", true)) {
            fill(source);
            // What core's PostgreSQL-only migration leaves on a PostgreSQL source (H2 stands in).
            try (Statement s = source.createStatement()) {
                s.executeUpdate("create table core_search_document (doc_key varchar(10) primary key)");
                s.executeUpdate("insert into core_search_document values ('derived')");
            }
            historyTable(source, SchemaMigrator.POSTGRES_ONLY_OWNER, "1");
            try (OutputStream out = Files.newOutputStream(archive)) {
                PortalArchive.Manifest manifest = PortalArchive.write(source, temp, NOW, out);
                assertFalse(
                        manifest.tables().containsKey("core_search_document"),
                        manifest.tables().toString());
                assertFalse(
                        manifest.migrations().containsKey("core_postgresql"),
                        manifest.migrations().toString());
            }

            assertDoesNotThrow(() -> PortalArchive.verify(archive, target), "restores into a portal on H2");
        }
    }

    @Test
    void migrationsAreReadFromEveryHistoryTable() throws Exception {
        try (Connection db = database("versions", true)) {
            Map<String, String> versions = PortalArchive.migrations(db);
            assertTrue(versions.containsKey("core"), versions.toString());
            assertTrue(Integer.parseInt(versions.get("core")) >= 5, versions.toString());
        }
    }

    @Test
    void postgresTimestampWithTimeZoneKeepsItsOffset() {
        assertEquals(
                java.sql.Types.TIMESTAMP_WITH_TIMEZONE,
                TableSnapshot.jdbcType(java.sql.Types.TIMESTAMP, "timestamptz"));
        assertEquals(java.sql.Types.TIMESTAMP, TableSnapshot.jdbcType(java.sql.Types.TIMESTAMP, "timestamp"));
        assertEquals(
                java.sql.Types.TIMESTAMP_WITH_TIMEZONE,
                TableSnapshot.jdbcType(java.sql.Types.TIMESTAMP_WITH_TIMEZONE, "TIMESTAMP WITH TIME ZONE"));
    }
}
