package org.beaconportal.compliance.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.beaconportal.compliance.domain.ActionItem;
import org.beaconportal.compliance.domain.ActionRepository;

/** Action-plan items in JPA. */
@ApplicationScoped
public class JpaActionRepository implements ActionRepository {

    @PersistenceContext(unitName = "beacon")
    EntityManager em;

    @Override
    public ActionItem save(ActionItem item) {
        em.persist(item);
        return item;
    }

    @Override
    public Optional<ActionItem> find(long id) {
        return Optional.ofNullable(em.find(ActionItem.class, id));
    }

    @Override
    public List<ActionItem> byCompany(long companyId) {
        return em.createNamedQuery("ActionItem.byCompany", ActionItem.class)
                .setParameter("company", companyId)
                .getResultList();
    }

    @Override
    public List<ActionItem> openDueBy(LocalDate date) {
        return em.createNamedQuery("ActionItem.openDueBy", ActionItem.class)
                .setParameter("date", date)
                .getResultList();
    }

    @Override
    public void remove(ActionItem item) {
        em.remove(item);
    }
}
