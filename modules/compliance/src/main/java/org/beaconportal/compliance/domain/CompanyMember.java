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

/** A portal account (role COMPANY) that belongs to one company; one member is its owner. */
@Entity
@Table(name = "compliance_member")
@NamedQuery(name = "CompanyMember.byUsername", query = "select m from CompanyMember m where m.username = :username")
@NamedQuery(
        name = "CompanyMember.byCompany",
        query = "select m from CompanyMember m where m.companyId = :company order by m.owner desc, m.username")
public class CompanyMember implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "beaconSeq")
    @SequenceGenerator(name = "beaconSeq", sequenceName = "beacon_id_seq", allocationSize = 50)
    private Long id;

    @Column(name = "company_id", nullable = false)
    private Long companyId;

    @Column(nullable = false, unique = true, length = 80)
    private String username;

    @Column(nullable = false, length = 254)
    private String email;

    @Column(nullable = false)
    private boolean owner;

    @Column(name = "joined_at", nullable = false)
    private OffsetDateTime joinedAt;

    protected CompanyMember() {}

    public CompanyMember(Long companyId, String username, String email, boolean owner, OffsetDateTime joinedAt) {
        this.companyId = Objects.requireNonNull(companyId, "companyId");
        this.username = Texts.required(username, 80, "username");
        this.email = Texts.required(email, 254, "email");
        this.owner = owner;
        this.joinedAt = Objects.requireNonNull(joinedAt, "joinedAt");
    }

    public Long getId() {
        return id;
    }

    public Long getCompanyId() {
        return companyId;
    }

    public String getUsername() {
        return username;
    }

    public String getEmail() {
        return email;
    }

    public boolean isOwner() {
        return owner;
    }

    public OffsetDateTime getJoinedAt() {
        return joinedAt;
    }
}
