package org.beaconportal.bench;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import javax.sql.DataSource;
import org.beaconportal.core.application.SearchIndex;
import org.beaconportal.core.infrastructure.LuceneSearchIndex;
import org.beaconportal.core.infrastructure.PostgresSearchIndex;
import org.beaconportal.core.infrastructure.SchemaMigrator;
import org.flywaydb.core.Flyway;
import org.postgresql.ds.PGSimpleDataSource;

/** The index under measurement, on its own storage, removed on close. */
interface BenchIndex extends AutoCloseable {

    SearchIndex index();

    long storageBytes() throws IOException;

    String storageDetail() throws IOException;

    @Override
    void close() throws IOException;

    static BenchIndex open(String adapter, Path folder, int n) {
        return switch (adapter) {
            case "lucene" -> new Lucene(new LuceneSearchIndex(folder), folder);
            case "postgres" -> Postgres.create("search_bench_" + n);
            default -> throw new IllegalArgumentException("bench.adapter must be lucene or postgres: " + adapter);
        };
    }

    record Lucene(LuceneSearchIndex index, Path folder) implements BenchIndex {
        @Override
        public long storageBytes() throws IOException {
            return SearchBenchmark.folderSize(folder);
        }

        @Override
        public String storageDetail() throws IOException {
            return " in " + SearchBenchmark.segmentCount(folder) + " segments";
        }

        @Override
        public void close() throws IOException {
            index.close();
            SearchBenchmark.deleteRecursively(folder);
        }
    }

    /** A fresh schema with the core-postgresql migration; dropped on close. */
    record Postgres(PostgresSearchIndex index, PGSimpleDataSource dataSource, String schema) implements BenchIndex {

        static Postgres create(String schema) {
            PGSimpleDataSource admin = dataSource(null);
            execute(admin, "DROP SCHEMA IF EXISTS " + schema + " CASCADE; CREATE SCHEMA " + schema);
            PGSimpleDataSource dataSource = dataSource(schema);
            Flyway.configure()
                    .dataSource(dataSource)
                    .locations("classpath:" + SchemaMigrator.POSTGRES_ONLY_LOCATION)
                    .table("schema_history_core_postgresql")
                    .load()
                    .migrate();
            // One connection, reused as a container's pool would (the benchmark is single-threaded):
            // a fresh connection per query would measure PostgreSQL's log-in, not the search.
            return new Postgres(new PostgresSearchIndex(reusing(dataSource)), dataSource, schema);
        }

        @Override
        public long storageBytes() {
            try (Connection connection = dataSource.getConnection();
                    Statement statement = connection.createStatement();
                    ResultSet rows = statement.executeQuery("SELECT pg_total_relation_size('core_search_document')"
                            + " + pg_total_relation_size('core_search_term')")) {
                rows.next();
                return rows.getLong(1);
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }

        @Override
        public String storageDetail() {
            execute(dataSource, "ANALYZE core_search_document; ANALYZE core_search_term");
            return " (tables, indexes and TOAST of schema " + schema + ")";
        }

        @Override
        public void close() {
            execute(dataSource(null), "DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        }

        /** A data source handing out one open connection again and again; close() keeps it open. */
        private static DataSource reusing(PGSimpleDataSource target) {
            Connection[] open = new Connection[1];
            return (DataSource) Proxy.newProxyInstance(
                    BenchIndex.class.getClassLoader(), new Class<?>[] {DataSource.class}, (proxy, method, args) -> {
                        if (!method.getName().equals("getConnection")) {
                            return method.invoke(target, args);
                        }
                        if (open[0] == null || open[0].isClosed()) {
                            open[0] = target.getConnection();
                        }
                        Connection connection = open[0];
                        return Proxy.newProxyInstance(
                                BenchIndex.class.getClassLoader(), new Class<?>[] {Connection.class}, (p, m, a) -> {
                                    if (m.getName().equals("close")) {
                                        connection.setAutoCommit(true);
                                        return null;
                                    }
                                    try {
                                        return m.invoke(connection, a);
                                    } catch (InvocationTargetException e) {
                                        throw e.getCause();
                                    }
                                });
                    });
        }

        private static PGSimpleDataSource dataSource(String schema) {
            PGSimpleDataSource dataSource = new PGSimpleDataSource();
            dataSource.setServerNames(new String[] {env("HOST", "localhost")});
            dataSource.setPortNumbers(new int[] {Integer.parseInt(env("PORT", "5432"))});
            dataSource.setDatabaseName(System.getProperty("bench.db.name", "beacon"));
            dataSource.setUser(env("USER", "beacon"));
            dataSource.setPassword(env("PASSWORD", ""));
            if (schema != null) {
                dataSource.setCurrentSchema(schema);
            }
            return dataSource;
        }

        private static String env(String name, String fallback) {
            String value = System.getenv("BEACON_DB_" + name.toUpperCase(Locale.ROOT));
            return value == null || value.isBlank() ? fallback : value;
        }

        private static void execute(PGSimpleDataSource dataSource, String sql) {
            try (Connection connection = dataSource.getConnection();
                    Statement statement = connection.createStatement()) {
                statement.execute(sql);
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
