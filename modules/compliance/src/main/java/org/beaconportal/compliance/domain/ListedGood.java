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
import java.util.Objects;

/** One row of the List of Goods: a good from a country and the kinds of exploitation DOL found. */
@Entity
@Table(name = "compliance_listed_good")
@NamedQuery(
        name = "ListedGood.byEdition",
        query = "select g from ListedGood g where g.editionId = :edition order by g.good, g.country")
public class ListedGood implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "beaconSeq")
    @SequenceGenerator(name = "beaconSeq", sequenceName = "beacon_id_seq", allocationSize = 50)
    private Long id;

    @Column(name = "edition_id", nullable = false)
    private Long editionId;

    @Column(nullable = false, length = 200)
    private String good;

    @Column(nullable = false, length = 120)
    private String sector;

    @Column(nullable = false, length = 120)
    private String country;

    @Column(nullable = false, length = 120)
    private String region;

    @Column(name = "child_labor", nullable = false)
    private boolean childLabor;

    @Column(name = "forced_labor", nullable = false)
    private boolean forcedLabor;

    @Column(name = "forced_child_labor", nullable = false)
    private boolean forcedChildLabor;

    protected ListedGood() {}

    public ListedGood(Long editionId, ListEntry entry) {
        this.editionId = Objects.requireNonNull(editionId, "editionId");
        this.good = entry.good();
        this.sector = entry.sector();
        this.country = entry.country();
        this.region = entry.region();
        this.childLabor = entry.childLabor();
        this.forcedLabor = entry.forcedLabor();
        this.forcedChildLabor = entry.forcedChildLabor();
    }

    public ListEntry entry() {
        return new ListEntry(good, sector, country, region, childLabor, forcedLabor, forcedChildLabor);
    }

    public Long getId() {
        return id;
    }

    public Long getEditionId() {
        return editionId;
    }
}
