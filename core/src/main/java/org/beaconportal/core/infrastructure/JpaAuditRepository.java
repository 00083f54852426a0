package org.beaconportal.core.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.beaconportal.core.domain.AuditEvent;
import org.beaconportal.core.domain.AuditRepository;

@ApplicationScoped
public class JpaAuditRepository implements AuditRepository {

    @PersistenceContext(unitName = "beacon")
    EntityManager em;

    @Override
    public void append(AuditEvent event) {
        em.persist(event);
    }

    @Override
    public List<AuditEvent> latest(int first, int max) {
        return em.createNamedQuery("AuditEvent.latest", AuditEvent.class)
                .setFirstResult(first)
                .setMaxResults(max)
                .getResultList();
    }

    @Override
    public long count() {
        return em.createNamedQuery("AuditEvent.count", Long.class).getSingleResult();
    }
}
