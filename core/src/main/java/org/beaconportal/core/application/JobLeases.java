package org.beaconportal.core.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import org.beaconportal.core.infrastructure.DatabaseTimes;

/**
 * Leases on background jobs, kept in the database ({@code core_job_lease}) so that each job runs on
 * exactly one node of a cluster and moves to another node when its holder dies. A lease is taken
 * when it is free, expired, or already ours, and renewed by its holder; the row is locked while it
 * is read and written, so two nodes never both win. Each call is its own transaction.
 *
 * <pre>{@code
 * Optional<Grant> grant = leases.acquire("outbox", node, Duration.ofSeconds(30));
 * }</pre>
 */
@ApplicationScoped
public class JobLeases {

    /** A lease held by the caller; {@code previousHolder} is who had it before, if another node did. */
    public record Grant(String job, String previousHolder) {

        /** True when the job was last held by another node (or by an earlier run of this one). */
        public boolean tookOver() {
            return previousHolder != null;
        }
    }

    @PersistenceContext(unitName = "beacon")
    EntityManager em;

    @Inject
    Clock clock;

    /**
     * Takes or renews the lease of {@code job} for {@code holder} until now + {@code duration};
     * empty while another holder's lease is still valid.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public java.util.Optional<Grant> acquire(String job, String holder, Duration duration) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        OffsetDateTime until = now.plus(duration);
        List<?> rows = em.createNativeQuery("select holder, expires_at from core_job_lease where job = ?1 for update")
                .setParameter(1, job)
                .getResultList();
        if (rows.isEmpty()) {
            em.createNativeQuery("insert into core_job_lease (job, holder, expires_at) values (?1, ?2, ?3)")
                    .setParameter(1, job)
                    .setParameter(2, holder)
                    .setParameter(3, until)
                    .executeUpdate();
            return java.util.Optional.of(new Grant(job, null));
        }
        Object[] row = (Object[]) rows.get(0);
        String current = (String) row[0];
        OffsetDateTime expires = DatabaseTimes.toOffsetDateTime(row[1]);
        if (!current.equals(holder) && expires.isAfter(now)) {
            return java.util.Optional.empty();
        }
        em.createNativeQuery("update core_job_lease set holder = ?1, expires_at = ?2 where job = ?3")
                .setParameter(1, holder)
                .setParameter(2, until)
                .setParameter(3, job)
                .executeUpdate();
        return java.util.Optional.of(new Grant(job, current.equals(holder) ? null : current));
    }

    /** Extends a lease the holder still has; false when it expired and another node took it. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean renew(String job, String holder, Duration duration) {
        OffsetDateTime until = OffsetDateTime.now(clock).plus(duration);
        return em.createNativeQuery("update core_job_lease set expires_at = ?1 where job = ?2 and holder = ?3")
                        .setParameter(1, until)
                        .setParameter(2, job)
                        .setParameter(3, holder)
                        .executeUpdate()
                == 1;
    }

    /** Gives a lease up at once (a node that stops), so another node need not wait for it to expire. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void release(String job, String holder) {
        em.createNativeQuery("update core_job_lease set expires_at = ?1 where job = ?2 and holder = ?3")
                .setParameter(1, OffsetDateTime.now(clock).minusSeconds(1))
                .setParameter(2, job)
                .setParameter(3, holder)
                .executeUpdate();
    }

    /** Who holds each job now (an expired lease counts as nobody's): for the operations page and tests. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public java.util.Map<String, String> holders() {
        OffsetDateTime now = OffsetDateTime.now(clock);
        java.util.Map<String, String> holders = new java.util.TreeMap<>();
        for (Object r : em.createNativeQuery("select job, holder, expires_at from core_job_lease")
                .getResultList()) {
            Object[] row = (Object[]) r;
            if (DatabaseTimes.toOffsetDateTime(row[2]).isAfter(now)) {
                holders.put((String) row[0], (String) row[1]);
            }
        }
        return holders;
    }
}
