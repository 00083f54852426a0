package org.beaconportal.core.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import org.beaconportal.core.domain.OutboxEntry;

/** Records the outcome of one outbox entry in its own transaction. */
@ApplicationScoped
public class OutboxLedger {

    @PersistenceContext(unitName = "beacon")
    EntityManager em;

    @Inject
    Clock clock;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void record(long entryId, String error) {
        OutboxEntry entry = em.find(OutboxEntry.class, entryId);
        if (error == null) {
            entry.done(OffsetDateTime.now(clock));
        } else {
            entry.failed(error);
        }
    }
}
