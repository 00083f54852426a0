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

/**
 * A portal account (role COMPANY) that belongs to one company; one member is its owner. The member's
 * language ({@code en} or {@code es}) is the one they registered or joined in, or chose later; it
 * is null when unknown, and then e-mails to them carry both languages.
 */
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

    @Column(name = "lang", length = 2)
    private String language;

    protected CompanyMember() {}

    public CompanyMember(Long companyId, String username, String email, boolean owner, OffsetDateTime joinedAt) {
        this(companyId, username, email, owner, joinedAt, null);
    }

    /** @param language {@code en}, {@code es} or null when not known */
    public CompanyMember(
            Long companyId, String username, String email, boolean owner, OffsetDateTime joinedAt, String language) {
        this.companyId = Objects.requireNonNull(companyId, "companyId");
        this.username = Texts.required(username, 80, "username");
        this.email = Texts.required(email, 254, "email");
        this.owner = owner;
        this.joinedAt = Objects.requireNonNull(joinedAt, "joinedAt");
        preferLanguage(language);
    }

    /**
     * Sets the language the member wants e-mails in; null (or blank) means not known.
     *
     * @throws IllegalArgumentException for anything but en, es or nothing
     */
    public void preferLanguage(String newLanguage) {
        if (newLanguage == null || newLanguage.isBlank()) {
            this.language = null;
        } else if ("en".equals(newLanguage) || "es".equals(newLanguage)) {
            this.language = newLanguage;
        } else {
            throw new IllegalArgumentException("Language must be en or es");
        }
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

    /** {@code en}, {@code es}, or null when the portal does not know the member's language. */
    public String getLanguage() {
        return language;
    }
}
