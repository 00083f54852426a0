package org.beaconportal.core.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.beaconportal.core.domain.Asset;
import org.beaconportal.core.domain.AssetRepository;

/** {@link AssetRepository} on JPA. */
@ApplicationScoped
public class JpaAssetRepository implements AssetRepository {

    @PersistenceContext(unitName = "beacon")
    EntityManager em;

    @Override
    public void save(Asset asset) {
        em.persist(asset);
    }

    @Override
    public void flush() {
        em.flush();
    }

    @Override
    public Optional<Asset> find(long id) {
        return Optional.ofNullable(em.find(Asset.class, id));
    }

    @Override
    public List<Asset> list(int first, int max) {
        return em.createNamedQuery("Asset.newestFirst", Asset.class)
                .setFirstResult(first)
                .setMaxResults(max)
                .getResultList();
    }

    @Override
    public long count() {
        return em.createNamedQuery("Asset.count", Long.class).getSingleResult();
    }
}
