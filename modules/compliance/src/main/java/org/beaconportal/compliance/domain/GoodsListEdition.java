package org.beaconportal.compliance.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.Objects;

/** One edition of DOL's List of Goods Produced by Child Labor or Forced Labor; the newest year is used. */
@Entity
@Table(name = "compliance_goods_edition")
@NamedQuery(name = "GoodsListEdition.newest", query = "select e from GoodsListEdition e order by e.year desc")
@NamedQuery(name = "GoodsListEdition.byYear", query = "select e from GoodsListEdition e where e.year = :year")
public class GoodsListEdition implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "beaconSeq")
    @SequenceGenerator(name = "beaconSeq", sequenceName = "beacon_id_seq", allocationSize = 50)
    private Long id;

    @Column(name = "edition_year", nullable = false, unique = true)
    private int year;

    @Column(name = "imported_at", nullable = false)
    private OffsetDateTime importedAt;

    @Column(name = "row_count", nullable = false)
    private int rowCount;

    protected GoodsListEdition() {}

    public GoodsListEdition(int year, OffsetDateTime importedAt, int rowCount) {
        if (year < 2009 || year > 2100) {
            throw new IllegalArgumentException("Edition year out of range");
        }
        this.year = year;
        this.importedAt = Objects.requireNonNull(importedAt, "importedAt");
        this.rowCount = rowCount;
    }

    public Long getId() {
        return id;
    }

    public int getYear() {
        return year;
    }

    public OffsetDateTime getImportedAt() {
        return importedAt;
    }

    public int getRowCount() {
        return rowCount;
    }
}
