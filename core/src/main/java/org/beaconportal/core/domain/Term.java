package org.beaconportal.core.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.util.Objects;

/**
 * One entry of a {@link Vocabulary}, optionally under a parent term of the same vocabulary
 * ("Denver metro" under "Colorado"), labelled in English and Spanish. Content items carry terms;
 * filtering by a term also finds items that carry one of its descendants.
 */
@Entity
@Table(name = "core_term")
@NamedQuery(
        name = "Term.ofVocabulary",
        query = "select t from Term t where t.vocabulary = :vocabulary order by t.position, t.labelEn")
@NamedQuery(name = "Term.all", query = "select t from Term t order by t.position, t.labelEn")
@NamedQuery(name = "Term.byKey", query = "select t from Term t where t.vocabulary.key = :vocabulary and t.key = :key")
@NamedQuery(name = "Term.children", query = "select count(t) from Term t where t.parent = :parent")
public class Term implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Longest label. */
    public static final int MAX_LABEL = 120;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "beaconSeq")
    @SequenceGenerator(name = "beaconSeq", sequenceName = "beacon_id_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "vocabulary_id")
    private Vocabulary vocabulary;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    private Term parent;

    @Column(name = "term_key", nullable = false, length = 80)
    private String key;

    @Column(name = "label_en", nullable = false, length = MAX_LABEL)
    private String labelEn;

    @Column(name = "label_es", nullable = false, length = MAX_LABEL)
    private String labelEs;

    @Column(nullable = false)
    private int position;

    @Version
    private long version;

    protected Term() {}

    public Term(Vocabulary vocabulary, Term parent, String key, String labelEn, String labelEs, int position) {
        this.vocabulary = Objects.requireNonNull(vocabulary, "vocabulary");
        this.key = Slug.of(Objects.requireNonNull(key, "key")).value();
        if (this.key.length() > 80) {
            throw new InvalidContentException("taxonomy.keyTooLong");
        }
        moveUnder(parent);
        relabel(labelEn, labelEs);
        this.position = position;
    }

    static String checkedLabel(String value) {
        String label = value == null ? "" : value.strip();
        if (label.isEmpty()) {
            throw new InvalidContentException("taxonomy.labelRequired");
        }
        if (label.length() > MAX_LABEL) {
            throw new InvalidContentException("taxonomy.labelTooLong", MAX_LABEL);
        }
        return label;
    }

    /** Changes both labels. */
    public void relabel(String english, String spanish) {
        this.labelEn = checkedLabel(english);
        this.labelEs = checkedLabel(spanish);
    }

    /**
     * Puts the term under another term of the same vocabulary, or at the top with {@code null}.
     * Refuses a parent from another vocabulary and any move that would make a cycle.
     */
    public void moveUnder(Term newParent) {
        if (newParent != null) {
            if (!newParent.vocabulary.equals(vocabulary)) {
                throw new InvalidContentException("taxonomy.parentOtherVocabulary");
            }
            for (Term ancestor = newParent; ancestor != null; ancestor = ancestor.parent) {
                if (ancestor == this || (id != null && id.equals(ancestor.id))) {
                    throw new InvalidContentException("taxonomy.parentCycle");
                }
            }
        }
        this.parent = newParent;
    }

    /** Number of ancestors: 0 for a top-level term. */
    public int depth() {
        int depth = 0;
        for (Term ancestor = parent; ancestor != null; ancestor = ancestor.parent) {
            depth++;
        }
        return depth;
    }

    /** True when {@code other} is this term or one of its ancestors. */
    public boolean isWithin(Term other) {
        for (Term t = this; t != null; t = t.parent) {
            if (t.equals(other)) {
                return true;
            }
        }
        return false;
    }

    /** The label in {@code language} ({@code es} or anything else for English). */
    public String label(String language) {
        return "es".equals(language) ? labelEs : labelEn;
    }

    /** Address of the term in APIs and filters: {@code topics/labour-trafficking}. */
    public String path() {
        return vocabulary.getKey() + "/" + key;
    }

    public Long getId() {
        return id;
    }

    public Vocabulary getVocabulary() {
        return vocabulary;
    }

    public Term getParent() {
        return parent;
    }

    public String getKey() {
        return key;
    }

    public String getLabelEn() {
        return labelEn;
    }

    public String getLabelEs() {
        return labelEs;
    }

    public int getPosition() {
        return position;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Term that && key.equals(that.key) && vocabulary.equals(that.vocabulary);
    }

    @Override
    public int hashCode() {
        return Objects.hash(vocabulary.getKey(), key);
    }
}
