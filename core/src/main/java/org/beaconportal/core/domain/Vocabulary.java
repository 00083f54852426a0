package org.beaconportal.core.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.util.Objects;

/**
 * A named set of terms used to classify content, such as topics, regions or audiences. Its key is
 * stable (modules refer to it, e.g. publications facet by {@code topics}); its labels are shown.
 *
 * <pre>{@code
 * Vocabulary regions = new Vocabulary("regions", "Regions", "Regiones", 2);
 * Term colorado = new Term(regions, null, "colorado", "Colorado", "Colorado", 0);
 * }</pre>
 */
@Entity
@Table(name = "core_vocabulary")
@NamedQuery(name = "Vocabulary.all", query = "select v from Vocabulary v order by v.position, v.id")
@NamedQuery(name = "Vocabulary.byKey", query = "select v from Vocabulary v where v.key = :key")
public class Vocabulary implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "beaconSeq")
    @SequenceGenerator(name = "beaconSeq", sequenceName = "beacon_id_seq", allocationSize = 50)
    private Long id;

    @Column(name = "vocab_key", nullable = false, length = 40)
    private String key;

    @Column(name = "label_en", nullable = false, length = 120)
    private String labelEn;

    @Column(name = "label_es", nullable = false, length = 120)
    private String labelEs;

    @Column(nullable = false)
    private int position;

    @Version
    private long version;

    protected Vocabulary() {}

    public Vocabulary(String key, String labelEn, String labelEs, int position) {
        this.key = Slug.of(Objects.requireNonNull(key, "key")).value();
        if (this.key.length() > 40) {
            throw new InvalidContentException("taxonomy.keyTooLong");
        }
        relabel(labelEn, labelEs);
        this.position = position;
    }

    /** Changes the labels; both languages are required. */
    public void relabel(String english, String spanish) {
        this.labelEn = Term.checkedLabel(english);
        this.labelEs = Term.checkedLabel(spanish);
    }

    /** The label in {@code language} ({@code es} or anything else for English). */
    public String label(String language) {
        return "es".equals(language) ? labelEs : labelEn;
    }

    public Long getId() {
        return id;
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
        return other instanceof Vocabulary that && key.equals(that.key);
    }

    @Override
    public int hashCode() {
        return key.hashCode();
    }
}
