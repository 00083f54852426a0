package org.beaconportal.resources.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.beaconportal.resources.domain.ColoradoCounties;
import org.beaconportal.resources.domain.DirectoryFilter;
import org.beaconportal.resources.domain.Organization;
import org.beaconportal.resources.domain.OrganizationRepository;

/**
 * Directory listings through JPA. List columns hold {@code |a|b|}, so one value matches with
 * {@code like '%|a|%'} on H2 and PostgreSQL alike.
 */
@ApplicationScoped
public class JpaOrganizationRepository implements OrganizationRepository {

    @PersistenceContext(unitName = "beacon")
    EntityManager em;

    @Override
    public List<Organization> published(DirectoryFilter filter, OffsetDateTime now) {
        Map<String, Object> params = new HashMap<>();
        StringBuilder where = new StringBuilder(" where").append(Visible.NOW);
        params.put("now", now);
        if (filter.service() != null) {
            where.append(" and c.services like :service");
            params.put("service", "%|" + filter.service().code() + "|%");
        }
        if (filter.county() != null) {
            where.append(" and (c.counties like :county or c.counties like :statewide)");
            params.put("county", "%|" + filter.county() + "|%");
            params.put("statewide", "%|" + ColoradoCounties.STATEWIDE + "|%");
        }
        if (filter.language() != null) {
            where.append(" and c.languages like :spoken");
            params.put("spoken", "%|" + filter.language() + "|%");
        }
        TypedQuery<Organization> query =
                em.createQuery("select c from Organization c" + where + " order by c.title, c.id", Organization.class);
        params.forEach(query::setParameter);
        return query.getResultList();
    }

    @Override
    public Optional<Organization> publishedBySlug(String slug, OffsetDateTime now) {
        return em.createQuery(
                        "select c from Organization c where c.slug = :slug and" + Visible.NOW + "order by c.language",
                        Organization.class)
                .setParameter("slug", slug)
                .setParameter("now", now)
                .getResultStream()
                .findFirst();
    }

    @Override
    public Optional<Organization> bySlug(String language, String slug) {
        return em.createQuery(
                        "select c from Organization c where c.language = :language and c.slug = :slug",
                        Organization.class)
                .setParameter("language", language)
                .setParameter("slug", slug)
                .getResultStream()
                .findFirst();
    }

    @Override
    public List<Organization> all() {
        return em.createQuery("select c from Organization c order by c.title, c.id", Organization.class)
                .getResultList();
    }
}
