package org.beaconportal.core.infrastructure;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

/** Core's PostgreSQL-only migrations stay away from H2 (PostgreSQL mode or not). */
class SchemaMigratorTest {

    @Test
    void thePostgresOnlyMigrationsAreNotAppliedOnH2() throws Exception {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:postgres-only;MODE=PostgreSQL;DB_CLOSE_DELAY=-1");
        SchemaMigrator migrator = new SchemaMigrator();
        migrator.dataSource = h2;

        assertFalse(migrator.isPostgreSql());
        assertFalse(migrator.migratePostgresOnly());
        try (Connection connection = h2.getConnection();
                ResultSet tables = connection.getMetaData().getTables(null, null, null, null)) {
            while (tables.next()) {
                String table = tables.getString("TABLE_NAME").toLowerCase(java.util.Locale.ROOT);
                assertFalse(table.startsWith("core_search") || table.contains("schema_history"), table);
            }
        }
    }

    @Test
    void coresOwnMigrationsStillRunOnH2() {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:core-only;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1");
        SchemaMigrator migrator = new SchemaMigrator();
        migrator.dataSource = h2;

        assertTrue(migrator.migrate("core", "db/migration/core") > 0);
        assertFalse(migrator.migratePostgresOnly());
    }
}
