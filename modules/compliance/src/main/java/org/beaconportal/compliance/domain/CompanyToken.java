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

/**
 * A one-time link sent by e-mail: verifying a registration or joining a company. Only the SHA-256
 * of the token is stored, so a database leak does not leak working links.
 */
@Entity
@Table(name = "compliance_token")
@NamedQuery(name = "CompanyToken.byHash", query = "select t from CompanyToken t where t.tokenHash = :hash")
public class CompanyToken implements Serializable {

    private static final long serialVersionUID = 1L;

    /** What a token does when used. */
    public enum Purpose {
        VERIFY,
        INVITE
    }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "beaconSeq")
    @SequenceGenerator(name = "beaconSeq", sequenceName = "beacon_id_seq", allocationSize = 50)
    private Long id;

    @Column(name = "token_hash", nullable = false, unique = true, length = 64)
    private String tokenHash;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Purpose purpose;

    @Column(name = "company_id", nullable = false)
    private Long companyId;

    @Column(nullable = false, length = 254)
    private String email;

    @Column(length = 80)
    private String username;

    @Column(name = "expires_at", nullable = false)
    private OffsetDateTime expiresAt;

    @Column(name = "used_at")
    private OffsetDateTime usedAt;

    protected CompanyToken() {}

    public CompanyToken(
            String tokenHash,
            Purpose purpose,
            Long companyId,
            String email,
            String username,
            OffsetDateTime expiresAt) {
        this.tokenHash = Objects.requireNonNull(tokenHash, "tokenHash");
        this.purpose = Objects.requireNonNull(purpose, "purpose");
        this.companyId = Objects.requireNonNull(companyId, "companyId");
        this.email = Texts.required(email, 254, "email");
        this.username = username;
        this.expiresAt = Objects.requireNonNull(expiresAt, "expiresAt");
    }

    /** True when the token may still be used at the given time. */
    public boolean isUsable(OffsetDateTime now) {
        return usedAt == null && now.isBefore(expiresAt);
    }

    public void use(OffsetDateTime now) {
        if (!isUsable(now)) {
            throw new IllegalStateException("Token already used or expired");
        }
        this.usedAt = now;
    }

    public Long getId() {
        return id;
    }

    public Purpose getPurpose() {
        return purpose;
    }

    public Long getCompanyId() {
        return companyId;
    }

    public String getEmail() {
        return email;
    }

    public String getUsername() {
        return username;
    }

    public OffsetDateTime getExpiresAt() {
        return expiresAt;
    }
}
