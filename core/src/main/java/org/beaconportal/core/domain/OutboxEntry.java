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
 * A side effect outside the database (updating the search index, for one) recorded in the same
 * transaction as the change that causes it, and applied afterwards by the outbox worker. A crash
 * between the two loses nothing: pending entries are applied on the next run.
 */
@Entity
@Table(name = "core_outbox")
@NamedQuery(
        name = "OutboxEntry.pending",
        query = "select o from OutboxEntry o where o.processedAt is null and o.attempts < :maxAttempts order by o.id")
@NamedQuery(name = "OutboxEntry.countPending", query = "select count(o) from OutboxEntry o where o.processedAt is null")
public class OutboxEntry implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "beaconSeq")
    @SequenceGenerator(name = "beaconSeq", sequenceName = "beacon_id_seq", allocationSize = 50)
    private Long id;

    @Column(nullable = false, length = 40)
    private String topic;

    @Column(nullable = false, length = 500)
    private String payload;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Column(name = "processed_at")
    private OffsetDateTime processedAt;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "last_error", length = 1000)
    private String lastError;

    protected OutboxEntry() {}

    public OutboxEntry(String topic, String payload, OffsetDateTime createdAt) {
        this.topic = Objects.requireNonNull(topic, "topic");
        this.payload = Objects.requireNonNull(payload, "payload");
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
    }

    public void done(OffsetDateTime at) {
        this.processedAt = at;
        this.lastError = null;
    }

    public void failed(String error) {
        this.attempts++;
        this.lastError = error == null ? "unknown" : error.substring(0, Math.min(1000, error.length()));
    }

    public Long getId() {
        return id;
    }

    public String getTopic() {
        return topic;
    }

    public String getPayload() {
        return payload;
    }

    public OffsetDateTime getProcessedAt() {
        return processedAt;
    }

    public int getAttempts() {
        return attempts;
    }

    public String getLastError() {
        return lastError;
    }
}
