package org.beaconportal.resources.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.beaconportal.resources.domain.Law;
import org.beaconportal.resources.domain.LawFilter;
import org.beaconportal.resources.domain.LawRepository;

/** Laws through JPA; the filters become one query. */
@ApplicationScoped
public class JpaLawRepository implements LawRepository {

    @PersistenceContext(unitName = "beacon")
    EntityManager em;

    @Override
    public List<Law> published(String language, LawFilter filter, OffsetDateTime now, int first, int max) {
        Map<String, Object> params = new HashMap<>();
        TypedQuery<Law> query = em.createQuery(
                "select c from Law c" + where(language, filter, now, params)
                        + " order by c.yearEnacted desc, c.citation, c.id",
                Law.class);
        params.forEach(query::setParameter);
        return query.setFirstResult(first).setMaxResults(max).getResultList();
    }

    @Override
    public long count(String language, LawFilter filter, OffsetDateTime now) {
        Map<String, Object> params = new HashMap<>();
        TypedQuery<Long> query =
                em.createQuery("select count(c) from Law c" + where(language, filter, now, params), Long.class);
        params.forEach(query::setParameter);
        return query.getSingleResult();
    }

    @Override
    public List<Integer> years(String language, OffsetDateTime now) {
        return em.createQuery(
                        "select distinct c.yearEnacted from Law c where c.language = :language and c.yearEnacted is not null and"
                                + Visible.NOW + "order by c.yearEnacted desc",
                        Integer.class)
                .setParameter("language", language)
                .setParameter("now", now)
                .getResultList();
    }

    @Override
    public List<Law> byCitations(String language, Collection<String> citations, OffsetDateTime now) {
        if (citations.isEmpty()) {
            return List.of();
        }
        return em.createQuery(
                        "select c from Law c where c.language = :language and c.citation in :citations and"
                                + Visible.NOW + "order by c.yearEnacted, c.citation",
                        Law.class)
                .setParameter("language", language)
                .setParameter("citations", citations)
                .setParameter("now", now)
                .getResultList();
    }

    private static String where(String language, LawFilter filter, OffsetDateTime now, Map<String, Object> params) {
        StringBuilder where = new StringBuilder(" where c.language = :language and").append(Visible.NOW);
        params.put("language", language);
        params.put("now", now);
        if (filter.jurisdiction() != null) {
            where.append(" and c.jurisdiction = :jurisdiction");
            params.put("jurisdiction", filter.jurisdiction());
        }
        if (filter.kind() != null) {
            where.append(" and c.kind = :kind");
            params.put("kind", filter.kind());
        }
        if (filter.year() != null) {
            where.append(" and c.yearEnacted = :year");
            params.put("year", filter.year());
        }
        return where.toString();
    }
}
