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
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.Set;

/**
 * A person on the mailing list, with the record of their consent (when, through which form, which
 * version of the consent text; the IP address only when the portal is configured to keep it).
 *
 * <pre>{@code
 * Subscriber ana = new Subscriber(EmailAddress.of("ana@example.org"), "Ana", "es",
 *         Set.of(Interest.EVENTS), new Consent(now, "web-form", "2026-1", null), now);
 * ana.confirm(now);
 * }</pre>
 */
@Entity
@Table(name = "newsletter_subscriber")
@NamedQuery(name = "Subscriber.byEmail", query = "select s from Subscriber s where s.email = :email")
@NamedQuery(
        name = "Subscriber.confirmedIds",
        query =
                "select s.id from Subscriber s where s.status = org.beaconportal.newsletter.domain.SubscriberStatus.CONFIRMED"
                        + " order by s.id")
public class Subscriber implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Soft bounces in a row after which the address is treated like a hard bounce. */
    public static final int SOFT_BOUNCE_LIMIT = 3;

    /** Where and how someone agreed to receive the newsletter. */
    public record Consent(OffsetDateTime at, String source, String textVersion, String ip) {
        public Consent {
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(source, "source");
            Objects.requireNonNull(textVersion, "textVersion");
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "beaconSeq")
    @SequenceGenerator(name = "beaconSeq", sequenceName = "beacon_id_seq", allocationSize = 50)
    private Long id;

    @Column(nullable = false, unique = true, length = 254)
    private String email;

    @Column(length = 120)
    private String name;

    @Column(nullable = false, length = 2)
    private String language;

    @Column(nullable = false, length = 200)
    private String interests;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private SubscriberStatus status = SubscriberStatus.PENDING;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Column(name = "confirmed_at")
    private OffsetDateTime confirmedAt;

    @Column(name = "unsubscribed_at")
    private OffsetDateTime unsubscribedAt;

    @Column(name = "consent_at", nullable = false)
    private OffsetDateTime consentAt;

    @Column(name = "consent_source", nullable = false, length = 60)
    private String consentSource;

    @Column(name = "consent_text_version", nullable = false, length = 20)
    private String consentTextVersion;

    @Column(name = "consent_ip", length = 45)
    private String consentIp;

    @Column(name = "soft_bounces", nullable = false)
    private int softBounces;

    @Column(name = "bounce_reason", length = 300)
    private String bounceReason;

    @Version
    private long version;

    protected Subscriber() {}

    public Subscriber(
            EmailAddress email,
            String name,
            String language,
            Set<Interest> interests,
            Consent consent,
            OffsetDateTime now) {
        this.email = Objects.requireNonNull(email, "email").value();
        this.createdAt = Objects.requireNonNull(now, "now");
        describe(name, language, interests);
        recordConsent(consent);
    }

    /** Changes name, language and interests (the subscriber's own preferences). */
    public void describe(String newName, String newLanguage, Set<Interest> newInterests) {
        String cleanName = newName == null || newName.isBlank() ? null : newName.strip();
        if (cleanName != null && cleanName.length() > 120) {
            throw new InvalidSubscriptionException("newsletter.subscribe.nameTooLong");
        }
        if (!"en".equals(newLanguage) && !"es".equals(newLanguage)) {
            throw new InvalidSubscriptionException("newsletter.subscribe.languageInvalid");
        }
        this.name = cleanName;
        this.language = newLanguage;
        this.interests = Interest.format(Objects.requireNonNull(newInterests, "interests"));
    }

    /** Signs up again after leaving or while still pending: a new consent, a new confirmation. */
    public void signUpAgain(Consent consent) {
        if (status == SubscriberStatus.CONFIRMED) {
            throw new IllegalStateException("Already confirmed");
        }
        recordConsent(consent);
        status = SubscriberStatus.PENDING;
        confirmedAt = null;
        unsubscribedAt = null;
        softBounces = 0;
        bounceReason = null;
    }

    /** The click on the confirmation link; confirming twice changes nothing. */
    public void confirm(OffsetDateTime now) {
        if (status == SubscriberStatus.PENDING) {
            status = SubscriberStatus.CONFIRMED;
            confirmedAt = Objects.requireNonNull(now, "now");
        }
    }

    /** Leaves the list; leaving twice changes nothing. */
    public void unsubscribe(OffsetDateTime now) {
        if (status == SubscriberStatus.PENDING || status == SubscriberStatus.CONFIRMED) {
            status = SubscriberStatus.UNSUBSCRIBED;
            unsubscribedAt = Objects.requireNonNull(now, "now");
        }
    }

    /**
     * Records a bounce: a hard one stops delivery at once, soft ones after {@link
     * #SOFT_BOUNCE_LIMIT} in a row.
     */
    public void recordBounce(boolean hard, String reason) {
        String cleanReason = reason == null ? "" : reason.strip();
        bounceReason = cleanReason.length() > 300 ? cleanReason.substring(0, 300) : cleanReason;
        if (!hard) {
            softBounces++;
        }
        if (hard || softBounces >= SOFT_BOUNCE_LIMIT) {
            status = SubscriberStatus.BOUNCED;
        }
    }

    /** A delivery went through: soft bounces are counted in a row only. */
    public void delivered() {
        softBounces = 0;
    }

    public boolean receivesIssues() {
        return status == SubscriberStatus.CONFIRMED;
    }

    private void recordConsent(Consent consent) {
        Objects.requireNonNull(consent, "consent");
        this.consentAt = consent.at();
        this.consentSource = consent.source();
        this.consentTextVersion = consent.textVersion();
        this.consentIp = consent.ip();
    }

    public Long getId() {
        return id;
    }

    public String getEmail() {
        return email;
    }

    public String getName() {
        return name;
    }

    public String getLanguage() {
        return language;
    }

    public Set<Interest> getInterests() {
        return Interest.parse(interests);
    }

    public String getInterestCodes() {
        return interests;
    }

    public SubscriberStatus getStatus() {
        return status;
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }

    public OffsetDateTime getConfirmedAt() {
        return confirmedAt;
    }

    public OffsetDateTime getUnsubscribedAt() {
        return unsubscribedAt;
    }

    public OffsetDateTime getConsentAt() {
        return consentAt;
    }

    public String getConsentSource() {
        return consentSource;
    }

    public String getConsentTextVersion() {
        return consentTextVersion;
    }

    public String getConsentIp() {
        return consentIp;
    }

    public int getSoftBounces() {
        return softBounces;
    }

    public String getBounceReason() {
        return bounceReason;
    }

    @Override
    public boolean equals(Object other) {
        return this == other || (other instanceof Subscriber that && email.equals(that.email));
    }

    @Override
    public int hashCode() {
        return email.hashCode();
    }
}
