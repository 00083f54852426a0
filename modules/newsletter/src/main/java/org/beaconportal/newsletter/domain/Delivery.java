package org.beaconportal.newsletter.domain;

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
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * One recipient of one issue: the durable record that makes sending resumable without sending
 * anyone the issue twice or skipping anyone (see {@link DeliveryState} for the state machine).
 */
@Entity
@Table(name = "newsletter_delivery")
@NamedQuery(
        name = "Delivery.due",
        query = "select d.id from Delivery d where d.issueId = :issue and (d.state ="
                + " org.beaconportal.newsletter.domain.DeliveryState.PENDING or (d.state ="
                + " org.beaconportal.newsletter.domain.DeliveryState.RETRY and d.nextAttemptAt <= :now)) order by d.id")
@NamedQuery(
        name = "Delivery.countByState",
        query = "select d.state, count(d) from Delivery d where d.issueId = :issue group by d.state")
@NamedQuery(
        name = "Delivery.byState",
        query = "select d from Delivery d where d.issueId = :issue and d.state = :state order by d.id")
@NamedQuery(
        name = "Delivery.interrupted",
        query = "select d from Delivery d where d.state = org.beaconportal.newsletter.domain.DeliveryState.SENDING"
                + " and d.claimedAt < :claimedBefore")
public class Delivery implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Attempts after which a temporarily refused message is given up. */
    public static final int MAX_ATTEMPTS = 8;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "deliverySeq")
    @SequenceGenerator(name = "deliverySeq", sequenceName = "newsletter_delivery_seq", allocationSize = 1)
    private Long id;

    @Column(name = "issue_id", nullable = false)
    private Long issueId;

    @Column(name = "subscriber_id")
    private Long subscriberId;

    @Column(length = 254)
    private String email;

    @Column(nullable = false, length = 2)
    private String language;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private DeliveryState state = DeliveryState.PENDING;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at")
    private OffsetDateTime nextAttemptAt;

    @Column(name = "last_error", length = 300)
    private String lastError;

    @Column(name = "claimed_at")
    private OffsetDateTime claimedAt;

    @Column(name = "sent_at")
    private OffsetDateTime sentAt;

    @Version
    private long version;

    protected Delivery() {}

    public Delivery(long issueId, long subscriberId, String email, String language) {
        this.issueId = issueId;
        this.subscriberId = subscriberId;
        this.email = Objects.requireNonNull(email, "email");
        this.language = Objects.requireNonNull(language, "language");
    }

    /** Takes the delivery for one attempt; written before the message goes to the server. */
    public void claim(OffsetDateTime now) {
        if (state != DeliveryState.PENDING && state != DeliveryState.RETRY) {
            throw new IllegalStateException("Cannot send a delivery in state " + state);
        }
        state = DeliveryState.SENDING;
        attempts++;
        claimedAt = now;
    }

    /** Records what the attempt did; retries temporary failures with exponential back-off. */
    public void record(SendOutcome outcome, String error, OffsetDateTime now) {
        if (state != DeliveryState.SENDING) {
            throw new IllegalStateException("No attempt is running for this delivery: " + state);
        }
        lastError = error == null ? null : error.length() > 300 ? error.substring(0, 300) : error;
        switch (outcome) {
            case ACCEPTED -> {
                state = DeliveryState.SENT;
                sentAt = now;
                lastError = null;
            }
            case TEMPORARY_FAILURE -> {
                if (attempts >= MAX_ATTEMPTS) {
                    state = DeliveryState.FAILED;
                } else {
                    state = DeliveryState.RETRY;
                    nextAttemptAt = now.plus(backoff(attempts));
                }
            }
            case PERMANENT_FAILURE -> state = DeliveryState.FAILED;
            case UNKNOWN -> state = DeliveryState.IN_DOUBT;
        }
    }

    /** Wait before attempt {@code attempts + 1}: 30 s, 1 min, 2 min, … capped at one hour. */
    public static Duration backoff(int attempts) {
        long seconds = 30L << Math.min(Math.max(attempts - 1, 0), 7);
        return Duration.ofSeconds(Math.min(seconds, 3600));
    }

    /**
     * The node sending this attempt died before writing its outcome: the attempt is due again at
     * {@code now}, on whichever node sends now. The connection to the mail server ended with
     * the node, and a server keeps no message whose transfer did not complete, so a copy arrives
     * twice only if the node died in the instant between the server's acceptance and the outcome.
     */
    public void requeueInterrupted(String reason, OffsetDateTime now) {
        if (state == DeliveryState.SENDING) {
            state = DeliveryState.RETRY;
            nextAttemptAt = now;
            lastError = reason;
        }
    }

    /** The recipient left (or bounced) before their turn. */
    public void skip(String reason) {
        if (state == DeliveryState.PENDING || state == DeliveryState.RETRY) {
            state = DeliveryState.SKIPPED;
            lastError = reason;
        }
    }

    /** Staff decided about an in-doubt delivery: send it again, or count it as delivered. */
    public void resolveDoubt(boolean sendAgain, OffsetDateTime now) {
        if (state != DeliveryState.IN_DOUBT) {
            throw new IllegalStateException("Delivery is not in doubt");
        }
        if (sendAgain) {
            state = DeliveryState.PENDING;
        } else {
            state = DeliveryState.SENT;
            sentAt = now;
        }
    }

    /** Forgets who the recipient was (the subscriber's data was deleted); counts stay. */
    public void anonymise() {
        email = null;
        subscriberId = null;
    }

    public Long getId() {
        return id;
    }

    public Long getIssueId() {
        return issueId;
    }

    public Long getSubscriberId() {
        return subscriberId;
    }

    public String getEmail() {
        return email;
    }

    public String getLanguage() {
        return language;
    }

    public DeliveryState getState() {
        return state;
    }

    public int getAttempts() {
        return attempts;
    }

    public OffsetDateTime getNextAttemptAt() {
        return nextAttemptAt;
    }

    public String getLastError() {
        return lastError;
    }

    public OffsetDateTime getClaimedAt() {
        return claimedAt;
    }

    public OffsetDateTime getSentAt() {
        return sentAt;
    }
}
