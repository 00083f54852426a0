package org.beaconportal.core.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import org.beaconportal.core.domain.OutboxEntry;

/**
 * Records a side effect in the caller's transaction; {@link OutboxWorker} applies it after commit.
 *
 * <pre>{@code
 * outbox.enqueue(SearchIndexer.TOPIC, String.valueOf(item.getId()));
 * }</pre>
 */
@ApplicationScoped
public class Outbox {

    @PersistenceContext(unitName = "beacon")
    EntityManager em;

    @Inject
    Clock clock;

    @Transactional(Transactional.TxType.MANDATORY)
    public void enqueue(String topic, String payload) {
        em.persist(new OutboxEntry(topic, payload, OffsetDateTime.now(clock)));
    }

    @Transactional
    public long pending() {
        return em.createNamedQuery("OutboxEntry.countPending", Long.class).getSingleResult();
    }
}
