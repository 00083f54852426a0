package org.beaconportal.core.infrastructure;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Applies the versioned SQL migrations of core and of each module, each location with its own
 * history table ({@code schema_history_<id>}), so that modules evolve their schemas
 * independently. The same scripts run on H2 (PostgreSQL mode) and on PostgreSQL.
 *
 * <p>Each migration folder holds an empty {@code flyway.location} file: Liberty's class loader
 * lists a folder inside a jar only through a file in it.
 *
 * <p><b>PostgreSQL-only tables.</b> A few core tables use what H2 has no equivalent for (the
 * full-text tables of {@link PostgresSearchIndex}: {@code tsvector}, GIN). They live in {@value
 * #POSTGRES_ONLY_LOCATION}, with their own history table ({@code schema_history_core_postgresql}),
 * and {@link #migratePostgresOnly()} applies them when, and only when, the database is
 * PostgreSQL: on H2 the folder is never read. Every PostgreSQL portal gets them, whatever its
 * search adapter, so switching {@code beacon.search} needs no migration step.
 */
@ApplicationScoped
public class SchemaMigrator {

    private static final Logger LOG = Logger.getLogger(SchemaMigrator.class.getName());

    @Resource(lookup = "jdbc/beacon")
    DataSource dataSource;

    /**
     * Migrates one owner's schema.
     *
     * @param ownerId {@code core} or a module id
     * @param location classpath folder of the owner's scripts
     * @return number of migrations applied now
     */
    public int migrate(String ownerId, String location) {
        MigrateResult result = Flyway.configure(Thread.currentThread().getContextClassLoader())
                .dataSource(dataSource)
                .locations("classpath:" + location)
                .callbackLocations("classpath:" + location)
                .table("schema_history_" + ownerId)
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .failOnMissingLocations(true)
                .load()
                .migrate();
        if (result.migrationsExecuted > 0) {
            LOG.info(() -> "Schema of " + ownerId + " migrated to version " + result.targetSchemaVersion + " ("
                    + result.migrationsExecuted + " migrations)");
        }
        return result.migrationsExecuted;
    }

    /** Core's PostgreSQL-only migrations (never applied on H2). */
    public static final String POSTGRES_ONLY_LOCATION = "db/migration/core-postgresql";

    /** Owner id of those migrations: history table {@code schema_history_core_postgresql}. */
    public static final String POSTGRES_ONLY_OWNER = "core_postgresql";

    /**
     * Applies core's PostgreSQL-only migrations if the database is PostgreSQL.
     *
     * @return true if the database is PostgreSQL (and the migrations are applied), false otherwise
     */
    public boolean migratePostgresOnly() {
        if (!isPostgreSql()) {
            return false;
        }
        migrate(POSTGRES_ONLY_OWNER, POSTGRES_ONLY_LOCATION);
        return true;
    }

    /** True if the portal's database is PostgreSQL (not H2, even in its PostgreSQL mode). */
    public boolean isPostgreSql() {
        return isPostgreSql(dataSource);
    }

    /** True if the database behind {@code dataSource} is PostgreSQL. */
    public static boolean isPostgreSql(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            return "PostgreSQL".equalsIgnoreCase(connection.getMetaData().getDatabaseProductName());
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot reach the database: " + e.getMessage(), e);
        }
    }

    /** Product name and version of the database, for the startup log. */
    public String describeDatabase() {
        try (Connection connection = dataSource.getConnection()) {
            var meta = connection.getMetaData();
            return meta.getDatabaseProductName() + " " + meta.getDatabaseProductVersion();
        } catch (SQLException e) {
            return "unavailable (" + e.getMessage() + ")";
        }
    }
}
