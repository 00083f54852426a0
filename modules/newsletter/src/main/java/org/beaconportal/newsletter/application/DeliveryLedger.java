package org.beaconportal.newsletter.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.beaconportal.newsletter.domain.Delivery;
import org.beaconportal.newsletter.domain.DeliveryState;
import org.beaconportal.newsletter.domain.SendOutcome;
import org.beaconportal.newsletter.domain.Subscriber;

/**
 * The writes of the sending job, each in its own committed transaction: a delivery is marked
 * {@code SENDING} before its message goes out and gets its outcome right after, so that whatever
 * stops the portal, the table says who surely has the issue, who surely has not, and who is in doubt.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class DeliveryLedger {

    /** A claimed delivery with what its message needs. */
    public record Claim(long deliveryId, long subscriberId, String email, String language) {}

    @PersistenceContext(unitName = "beacon")
    EntityManager em;

    /** Ids of deliveries due now, oldest first. */
    public List<Long> due(long issueId, OffsetDateTime now, int limit) {
        return em.createNamedQuery("Delivery.due", Long.class)
                .setParameter("issue", issueId)
                .setParameter("now", now)
                .setMaxResults(limit)
                .getResultList();
    }

    /**
     * Marks the delivery as being sent, or skips it when its recipient no longer receives issues.
     * Empty when there is nothing to send (skipped, or taken by someone else).
     */
    public Optional<Claim> claim(long deliveryId, OffsetDateTime now) {
        Delivery delivery = em.find(Delivery.class, deliveryId);
        if (delivery == null
                || (delivery.getState() != DeliveryState.PENDING && delivery.getState() != DeliveryState.RETRY)) {
            return Optional.empty();
        }
        Subscriber subscriber =
                delivery.getSubscriberId() == null ? null : em.find(Subscriber.class, delivery.getSubscriberId());
        if (subscriber == null || !subscriber.receivesIssues()) {
            delivery.skip(
                    subscriber == null
                            ? "deleted"
                            : subscriber.getStatus().name().toLowerCase());
            return Optional.empty();
        }
        delivery.claim(now);
        return Optional.of(
                new Claim(delivery.getId(), subscriber.getId(), subscriber.getEmail(), subscriber.getLanguage()));
    }

    /** Writes an attempt's outcome. */
    public void record(long deliveryId, SendOutcome outcome, String error, OffsetDateTime now) {
        Delivery delivery = em.find(Delivery.class, deliveryId);
        delivery.record(outcome, error, now);
        if (outcome == SendOutcome.PERMANENT_FAILURE && delivery.getSubscriberId() != null) {
            Subscriber subscriber = em.find(Subscriber.class, delivery.getSubscriberId());
            if (subscriber != null) {
                subscriber.recordBounce(true, error);
            }
        }
    }

    /**
     * Attempts still {@code SENDING} that were claimed before {@code claimedBefore} are due again at
     * once: the node that claimed them stopped or died (a live node finishes an attempt within
     * {@link IssueSender#ABANDONED_AFTER}). Returns how many.
     */
    public int requeueInterrupted(OffsetDateTime now, OffsetDateTime claimedBefore) {
        List<Delivery> interrupted = em.createNamedQuery("Delivery.interrupted", Delivery.class)
                .setParameter("claimedBefore", claimedBefore)
                .getResultList();
        interrupted.forEach(d -> d.requeueInterrupted("interrupted", now));
        return interrupted.size();
    }
}
