package org.beaconportal.core.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.beaconportal.core.domain.Account;
import org.beaconportal.core.domain.AccountRepository;
import org.beaconportal.core.spi.PortalRole;

@ApplicationScoped
public class JpaAccountRepository implements AccountRepository {

    @PersistenceContext(unitName = "beacon")
    EntityManager em;

    @Override
    public Optional<Account> findByUsername(String username) {
        return em.createNamedQuery("Account.byUsername", Account.class)
                .setParameter("username", Account.normalizeUsername(username))
                .getResultStream()
                .findFirst();
    }

    @Override
    public Optional<Account> findById(long id) {
        return Optional.ofNullable(em.find(Account.class, id));
    }

    @Override
    public List<Account> findAll(int first, int max) {
        return em.createNamedQuery("Account.all", Account.class)
                .setFirstResult(first)
                .setMaxResults(max)
                .getResultList();
    }

    @Override
    public long count() {
        return em.createNamedQuery("Account.count", Long.class).getSingleResult();
    }

    @Override
    public long countEnabledWithRole(PortalRole role) {
        return em.createNamedQuery("Account.countEnabledWithRole", Long.class)
                .setParameter("role", role)
                .getSingleResult();
    }

    @Override
    public Account save(Account account) {
        if (account.getId() == null) {
            em.persist(account);
            return account;
        }
        return em.merge(account);
    }
}
