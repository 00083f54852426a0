package org.beaconportal.core.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.beaconportal.core.domain.OutboxEntry;

/**
 * Applies pending outbox entries in order, one batch at a time, and records how far it got. Runs
 * every second in the background, on one node of a cluster ({@link BackgroundJobs}); tests call
 * {@link #runOnce()} directly.
 */
@ApplicationScoped
public class OutboxWorker {

    private static final Logger LOG = Logger.getLogger(OutboxWorker.class.getName());
    /** The background job's name (its lease). */
    public static final String JOB = "outbox";

    private static final int BATCH = 200;
    private static final int MAX_ATTEMPTS = 10;

    @PersistenceContext(unitName = "beacon")
    EntityManager em;

    @Inject
    @Any
    Instance<OutboxHandler> handlers;

    @Inject
    Clock clock;

    @Inject
    BackgroundJobs jobs;

    private final ReentrantLock running = new ReentrantLock();

    @Inject
    OutboxLedger ledger;

    /** Starts the background schedule (on the one node holding the outbox's lease). Called once at portal startup. */
    public void start() {
        jobs.every(JOB, Duration.ofSeconds(1), Duration.ofSeconds(1), this::runOnce);
    }

    /** Applies every pending entry; returns how many were applied. */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public int runOnce() {
        running.lock();
        try {
            int applied = 0;
            List<OutboxEntry> batch;
            do {
                batch = em.createNamedQuery("OutboxEntry.pending", OutboxEntry.class)
                        .setParameter("maxAttempts", MAX_ATTEMPTS)
                        .setMaxResults(BATCH)
                        .getResultList();
                for (OutboxEntry entry : batch) {
                    applied += apply(entry.getId());
                }
            } while (batch.size() == BATCH);
            return applied;
        } finally {
            running.unlock();
        }
    }

    private int apply(long entryId) {
        OutboxEntry entry = em.find(OutboxEntry.class, entryId);
        if (entry == null || entry.getProcessedAt() != null) {
            return 0;
        }
        String error = null;
        try {
            handlerFor(entry.getTopic()).handle(entry.getPayload());
        } catch (RuntimeException e) {
            error = e.getClass().getSimpleName() + ": " + e.getMessage();
            LOG.log(Level.WARNING, "Outbox entry " + entryId + " (" + entry.getTopic() + ") failed", e);
        }
        ledger.record(entryId, error);
        return error == null ? 1 : 0;
    }

    private OutboxHandler handlerFor(String topic) {
        return handlers.stream()
                .filter(h -> h.topic().equals(topic))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("No handler for outbox topic " + topic));
    }
}
