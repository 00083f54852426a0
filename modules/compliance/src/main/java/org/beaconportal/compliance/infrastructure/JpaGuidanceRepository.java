package org.beaconportal.compliance.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.beaconportal.compliance.domain.GuidanceRepository;
import org.beaconportal.compliance.domain.GuidanceStep;

/** Guidance in JPA. */
@ApplicationScoped
public class JpaGuidanceRepository implements GuidanceRepository {

    @PersistenceContext(unitName = "beacon")
    EntityManager em;

    @Override
    public List<GuidanceStep> steps(String language) {
        return em.createNamedQuery("GuidanceStep.byLanguage", GuidanceStep.class)
                .setParameter("lang", language)
                .getResultList();
    }

    @Override
    public Optional<GuidanceStep> step(int number, String language) {
        return em.createNamedQuery("GuidanceStep.byStep", GuidanceStep.class)
                .setParameter("lang", language)
                .setParameter("step", number)
                .getResultStream()
                .findFirst();
    }

    @Override
    public GuidanceStep save(GuidanceStep step) {
        if (step.getId() == null) {
            em.persist(step);
            return step;
        }
        return em.merge(step);
    }

    @Override
    public long count() {
        return em.createQuery("select count(g) from GuidanceStep g", Long.class).getSingleResult();
    }
}
