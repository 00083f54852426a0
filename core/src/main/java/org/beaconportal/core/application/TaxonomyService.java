package org.beaconportal.core.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.beaconportal.core.domain.InvalidContentException;
import org.beaconportal.core.domain.Slug;
import org.beaconportal.core.domain.TaxonomyRepository;
import org.beaconportal.core.domain.Term;
import org.beaconportal.core.domain.Vocabulary;

/**
 * Vocabularies and their term trees: staff keep them, editors pick terms for items, lists and the
 * content API filter by a term and everything under it.
 *
 * <pre>{@code
 * Term denver = taxonomy.createTerm(editor, regions.getId(), colorado.getId(), null, "Denver metro", "Área metropolitana de Denver");
 * Set<Long> coloradoAndBelow = taxonomy.withDescendants(colorado.getId());
 * }</pre>
 */
@ApplicationScoped
public class TaxonomyService {

    /** A term with its depth in the tree, in depth-first order. */
    public record TermNode(Term term, int depth) {

        /** The label indented by depth, for pickers. */
        public String indentedLabel(String language) {
            return "\u2014 ".repeat(depth) + term.label(language);
        }
    }

    @Inject
    TaxonomyRepository repository;

    @Inject
    AuditTrail audit;

    public List<Vocabulary> vocabularies() {
        return repository.vocabularies();
    }

    public Optional<Vocabulary> vocabulary(long id) {
        return repository.vocabulary(id);
    }

    /** One vocabulary's terms, parents before their children. */
    public List<TermNode> tree(Vocabulary vocabulary) {
        return depthFirst(repository.terms(vocabulary));
    }

    /** Every vocabulary with its tree, in vocabulary order. */
    public Map<Vocabulary, List<TermNode>> forest() {
        Map<Vocabulary, List<Term>> byVocabulary = new LinkedHashMap<>();
        repository.vocabularies().forEach(v -> byVocabulary.put(v, new ArrayList<>()));
        for (Term term : repository.allTerms()) {
            byVocabulary
                    .computeIfAbsent(term.getVocabulary(), v -> new ArrayList<>())
                    .add(term);
        }
        Map<Vocabulary, List<TermNode>> forest = new LinkedHashMap<>();
        byVocabulary.forEach((vocabulary, terms) -> forest.put(vocabulary, depthFirst(terms)));
        return forest;
    }

    static List<TermNode> depthFirst(List<Term> ordered) {
        List<TermNode> nodes = new ArrayList<>();
        addChildren(null, 0, ordered, nodes);
        return nodes;
    }

    private static void addChildren(Term parent, int depth, List<Term> ordered, List<TermNode> nodes) {
        for (Term term : ordered) {
            if (Objects.equals(term.getParent(), parent)) {
                nodes.add(new TermNode(term, depth));
                addChildren(term, depth + 1, ordered, nodes);
            }
        }
    }

    /** The term and every term below it, as ids (empty when there is no such term). */
    public Set<Long> withDescendants(long termId) {
        Optional<Term> root = repository.term(termId);
        if (root.isEmpty()) {
            return Set.of();
        }
        Set<Long> ids = new HashSet<>();
        for (Term term : repository.terms(root.get().getVocabulary())) {
            if (term.isWithin(root.get())) {
                ids.add(term.getId());
            }
        }
        return ids;
    }

    /** A term by its path, {@code topics/labour-trafficking}. */
    public Optional<Term> byPath(String path) {
        if (path == null) {
            return Optional.empty();
        }
        int slash = path.indexOf('/');
        if (slash <= 0 || slash == path.length() - 1) {
            return Optional.empty();
        }
        return repository.termByPath(path.substring(0, slash), path.substring(slash + 1));
    }

    public List<Term> find(Collection<Long> ids) {
        return repository.termsByIds(ids);
    }

    @Transactional
    public Vocabulary createVocabulary(Editor editor, String key, String labelEn, String labelEs) {
        editor.requireStaff();
        String value = key == null || key.isBlank() ? Slug.fromTitle(labelEn).value() : key.strip();
        if (repository.vocabularyByKey(value).isPresent()) {
            throw new BusinessRuleException("taxonomy.keyTaken", value);
        }
        Vocabulary vocabulary = new Vocabulary(
                value, labelEn, labelEs, repository.vocabularies().size());
        repository.save(vocabulary);
        repository.flush();
        audit.record(editor.name(), "taxonomy.vocabulary.create", "vocabulary", value, labelEn);
        return vocabulary;
    }

    @Transactional
    public Vocabulary relabelVocabulary(Editor editor, long id, String labelEn, String labelEs) {
        editor.requireStaff();
        Vocabulary vocabulary = repository.vocabulary(id).orElseThrow(() -> missing());
        vocabulary.relabel(labelEn, labelEs);
        audit.record(editor.name(), "taxonomy.vocabulary.edit", "vocabulary", vocabulary.getKey(), labelEn);
        return vocabulary;
    }

    /** Deletes a vocabulary with its terms, taking them off every item. Administrators only. */
    @Transactional
    public void deleteVocabulary(Editor editor, long id) {
        if (!editor.roles().contains(org.beaconportal.core.spi.PortalRole.ADMIN)) {
            throw new AccessDeniedException("Only administrators delete vocabularies");
        }
        Vocabulary vocabulary = repository.vocabulary(id).orElseThrow(() -> missing());
        repository.delete(vocabulary);
        audit.record(editor.name(), "taxonomy.vocabulary.delete", "vocabulary", vocabulary.getKey(), null);
    }

    /**
     * Adds a term.
     *
     * @param parentId the parent term (same vocabulary), or {@code null} for a top-level term
     * @param key the term's address in the vocabulary; blank makes one from the English label
     */
    @Transactional
    public Term createTerm(
            Editor editor, long vocabularyId, Long parentId, String key, String labelEn, String labelEs) {
        editor.requireStaff();
        Vocabulary vocabulary = repository.vocabulary(vocabularyId).orElseThrow(() -> missing());
        String value = key == null || key.isBlank()
                ? Slug.fromTitle(labelEn == null ? "" : labelEn).value()
                : key;
        if (repository.termByPath(vocabulary.getKey(), Slug.of(value).value()).isPresent()) {
            throw new BusinessRuleException("taxonomy.keyTaken", value);
        }
        Term parent = parentId == null ? null : repository.term(parentId).orElseThrow(() -> missing());
        try {
            Term term = new Term(
                    vocabulary,
                    parent,
                    value,
                    labelEn,
                    labelEs,
                    repository.terms(vocabulary).size());
            repository.save(term);
            repository.flush();
            audit.record(editor.name(), "taxonomy.term.create", "term", term.path(), labelEn);
            return term;
        } catch (InvalidContentException e) {
            throw new BusinessRuleException(e.messageKey(), e.arguments());
        }
    }

    /** Changes a term's labels and parent. */
    @Transactional
    public Term updateTerm(Editor editor, long termId, Long parentId, String labelEn, String labelEs) {
        editor.requireStaff();
        Term term = repository.term(termId).orElseThrow(() -> missing());
        Term parent = parentId == null ? null : repository.term(parentId).orElseThrow(() -> missing());
        try {
            term.relabel(labelEn, labelEs);
            term.moveUnder(parent);
        } catch (InvalidContentException e) {
            throw new BusinessRuleException(e.messageKey(), e.arguments());
        }
        audit.record(editor.name(), "taxonomy.term.edit", "term", term.path(), labelEn);
        return term;
    }

    /** Deletes a term without children; items that carried it lose it. */
    @Transactional
    public void deleteTerm(Editor editor, long termId) {
        editor.requireStaff();
        Term term = repository.term(termId).orElseThrow(() -> missing());
        if (repository.childCount(term) > 0) {
            throw new BusinessRuleException("taxonomy.hasChildren", term.getLabelEn());
        }
        repository.delete(term);
        audit.record(editor.name(), "taxonomy.term.delete", "term", term.path(), null);
    }

    /** How many items carry a term (shown before deleting it). */
    public long usage(long termId) {
        return repository.term(termId).map(repository::usage).orElse(0L);
    }

    private static BusinessRuleException missing() {
        return new BusinessRuleException("taxonomy.notFound");
    }
}
