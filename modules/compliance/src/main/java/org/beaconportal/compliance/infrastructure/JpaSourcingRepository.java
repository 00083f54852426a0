package org.beaconportal.compliance.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.beaconportal.compliance.domain.GoodsListEdition;
import org.beaconportal.compliance.domain.ListEntry;
import org.beaconportal.compliance.domain.ListedGood;
import org.beaconportal.compliance.domain.SourcingLine;
import org.beaconportal.compliance.domain.SourcingRepository;

/** Editions of the List of Goods and sourcing lines in JPA. */
@ApplicationScoped
public class JpaSourcingRepository implements SourcingRepository {

    @PersistenceContext(unitName = "beacon")
    EntityManager em;

    @Override
    public Optional<GoodsListEdition> newestEdition() {
        return em.createNamedQuery("GoodsListEdition.newest", GoodsListEdition.class)
                .setMaxResults(1)
                .getResultStream()
                .findFirst();
    }

    @Override
    public Optional<GoodsListEdition> edition(int year) {
        return em.createNamedQuery("GoodsListEdition.byYear", GoodsListEdition.class)
                .setParameter("year", year)
                .getResultStream()
                .findFirst();
    }

    @Override
    public List<GoodsListEdition> editions() {
        return em.createNamedQuery("GoodsListEdition.newest", GoodsListEdition.class)
                .getResultList();
    }

    @Override
    public GoodsListEdition save(GoodsListEdition edition) {
        em.persist(edition);
        return edition;
    }

    @Override
    public void saveAll(List<ListedGood> goods) {
        goods.forEach(em::persist);
    }

    @Override
    public List<ListEntry> entries(long editionId) {
        return em.createNamedQuery("ListedGood.byEdition", ListedGood.class)
                .setParameter("edition", editionId)
                .getResultStream()
                .map(ListedGood::entry)
                .toList();
    }

    @Override
    public SourcingLine save(SourcingLine line) {
        em.persist(line);
        return line;
    }

    @Override
    public Optional<SourcingLine> line(long id) {
        return Optional.ofNullable(em.find(SourcingLine.class, id));
    }

    @Override
    public List<SourcingLine> lines(long companyId) {
        return em.createNamedQuery("SourcingLine.byCompany", SourcingLine.class)
                .setParameter("company", companyId)
                .getResultList();
    }

    @Override
    public List<SourcingLine> allLines() {
        return em.createNamedQuery("SourcingLine.all", SourcingLine.class).getResultList();
    }

    @Override
    public void remove(SourcingLine line) {
        em.remove(line);
    }
}
