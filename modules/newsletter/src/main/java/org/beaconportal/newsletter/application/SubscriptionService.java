package org.beaconportal.newsletter.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import org.beaconportal.core.application.MailDeliveryException;
import org.beaconportal.core.application.MailMessage;
import org.beaconportal.core.application.PortalMail;
import org.beaconportal.newsletter.domain.EmailAddress;
import org.beaconportal.newsletter.domain.Interest;
import org.beaconportal.newsletter.domain.SignedToken;
import org.beaconportal.newsletter.domain.Subscriber;
import org.beaconportal.newsletter.domain.SubscriberStatus;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Double opt-in sign-up, confirmation, preferences and unsubscribing.
 *
 * <p>{@link #subscribe} answers the same whatever the address's state (nobody learns who is on
 * the list): a new or pending address gets a confirmation mail, a confirmed one a short note that
 * it is already subscribed, and a bot that filled the honeypot gets nothing at all.
 */
@ApplicationScoped
public class SubscriptionService {

    /** Version of the consent text shown on the sign-up form; change it when the text changes. */
    public static final String CONSENT_TEXT_VERSION = "2026-1";

    private static final Logger LOG = Logger.getLogger(SubscriptionService.class.getName());

    /** What happened to a sign-up, for tests and metrics only: the visitor always sees the same page. */
    public enum Outcome {
        CONFIRMATION_SENT,
        ALREADY_SUBSCRIBED_NOTICE_SENT,
        IGNORED_BOT,
        THROTTLED
    }

    @PersistenceContext(unitName = "beacon")
    EntityManager em;

    @Inject
    PortalMail mail;

    @Inject
    NewsletterLinks links;

    @Inject
    SubscribeThrottle throttle;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "beacon.newsletter.consent.keep.ip", defaultValue = "false")
    boolean keepIp;

    /**
     * Signs an address up (or again). Throws {@link
     * org.beaconportal.newsletter.domain.InvalidSubscriptionException} for a malformed address or
     * language, before anything is stored.
     */
    @Transactional
    public Outcome subscribe(SubscriptionRequest request) {
        EmailAddress email = EmailAddress.of(request.email());
        if (request.honeypot() != null && !request.honeypot().isBlank()) {
            return Outcome.IGNORED_BOT;
        }
        if (!throttle.allowClient(String.valueOf(request.client()))) {
            return Outcome.THROTTLED;
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        Subscriber.Consent consent =
                new Subscriber.Consent(now, "web-form", CONSENT_TEXT_VERSION, keepIp ? request.client() : null);
        Optional<Subscriber> existing = findByEmail(email.value());
        Subscriber subscriber;
        if (existing.isEmpty()) {
            subscriber = new Subscriber(email, request.name(), request.language(), request.interests(), consent, now);
            em.persist(subscriber);
            em.flush();
        } else {
            subscriber = existing.get();
            if (subscriber.getStatus() == SubscriberStatus.CONFIRMED) {
                if (throttle.allowAddress(email.value())) {
                    sendQuietly(alreadySubscribed(subscriber));
                }
                return Outcome.ALREADY_SUBSCRIBED_NOTICE_SENT;
            }
            subscriber.describe(request.name(), request.language(), request.interests());
            subscriber.signUpAgain(consent);
        }
        if (!throttle.allowAddress(email.value())) {
            return Outcome.THROTTLED;
        }
        sendQuietly(confirmation(subscriber));
        return Outcome.CONFIRMATION_SENT;
    }

    /** The click on a confirmation link: the subscriber, now confirmed, or empty for a bad or expired link. */
    @Transactional
    public Optional<Subscriber> confirm(String token) {
        Optional<Long> id = secretTokens().verify(token, SignedToken.Purpose.CONFIRM, clock.instant());
        Optional<Subscriber> subscriber = id.map(i -> em.find(Subscriber.class, i));
        subscriber.ifPresent(s -> s.confirm(OffsetDateTime.now(clock)));
        return subscriber;
    }

    /** The subscriber a preferences/unsubscribe token names, or empty when it is not valid. */
    @Transactional
    public Optional<Subscriber> byManageToken(String token) {
        return secretTokens()
                .verify(token, SignedToken.Purpose.MANAGE, clock.instant())
                .map(i -> em.find(Subscriber.class, i));
    }

    /**
     * Unsubscribes the token's subscriber. True when the token is valid (also when the person had
     * already left or their data was deleted), false for a forged or damaged token.
     */
    @Transactional
    public boolean unsubscribe(String token) {
        Optional<Long> id = secretTokens().verify(token, SignedToken.Purpose.MANAGE, clock.instant());
        if (id.isEmpty()) {
            return false;
        }
        Subscriber subscriber = em.find(Subscriber.class, id.get());
        if (subscriber != null) {
            subscriber.unsubscribe(OffsetDateTime.now(clock));
        }
        return true;
    }

    /** Changes language and interests through a manage token; false when the token is not valid. */
    @Transactional
    public boolean updatePreferences(String token, String name, String language, Set<Interest> interests) {
        Optional<Subscriber> subscriber = byManageToken(token);
        if (subscriber.isEmpty() || subscriber.get() == null) {
            return false;
        }
        subscriber.get().describe(name, language, interests);
        return true;
    }

    /**
     * Records a bounce reported for an address (by the mail provider's webhook): a hard bounce stops
     * delivery at once, soft ones after {@link Subscriber#SOFT_BOUNCE_LIMIT} in a row. False when
     * the address is not on the list.
     */
    @Transactional
    public boolean recordBounce(String email, boolean hard, String reason) {
        Optional<Subscriber> subscriber = findByEmail(EmailAddress.of(email).value());
        subscriber.ifPresent(s -> s.recordBounce(hard, reason));
        return subscriber.isPresent();
    }

    public Optional<Subscriber> findByEmail(String email) {
        return em.createNamedQuery("Subscriber.byEmail", Subscriber.class)
                .setParameter("email", email)
                .getResultStream()
                .findFirst();
    }

    private SignedToken secretTokens() {
        return links.tokens();
    }

    private MailMessage confirmation(Subscriber subscriber) {
        MailTexts texts = new MailTexts(subscriber.getLanguage());
        String url = links.confirm(subscriber.getId(), subscriber.getLanguage());
        String greeting = subscriber.getName() == null
                ? texts.get("newsletter.confirmMail.greeting")
                : texts.get("newsletter.confirmMail.greetingNamed", subscriber.getName());
        String text = greeting + "\n\n" + texts.get("newsletter.confirmMail.body") + "\n\n" + url + "\n\n"
                + texts.get("newsletter.confirmMail.expiry") + "\n\n" + texts.get("newsletter.confirmMail.ignore")
                + "\n";
        String html = "<!DOCTYPE html><html lang=\"" + subscriber.getLanguage()
                + "\"><head><meta charset=\"utf-8\"><title>"
                + MailTexts.escape(texts.get("newsletter.confirmMail.subject"))
                + "</title></head><body style=\"font-family:Arial,Helvetica,sans-serif;line-height:1.5\"><p>"
                + MailTexts.escape(greeting) + "</p><p>" + MailTexts.escape(texts.get("newsletter.confirmMail.body"))
                + "</p><p><a href=\"" + MailTexts.escape(url) + "\">"
                + MailTexts.escape(texts.get("newsletter.confirmMail.button")) + "</a></p><p>"
                + MailTexts.escape(texts.get("newsletter.confirmMail.expiry")) + "</p><p>"
                + MailTexts.escape(texts.get("newsletter.confirmMail.ignore")) + "</p></body></html>";
        return new MailMessage(
                subscriber.getEmail(), texts.get("newsletter.confirmMail.subject"), text, html, Map.of());
    }

    private MailMessage alreadySubscribed(Subscriber subscriber) {
        MailTexts texts = new MailTexts(subscriber.getLanguage());
        String url = links.preferences(subscriber.getId(), subscriber.getLanguage());
        String text = texts.get("newsletter.alreadyMail.body") + "\n\n" + url + "\n";
        return MailMessage.text(subscriber.getEmail(), texts.get("newsletter.alreadyMail.subject"), text);
    }

    private void sendQuietly(MailMessage message) {
        try {
            mail.send(message);
        } catch (MailDeliveryException e) {
            // The visitor sees the same answer; they can sign up again. The address is not logged.
            LOG.warning("Newsletter confirmation mail not sent: " + e.getMessage());
        }
    }
}
