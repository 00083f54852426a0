package org.beaconportal.core.infrastructure;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.beaconportal.core.application.AuditTrail;
import org.beaconportal.core.application.BackgroundJobs;
import org.beaconportal.core.application.ModuleRegistry;
import org.beaconportal.core.application.SearchIndexer;

/**
 * Backs up a running portal into {@code backups/} of the data directory and restores a backup
 * into it (see {@link PortalArchive} for the format). After a restore the search index is rebuilt
 * from the restored database, module states are reloaded and the persistence layer forgets what
 * it had cached or preallocated.
 */
@ApplicationScoped
public class PortalBackups {

    private static final Logger LOG = Logger.getLogger(PortalBackups.class.getName());
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    @Resource(lookup = "jdbc/beacon")
    DataSource dataSource;

    @PersistenceContext(unitName = "beacon")
    EntityManager em;

    @Inject
    BackgroundJobs jobs;

    @Inject
    DataDirectory dataDirectory;

    @Inject
    Clock clock;

    @Inject
    ModuleRegistry registry;

    @Inject
    SearchIndexer searchIndexer;

    @Inject
    AuditTrail audit;

    private final ReentrantLock lock = new ReentrantLock();

    /** Writes a backup file into {@code backups/} and returns it. */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public Path backup(String actor) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        Path folder = dataDirectory.folder("backups");
        Path target = folder.resolve("beacon-" + STAMP.format(now) + ".zip");
        Path partial = folder.resolve(target.getFileName() + ".part");
        try (Connection connection = dataSource.getConnection();
                OutputStream out = Files.newOutputStream(partial)) {
            PortalArchive.Manifest manifest = PortalArchive.write(connection, dataDirectory.root(), now, out);
            LOG.info(
                    () -> "Backup written: " + target + " (" + manifest.tables().size() + " tables)");
        } catch (SQLException e) {
            throw new IllegalStateException("Backup failed: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("Backup failed", e);
        }
        try {
            Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Backup failed", e);
        }
        audit.recordAlone(actor, "backup.create", "backup", target.getFileName().toString(), null);
        return target;
    }

    /**
     * Replaces the portal's data with a backup's. The archive is checked completely (checksums,
     * schema versions) before anything changes; a failure while loading rolls the database back.
     *
     * @throws IllegalArgumentException when the archive is damaged or from another schema version
     */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public PortalArchive.Manifest restore(Path archive, String actor) {
        if (!lock.tryLock()) {
            throw new IllegalStateException("A backup is being restored already");
        }
        // Background jobs write rows of their own (outbox, watermarks, deliveries): none runs on
        // this node while the data is replaced.
        jobs.pause();
        try (Connection connection = dataSource.getConnection()) {
            PortalArchive.Manifest manifest = PortalArchive.verify(archive, connection);
            PortalArchive.restore(archive, connection, dataDirectory.root());
            forgetPersistentState();
            registry.loadStates();
            long documents = searchIndexer.rebuild();
            LOG.info(() -> "Backup of " + manifest.created() + " restored; search index rebuilt with " + documents
                    + " documents");
            audit.recordAlone(
                    actor, "backup.restore", "backup", manifest.created().toString(), null);
            return manifest;
        } catch (SQLException e) {
            throw new IllegalStateException("Restore failed: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("Restore failed", e);
        } finally {
            jobs.resume();
            lock.unlock();
        }
    }

    /**
     * Empties the shared cache and drops ids EclipseLink preallocated before the restore (they may
     * belong to restored rows now). EclipseLink is the platform's JPA provider; its session is
     * reached through the public methods of the entity manager's delegate.
     */
    private void forgetPersistentState() {
        em.getEntityManagerFactory().getCache().evictAll();
        try {
            Object delegate = em.getDelegate();
            Object session = publicMethod(delegate, "getServerSession").invoke(delegate);
            Object sequencing = publicMethod(session, "getSequencingControl").invoke(session);
            publicMethod(sequencing, "resetSequencing").invoke(sequencing);
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new IllegalStateException("Cannot reset id preallocation after restore; restart the portal", e);
        }
    }

    /**
     * A no-argument method as declared by a public API type of the object: its interfaces first,
     * then its classes outside EclipseLink's {@code internal} packages, which are not accessible.
     */
    private static java.lang.reflect.Method publicMethod(Object target, String name) throws NoSuchMethodException {
        java.util.List<Class<?>> interfaces = new java.util.ArrayList<>();
        java.util.List<Class<?>> classes = new java.util.ArrayList<>();
        java.util.Deque<Class<?>> pending = new java.util.ArrayDeque<>();
        for (Class<?> type = target.getClass(); type != null; type = type.getSuperclass()) {
            classes.add(type);
            pending.addAll(java.util.List.of(type.getInterfaces()));
        }
        while (!pending.isEmpty()) {
            Class<?> next = pending.poll();
            if (!interfaces.contains(next)) {
                interfaces.add(next);
                pending.addAll(java.util.List.of(next.getInterfaces()));
            }
        }
        java.util.List<Class<?>> candidates = new java.util.ArrayList<>(interfaces);
        candidates.addAll(classes);
        for (Class<?> candidate : candidates) {
            if (java.lang.reflect.Modifier.isPublic(candidate.getModifiers())
                    && !candidate.getName().contains(".internal.")) {
                try {
                    return candidate.getMethod(name);
                } catch (NoSuchMethodException e) {
                    // not declared by this type; try the next one
                }
            }
        }
        throw new NoSuchMethodException(name);
    }
}
