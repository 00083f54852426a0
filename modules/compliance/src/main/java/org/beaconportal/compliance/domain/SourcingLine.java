package org.beaconportal.compliance.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.Objects;

/** Something a company sources: a good from a country, at a supplier tier, in a volume band. */
@Entity
@Table(name = "compliance_sourcing_line")
@NamedQuery(
        name = "SourcingLine.byCompany",
        query = "select s from SourcingLine s where s.companyId = :company order by s.good, s.country, s.id")
@NamedQuery(name = "SourcingLine.all", query = "select s from SourcingLine s")
public class SourcingLine implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Annual purchase volume, in bands. */
    public enum VolumeBand {
        LOW,
        MEDIUM,
        HIGH
    }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "beaconSeq")
    @SequenceGenerator(name = "beaconSeq", sequenceName = "beacon_id_seq", allocationSize = 50)
    private Long id;

    @Column(name = "company_id", nullable = false)
    private Long companyId;

    @Column(nullable = false, length = 200)
    private String good;

    @Column(nullable = false, length = 120)
    private String country;

    @Column(nullable = false)
    private int tier;

    @Enumerated(EnumType.STRING)
    @Column(name = "volume_band", nullable = false, length = 20)
    private VolumeBand volumeBand;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    protected SourcingLine() {}

    public SourcingLine(
            Long companyId, String good, String country, int tier, VolumeBand volumeBand, OffsetDateTime createdAt) {
        this.companyId = Objects.requireNonNull(companyId, "companyId");
        this.good = Texts.required(good, 200, "good");
        this.country = Texts.required(country, 120, "country");
        if (tier < 1 || tier > 4) {
            throw new IllegalArgumentException("Tier must be 1 to 4");
        }
        this.tier = tier;
        this.volumeBand = Objects.requireNonNull(volumeBand, "volumeBand");
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
    }

    public Long getId() {
        return id;
    }

    public Long getCompanyId() {
        return companyId;
    }

    public String getGood() {
        return good;
    }

    public String getCountry() {
        return country;
    }

    public int getTier() {
        return tier;
    }

    public VolumeBand getVolumeBand() {
        return volumeBand;
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }
}
