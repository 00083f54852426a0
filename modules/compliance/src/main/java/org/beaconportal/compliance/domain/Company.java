package org.beaconportal.compliance.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.Objects;

/** A company that registered to use the compliance tool. Its data is visible only to its members. */
@Entity
@Table(name = "compliance_company")
public class Company implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "beaconSeq")
    @SequenceGenerator(name = "beaconSeq", sequenceName = "beacon_id_seq", allocationSize = 50)
    private Long id;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(nullable = false, length = 120)
    private String sector;

    @Enumerated(EnumType.STRING)
    @Column(name = "size_band", nullable = false, length = 20)
    private SizeBand sizeBand;

    @Column(nullable = false, length = 120)
    private String country;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Version
    private long version;

    protected Company() {}

    public Company(String name, String sector, SizeBand sizeBand, String country, OffsetDateTime createdAt) {
        this.name = Texts.required(name, 200, "name");
        this.sector = Texts.required(sector, 120, "sector");
        this.sizeBand = Objects.requireNonNull(sizeBand, "sizeBand");
        this.country = Texts.required(country, 120, "country");
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getSector() {
        return sector;
    }

    public SizeBand getSizeBand() {
        return sizeBand;
    }

    public String getCountry() {
        return country;
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Company that && id != null && id.equals(that.id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }
}
