package org.beaconportal.newsletter.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.beaconportal.newsletter.domain.SignedToken;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Absolute links that go into mail: the portal's public address ({@code beacon.newsletter.public.url},
 * by default {@code http://localhost:<beacon.http.port>}) plus a language prefix and a signed token.
 *
 * <pre>{@code
 * links.confirm(subscriber) // https://portal.example/es/newsletter/confirm?token=c.42.1767225600.…
 * }</pre>
 */
@ApplicationScoped
public class NewsletterLinks {

    /** How long a confirmation link works. */
    public static final Duration CONFIRMATION_VALIDITY = Duration.ofDays(7);

    @Inject
    @ConfigProperty(name = "beacon.newsletter.public.url")
    Optional<String> publicUrl;

    @Inject
    @ConfigProperty(name = "beacon.http.port", defaultValue = "9080")
    String httpPort;

    @Inject
    SigningSecret secret;

    @Inject
    Clock clock;

    /** The portal's address without trailing slash. */
    public String base() {
        String url = publicUrl.filter(u -> !u.isBlank()).map(String::strip).orElse("http://localhost:" + httpPort);
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    /** Absolute link to a portal path in a language. */
    public String page(String language, String path) {
        return base() + ("es".equals(language) ? "/es" : "") + path;
    }

    public String confirm(long subscriberId, String language) {
        String token = secret.tokens()
                .issue(
                        SignedToken.Purpose.CONFIRM,
                        subscriberId,
                        clock.instant().plus(CONFIRMATION_VALIDITY));
        return page(language, "/newsletter/confirm?token=" + token);
    }

    /** The preferences page of a subscriber (where they can also unsubscribe). */
    public String preferences(long subscriberId, String language) {
        return page(language, "/newsletter/preferences?token=" + manageToken(subscriberId));
    }

    /** The RFC 8058 one-click address for the {@code List-Unsubscribe} header. */
    public String oneClickUnsubscribe(long subscriberId) {
        return base() + "/api/v1/newsletter/unsubscribe?token=" + manageToken(subscriberId);
    }

    /** Signer and verifier of the module's tokens. */
    public SignedToken tokens() {
        return secret.tokens();
    }

    public String manageToken(long subscriberId) {
        return secret.tokens().issue(SignedToken.Purpose.MANAGE, subscriberId, SignedToken.NEVER);
    }
}
