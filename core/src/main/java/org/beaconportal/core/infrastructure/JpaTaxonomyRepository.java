package org.beaconportal.core.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.beaconportal.core.domain.TaxonomyRepository;
import org.beaconportal.core.domain.Term;
import org.beaconportal.core.domain.Vocabulary;

/** {@link TaxonomyRepository} on JPA. */
@ApplicationScoped
public class JpaTaxonomyRepository implements TaxonomyRepository {

    @PersistenceContext(unitName = "beacon")
    EntityManager em;

    @Override
    public List<Vocabulary> vocabularies() {
        return em.createNamedQuery("Vocabulary.all", Vocabulary.class).getResultList();
    }

    @Override
    public Optional<Vocabulary> vocabulary(long id) {
        return Optional.ofNullable(em.find(Vocabulary.class, id));
    }

    @Override
    public Optional<Vocabulary> vocabularyByKey(String key) {
        return em.createNamedQuery("Vocabulary.byKey", Vocabulary.class)
                .setParameter("key", key)
                .getResultStream()
                .findFirst();
    }

    @Override
    public List<Term> allTerms() {
        return em.createNamedQuery("Term.all", Term.class).getResultList();
    }

    @Override
    public List<Term> terms(Vocabulary vocabulary) {
        return em.createNamedQuery("Term.ofVocabulary", Term.class)
                .setParameter("vocabulary", vocabulary)
                .getResultList();
    }

    @Override
    public Optional<Term> term(long id) {
        return Optional.ofNullable(em.find(Term.class, id));
    }

    @Override
    public Optional<Term> termByPath(String vocabularyKey, String termKey) {
        return em.createNamedQuery("Term.byKey", Term.class)
                .setParameter("vocabulary", vocabularyKey)
                .setParameter("key", termKey)
                .getResultStream()
                .findFirst();
    }

    @Override
    public List<Term> termsByIds(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select t from Term t where t.id in :ids", Term.class)
                .setParameter("ids", List.copyOf(ids))
                .getResultList();
    }

    @Override
    public long childCount(Term term) {
        return em.createNamedQuery("Term.children", Long.class)
                .setParameter("parent", term)
                .getSingleResult();
    }

    @Override
    public long usage(Term term) {
        return em.createQuery("select count(c) from ContentItem c join c.terms t where t = :term", Long.class)
                .setParameter("term", term)
                .getSingleResult();
    }

    @Override
    public void save(Vocabulary vocabulary) {
        em.persist(vocabulary);
    }

    @Override
    public void save(Term term) {
        em.persist(term);
    }

    @Override
    public void delete(Term term) {
        em.createNativeQuery("delete from core_content_term where term_id = ?")
                .setParameter(1, term.getId())
                .executeUpdate();
        em.remove(term);
    }

    @Override
    public void delete(Vocabulary vocabulary) {
        terms(vocabulary).stream()
                .sorted((a, b) -> Integer.compare(b.depth(), a.depth()))
                .forEach(this::delete);
        em.remove(vocabulary);
    }

    @Override
    public void flush() {
        em.flush();
    }
}
