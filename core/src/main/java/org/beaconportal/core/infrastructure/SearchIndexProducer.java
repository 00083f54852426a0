package org.beaconportal.core.infrastructure;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.beaconportal.core.application.SearchIndex;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The portal's search index, chosen by the configuration property {@code beacon.search}
 * (environment variable {@code BEACON_SEARCH}):
 *
 * <ul>
 *   <li>{@code lucene} (default on one node): {@link LuceneSearchIndex} in the {@code search-index} folder of
 *       the data directory; for a single node;
 *   <li>{@code postgres} (default when {@code beacon.cluster=true}): {@link PostgresSearchIndex} in the portal's database ({@code
 *       jdbc/beacon}), shared by every node of a cluster. The database must be PostgreSQL: on H2
 *       the portal refuses to start (a silent fall-back to Lucene would give each node of a cluster
 *       its own, diverging index).
 * </ul>
 */
@ApplicationScoped
public class SearchIndexProducer {

    private static final Logger LOG = Logger.getLogger(SearchIndexProducer.class.getName());

    @Inject
    @ConfigProperty(name = "beacon.search")
    Optional<String> configuredAdapter;

    /** A cluster ({@code beacon.cluster=true}) searches in PostgreSQL unless told otherwise. */
    @Inject
    @ConfigProperty(name = "beacon.cluster", defaultValue = "false")
    boolean cluster;

    @Resource(lookup = "jdbc/beacon")
    DataSource dataSource;

    @Resource
    TransactionSynchronizationRegistry transactions;

    @Produces
    @ApplicationScoped
    SearchIndex searchIndex(DataDirectory dataDirectory) {
        String adapter = configuredAdapter.filter(a -> !a.isBlank()).orElse(cluster ? "postgres" : "lucene");
        return switch (adapter.strip().toLowerCase(Locale.ROOT)) {
            case "lucene" -> new LuceneSearchIndex(dataDirectory.folder("search-index"));
            case "postgres", "postgresql" -> {
                if (!SchemaMigrator.isPostgreSql(dataSource)) {
                    throw new IllegalStateException("beacon.search=postgres (BEACON_SEARCH) needs the portal's"
                            + " database to be PostgreSQL, but jdbc/beacon is not: use beacon.search=lucene, or"
                            + " run the portal on PostgreSQL (-Ppostgres, BEACON_DB_*)");
                }
                LOG.info("Search index: PostgreSQL full-text search in the portal's database");
                yield new PostgresSearchIndex(
                        dataSource, () -> transactions.getTransactionStatus() != Status.STATUS_NO_TRANSACTION);
            }
            default -> throw new IllegalStateException(
                    "Unknown beacon.search (BEACON_SEARCH) value '" + adapter + "': use lucene or postgres");
        };
    }

    void close(@Disposes SearchIndex index) throws Exception {
        if (index instanceof AutoCloseable closeable) {
            closeable.close();
        }
    }
}
