package org.beaconportal.resources.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.beaconportal.resources.domain.ListingSuggestion;
import org.beaconportal.resources.domain.SuggestionRepository;

/** The suggestion queue through JPA. */
@ApplicationScoped
public class JpaSuggestionRepository implements SuggestionRepository {

    @PersistenceContext(unitName = "beacon")
    EntityManager em;

    @Override
    public ListingSuggestion save(ListingSuggestion suggestion) {
        em.persist(suggestion);
        return suggestion;
    }

    @Override
    public Optional<ListingSuggestion> find(long id) {
        return Optional.ofNullable(em.find(ListingSuggestion.class, id));
    }

    @Override
    public List<ListingSuggestion> withStatus(ListingSuggestion.Status status) {
        return em.createNamedQuery("ListingSuggestion.byStatus", ListingSuggestion.class)
                .setParameter("status", status)
                .getResultList();
    }

    @Override
    public long count(ListingSuggestion.Status status) {
        return em.createNamedQuery("ListingSuggestion.countByStatus", Long.class)
                .setParameter("status", status)
                .getSingleResult();
    }
}
