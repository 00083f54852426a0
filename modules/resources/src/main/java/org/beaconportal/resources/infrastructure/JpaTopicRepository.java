package org.beaconportal.resources.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import java.util.List;
import org.beaconportal.resources.domain.TopicPage;
import org.beaconportal.resources.domain.TopicRepository;

/** Topic pages through JPA. */
@ApplicationScoped
public class JpaTopicRepository implements TopicRepository {

    @PersistenceContext(unitName = "beacon")
    EntityManager em;

    @Override
    public List<TopicPage> publishedInSection(String language, String section, OffsetDateTime now) {
        return em.createQuery(
                        "select c from TopicPage c where c.language = :language and c.section = :section and"
                                + Visible.NOW
                                + "order by c.position, c.title",
                        TopicPage.class)
                .setParameter("language", language)
                .setParameter("section", section)
                .setParameter("now", now)
                .getResultList();
    }
}
