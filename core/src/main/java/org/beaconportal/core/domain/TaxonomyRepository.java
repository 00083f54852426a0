package org.beaconportal.core.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Where vocabularies and terms are kept. */
public interface TaxonomyRepository {

    List<Vocabulary> vocabularies();

    Optional<Vocabulary> vocabulary(long id);

    Optional<Vocabulary> vocabularyByKey(String key);

    /** Every term of every vocabulary, ordered by position then English label. */
    List<Term> allTerms();

    /** Terms of one vocabulary, ordered by position then English label. */
    List<Term> terms(Vocabulary vocabulary);

    Optional<Term> term(long id);

    Optional<Term> termByPath(String vocabularyKey, String termKey);

    List<Term> termsByIds(Collection<Long> ids);

    long childCount(Term term);

    /** How many content items carry the term. */
    long usage(Term term);

    void save(Vocabulary vocabulary);

    void save(Term term);

    /** Removes a term (and takes it off every item). */
    void delete(Term term);

    void delete(Vocabulary vocabulary);

    void flush();
}
