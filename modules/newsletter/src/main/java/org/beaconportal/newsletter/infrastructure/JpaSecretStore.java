package org.beaconportal.newsletter.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;

/** Secrets of the newsletter module in table {@code newsletter_secret}, created on first use. */
@ApplicationScoped
public class JpaSecretStore {

    @PersistenceContext(unitName = "beacon")
    EntityManager em;

    /** The named secret (32 random bytes, Base64), generated and stored the first time it is asked for. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public String loadOrCreate(String name) {
        List<?> rows = em.createNativeQuery("select secret_value from newsletter_secret where name = ?1")
                .setParameter(1, name)
                .getResultList();
        if (!rows.isEmpty()) {
            return (String) rows.get(0);
        }
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        String value = Base64.getEncoder().encodeToString(bytes);
        em.createNativeQuery("insert into newsletter_secret (name, secret_value) values (?1, ?2)")
                .setParameter(1, name)
                .setParameter(2, value)
                .executeUpdate();
        return value;
    }
}
