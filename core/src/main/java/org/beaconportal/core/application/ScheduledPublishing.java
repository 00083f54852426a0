package org.beaconportal.core.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.List;
import org.beaconportal.core.domain.ContentItem;
import org.beaconportal.core.domain.ContentRepository;
import org.beaconportal.core.infrastructure.DatabaseTimes;

/**
 * Honours publish and unpublish times: items whose publish time came are re-indexed as public;
 * items whose unpublish time came are archived. Runs every 30 seconds (so within a minute); it
 * remembers the time of its last run, so nothing is missed across restarts.
 */
@ApplicationScoped
public class ScheduledPublishing {

    /** The background job's name (its lease and its watermark). */
    public static final String JOB = "scheduled-publishing";

    @PersistenceContext(unitName = "beacon")
    EntityManager em;

    @Inject
    ContentRepository content;

    @Inject
    Outbox outbox;

    @Inject
    AuditTrail audit;

    /** Applies everything due up to {@code now}; returns the number of items touched. */
    @Transactional
    public int runOnce(OffsetDateTime now) {
        OffsetDateTime since = lastRun().orElse(now.minusYears(100));
        List<ContentItem> due = content.scheduleDue(since, now);
        for (ContentItem item : due) {
            if (item.getUnpublishAt() != null && !item.getUnpublishAt().isAfter(now)) {
                item.expire(now);
                audit.record("content.expire", item.typeName(), String.valueOf(item.getId()), null);
            }
            outbox.enqueue(SearchIndexer.TOPIC, String.valueOf(item.getId()));
        }
        remember(now);
        return due.size();
    }

    private java.util.Optional<OffsetDateTime> lastRun() {
        List<?> rows = em.createNativeQuery("select last_run from core_job_watermark where job_name = ?1")
                .setParameter(1, JOB)
                .getResultList();
        if (rows.isEmpty()) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(DatabaseTimes.toOffsetDateTime(rows.get(0)));
    }

    private void remember(OffsetDateTime now) {
        int updated = em.createNativeQuery("update core_job_watermark set last_run = ?1 where job_name = ?2")
                .setParameter(1, now)
                .setParameter(2, JOB)
                .executeUpdate();
        if (updated == 0) {
            em.createNativeQuery("insert into core_job_watermark (job_name, last_run) values (?1, ?2)")
                    .setParameter(1, JOB)
                    .setParameter(2, now)
                    .executeUpdate();
        }
    }
}
