package org.beaconportal.core.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.beaconportal.core.application.SearchIndex;
import org.beaconportal.core.application.SearchQuery;
import org.beaconportal.core.application.SearchResults.SearchHit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The search contract against a real PostgreSQL: {@link PostgresSearchIndex} on the tables of the
 * {@code core-postgresql} migration, applied by {@link SchemaMigrator#migratePostgresOnly()}.
 *
 * <p>Each test folder stands for its own schema, created and migrated the first time the folder
 * is opened; opening the same folder again uses the same schema, so it sees the same documents.
 * The schemas are dropped after the class.
 *
 * <p>Runs only with {@code mvn verify -pl core -Ppostgres-search -Dbeacon.it.db.name=<database>};
 * host, port, user and password come from {@code -Dbeacon.it.db.host} etc. or from {@code
 * BEACON_DB_HOST}, {@code BEACON_DB_PORT}, {@code BEACON_DB_USER}, {@code BEACON_DB_PASSWORD}.
 * Missing settings fail the run: this test is never skipped silently.
 */
class PostgresSearchIndexIT extends SearchIndexContractTest {

    private static final Map<Path, String> SCHEMAS = new HashMap<>();

    @Override
    protected SearchIndex newIndex(Path dir) throws SQLException {
        String schema = SCHEMAS.get(dir);
        if (schema == null) {
            schema = "search_it_" + UUID.randomUUID().toString().replace("-", "");
            try (Connection connection = dataSource(null).getConnection();
                    Statement statement = connection.createStatement()) {
                statement.execute("CREATE SCHEMA " + schema);
            }
            SCHEMAS.put(dir, schema);
            SchemaMigrator migrator = new SchemaMigrator();
            migrator.dataSource = dataSource(schema);
            assertTrue(migrator.migratePostgresOnly(), "the PostgreSQL-only migrations run on PostgreSQL");
        }
        return new PostgresSearchIndex(dataSource(schema));
    }

    @AfterAll
    static void dropSchemas() throws SQLException {
        try (Connection connection = dataSource(null).getConnection();
                Statement statement = connection.createStatement()) {
            for (String schema : SCHEMAS.values()) {
                statement.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
            }
        }
        SCHEMAS.clear();
    }

    static PGSimpleDataSource dataSource(String schema) {
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setServerNames(new String[] {setting("host", "localhost")});
        dataSource.setPortNumbers(new int[] {Integer.parseInt(setting("port", "5432"))});
        dataSource.setDatabaseName(setting("name", null));
        dataSource.setUser(setting("user", null));
        dataSource.setPassword(setting("password", ""));
        if (schema != null) {
            dataSource.setCurrentSchema(schema);
        }
        return dataSource;
    }

    /** {@code -Dbeacon.it.db.<name>}, else {@code BEACON_DB_<NAME>}, else the default. */
    private static String setting(String name, String fallback) {
        String value = System.getProperty("beacon.it.db." + name);
        if (value == null || value.isBlank() || value.startsWith("${")) {
            value = System.getenv("BEACON_DB_" + name.toUpperCase(java.util.Locale.ROOT));
        }
        if (value == null || value.isBlank()) {
            value = fallback;
        }
        if (value == null) {
            throw new IllegalStateException(
                    "PostgreSQL for PostgresSearchIndexIT is not configured: set -Dbeacon.it.db." + name
                            + " or BEACON_DB_" + name.toUpperCase(java.util.Locale.ROOT));
        }
        return value;
    }

    // ---- what only this adapter has to show

    @Test
    void withoutAnyMatchingTextNorSummaryTheSnippetIsTheBeginningOfTheText() {
        index.index(doc("publications", "publication", "a", "en", "Trafficking", "", "Nothing else here."));

        assertEquals(
                "Nothing else here.", search("trafficking", "en").hits().get(0).snippet());
    }

    @Test
    void aSecondIndexOnTheSameTablesSeesEveryChangeAtOnce() throws Exception {
        SearchIndex otherNode = open();

        index.index(en("a", "Trafficking report", "Text."));

        assertEquals(List.of("a"), keys(otherNode.search(SearchQuery.forPublic("trafficking", "en", ENABLED))));
        otherNode.remove("publications", "publication", "a", "en");
        assertEquals(0, search("trafficking", "en").total());
    }

    @Test
    void textWithNulAndMarkerCharactersIsStoredAndFound() {
        index.index(en("a", "Trafficking \u0000 report", "Human \uE000trafficking\uE001 and \u0000 more."));

        SearchHit hit = search("trafficking", "en").hits().get(0);

        assertEquals("a", hit.key());
        assertTrue(hit.snippet().contains("<mark>trafficking</mark>"), hit.snippet());
        assertFalse(hit.snippet().contains("\u0000"), hit.snippet());
    }
}
