package org.beaconportal.statistics.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.beaconportal.statistics.domain.Dataset;
import org.beaconportal.statistics.domain.DatasetChart;
import org.beaconportal.statistics.domain.DatasetRepository;
import org.beaconportal.statistics.domain.DatasetVersion;

/** Datasets in the portal's database, through the shared persistence unit. */
@ApplicationScoped
public class JpaDatasetRepository implements DatasetRepository {

    @PersistenceContext(unitName = "beacon")
    EntityManager em;

    @Override
    public List<Dataset> all() {
        return em.createNamedQuery("Dataset.all", Dataset.class).getResultList();
    }

    @Override
    public Optional<Dataset> bySlug(String slug) {
        return em.createNamedQuery("Dataset.bySlug", Dataset.class)
                .setParameter("slug", slug)
                .getResultStream()
                .findFirst();
    }

    @Override
    public Optional<DatasetChart> chartByKey(String key) {
        return em.createNamedQuery("DatasetChart.byKey", DatasetChart.class)
                .setParameter("key", key)
                .getResultStream()
                .findFirst();
    }

    @Override
    public void add(Dataset dataset) {
        em.persist(dataset);
    }

    @Override
    public void addVersion(DatasetVersion version) {
        em.persist(version);
    }

    @Override
    public List<DatasetVersion> versions(Dataset dataset) {
        return em.createNamedQuery("DatasetVersion.ofDataset", DatasetVersion.class)
                .setParameter("dataset", dataset)
                .getResultList();
    }

    @Override
    public Optional<DatasetVersion> version(Dataset dataset, int number) {
        return versions(dataset).stream().filter(v -> v.getNumber() == number).findFirst();
    }

    @Override
    public int nextVersionNumber(Dataset dataset) {
        Integer max = em.createNamedQuery("DatasetVersion.maxNumber", Integer.class)
                .setParameter("dataset", dataset)
                .getSingleResult();
        return max == null ? 1 : max + 1;
    }
}
