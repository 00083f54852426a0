package org.beaconportal.resources.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.beaconportal.core.domain.ContentItem;
import org.beaconportal.resources.domain.Translations;

/** Translations through JPA: same translation key, other language, visible now. */
@ApplicationScoped
public class JpaTranslations implements Translations {

    @PersistenceContext(unitName = "beacon")
    EntityManager em;

    @Override
    public <T extends ContentItem> Optional<T> translation(
            Class<T> type, String slug, String fromLanguage, String toLanguage, OffsetDateTime now) {
        return em.createQuery(
                        "select c from ContentItem c where TYPE(c) = :type and c.language = :to and c.translationKey in"
                                + " (select o.translationKey from ContentItem o where TYPE(o) = :type"
                                + " and o.language = :from and o.slug = :slug) and" + Visible.NOW,
                        ContentItem.class)
                .setParameter("type", type)
                .setParameter("to", toLanguage)
                .setParameter("from", fromLanguage)
                .setParameter("slug", slug)
                .setParameter("now", now)
                .getResultStream()
                .filter(type::isInstance)
                .map(type::cast)
                .findFirst();
    }
}
