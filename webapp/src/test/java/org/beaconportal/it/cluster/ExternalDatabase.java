package org.beaconportal.it.cluster;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A PostgreSQL database for tests that start packaged servers: the server comes from {@code
 * BEACON_DB_HOST}, {@code _PORT}, {@code _USER} and {@code _PASSWORD} (as {@code .ci/run} exports
 * them), the database name from a system property.
 */
record ExternalDatabase(String name) {

    /** The database named by the system property, or {@code fallback}. */
    static ExternalDatabase named(String property, String fallback) {
        return new ExternalDatabase(System.getProperty(property, fallback));
    }

    Connection connect() throws SQLException {
        return DriverManager.getConnection(
                "jdbc:postgresql://" + env("BEACON_DB_HOST", "localhost") + ":" + env("BEACON_DB_PORT", "5432") + "/"
                        + name,
                env("BEACON_DB_USER", "beacon"),
                env("BEACON_DB_PASSWORD", ""));
    }

    /** Drops everything in the database's schema, so a portal starts on it as on a new database. */
    void empty() throws SQLException {
        try (Connection c = connect();
                Statement s = c.createStatement()) {
            s.execute("drop schema if exists public cascade");
            s.execute("create schema public");
        }
    }

    /** The environment a packaged server needs to use this database. */
    Map<String, String> serverSettings() {
        return Map.of(
                "BEACON_DB", "postgres",
                "BEACON_DB_HOST", env("BEACON_DB_HOST", "localhost"),
                "BEACON_DB_PORT", env("BEACON_DB_PORT", "5432"),
                "BEACON_DB_NAME", name,
                "BEACON_DB_USER", env("BEACON_DB_USER", "beacon"),
                "BEACON_DB_PASSWORD", env("BEACON_DB_PASSWORD", ""));
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    /** Removes a test's work folder and everything in it (nothing happens if it is missing). */
    static void deleteFolder(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
