package org.beaconportal.resources.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import java.util.List;
import org.beaconportal.resources.domain.Hotline;
import org.beaconportal.resources.domain.HotlineRepository;

/** Hotline cards through JPA. */
@ApplicationScoped
public class JpaHotlineRepository implements HotlineRepository {

    @PersistenceContext(unitName = "beacon")
    EntityManager em;

    @Override
    public List<Hotline> published(String language, OffsetDateTime now) {
        return em.createQuery(
                        "select c from Hotline c where c.language = :language and" + Visible.NOW
                                + "order by c.position, c.title",
                        Hotline.class)
                .setParameter("language", language)
                .setParameter("now", now)
                .getResultList();
    }
}
