package org.beaconportal.core.domain;

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
 * A saved state of a content item: who saved it, when, with which note, and the full snapshot of
 * its fields (as JSON). Revisions are never changed; restoring one writes a new one.
 */
@Entity
@Table(name = "core_content_revision")
@NamedQuery(
        name = "ContentRevision.ofItem",
        query = "select r from ContentRevision r where r.itemId = :item order by r.number desc")
@NamedQuery(
        name = "ContentRevision.byNumber",
        query = "select r from ContentRevision r where r.itemId = :item and r.number = :number")
@NamedQuery(
        name = "ContentRevision.lastNumber",
        query = "select coalesce(max(r.number), 0) from ContentRevision r where r.itemId = :item")
public class ContentRevision implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "beaconSeq")
    @SequenceGenerator(name = "beaconSeq", sequenceName = "beacon_id_seq", allocationSize = 50)
    private Long id;

    @Column(name = "item_id", nullable = false)
    private Long itemId;

    @Column(nullable = false)
    private int number;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Column(nullable = false, length = 80)
    private String author;

    @Column(length = 500)
    private String note;

    @Column(nullable = false)
    private String snapshot;

    protected ContentRevision() {}

    public ContentRevision(
            long itemId, int number, OffsetDateTime createdAt, String author, String note, String snapshot) {
        if (number < 1) {
            throw new IllegalArgumentException("Revision numbers start at 1");
        }
        this.itemId = itemId;
        this.number = number;
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        this.author = Objects.requireNonNull(author, "author");
        this.note =
                note == null || note.isBlank() ? null : (note.length() > 500 ? note.substring(0, 500) : note.strip());
        this.snapshot = Objects.requireNonNull(snapshot, "snapshot");
    }

    public Long getId() {
        return id;
    }

    public Long getItemId() {
        return itemId;
    }

    public int getNumber() {
        return number;
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }

    public String getAuthor() {
        return author;
    }

    public String getNote() {
        return note;
    }

    public String getSnapshot() {
        return snapshot;
    }
}
