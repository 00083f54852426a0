package org.beaconportal.resources.domain;

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
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A new listing or a correction sent through the public form, waiting in the staff review queue.
 * Nothing of it is public until staff approve it. It holds what the organization wrote about
 * itself, never who sent it or from where.
 */
@Entity
@Table(name = "resources_suggestion")
@NamedQuery(
        name = "ListingSuggestion.byStatus",
        query = "select s from ListingSuggestion s where s.status = :status order by s.createdAt, s.id")
@NamedQuery(
        name = "ListingSuggestion.countByStatus",
        query = "select count(s) from ListingSuggestion s where s.status = :status")
public class ListingSuggestion implements Serializable {

    private static final long serialVersionUID = 1L;

    /** New listing, or correction of an existing one. */
    public enum Kind {
        NEW,
        CORRECTION
    }

    /** Where the suggestion is in the review. */
    public enum Status {
        PENDING,
        APPROVED,
        REJECTED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "resourcesSuggestionSeq")
    @SequenceGenerator(name = "resourcesSuggestionSeq", sequenceName = "beacon_id_seq", allocationSize = 50)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Kind kind;

    @Column(name = "organization_name", nullable = false, length = 300)
    private String organizationName;

    @Column(name = "listing_slug", length = 120)
    private String listingSlug;

    @Column(name = "fields_text", nullable = false, length = 4000)
    private String fieldsText;

    @Column(length = 2000)
    private String message;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Status status = Status.PENDING;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Column(name = "decided_at")
    private OffsetDateTime decidedAt;

    @Column(name = "decided_by", length = 80)
    private String decidedBy;

    protected ListingSuggestion() {}

    /**
     * @param fields the listing's details with the keys of {@link Organization} fields
     * @param listingSlug for a correction, the listing it corrects
     */
    public ListingSuggestion(
            Kind kind,
            String organizationName,
            Map<String, String> fields,
            String listingSlug,
            String message,
            OffsetDateTime now) {
        this.kind = Objects.requireNonNull(kind, "kind");
        if (organizationName == null
                || organizationName.isBlank()
                || organizationName.strip().length() > 300) {
            throw new IllegalArgumentException("An organization name of at most 300 characters is required");
        }
        this.organizationName = organizationName.strip();
        this.fieldsText = SuggestionFields.encode(fields);
        if (fieldsText.length() > 4000) {
            throw new IllegalArgumentException("Suggestion details are too long");
        }
        this.listingSlug = listingSlug == null || listingSlug.isBlank() ? null : listingSlug.strip();
        this.message = message == null || message.isBlank() ? null : message.strip();
        if (this.message != null && this.message.length() > 2000) {
            throw new IllegalArgumentException("Message is longer than 2000 characters");
        }
        this.createdAt = Objects.requireNonNull(now, "now");
    }

    /** Records the staff decision; a suggestion is decided once. */
    public void decide(boolean approved, String staff, OffsetDateTime now) {
        if (status != Status.PENDING) {
            throw new IllegalStateException("Suggestion " + id + " was already " + status);
        }
        this.status = approved ? Status.APPROVED : Status.REJECTED;
        this.decidedBy = Objects.requireNonNull(staff, "staff");
        this.decidedAt = Objects.requireNonNull(now, "now");
    }

    public Long getId() {
        return id;
    }

    public Kind getKind() {
        return kind;
    }

    public String getOrganizationName() {
        return organizationName;
    }

    public String getListingSlug() {
        return listingSlug;
    }

    /** The suggested details, keyed like {@link Organization}'s fields. */
    public Map<String, String> getFields() {
        return new LinkedHashMap<>(SuggestionFields.decode(fieldsText));
    }

    public String getMessage() {
        return message;
    }

    public Status getStatus() {
        return status;
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }

    public OffsetDateTime getDecidedAt() {
        return decidedAt;
    }

    public String getDecidedBy() {
        return decidedBy;
    }
}
