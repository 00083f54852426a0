package org.beaconportal.newsletter.domain;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Links in the newsletter's mail carry a token: purpose, subscriber id and expiry, signed with
 * HMAC-SHA256 under the portal's secret. A changed character or an expired time makes it invalid.
 *
 * <pre>{@code
 * SignedToken tokens = new SignedToken(secret);
 * String t = tokens.issue(SignedToken.Purpose.CONFIRM, 42, now.plus(Duration.ofDays(7)));
 * tokens.verify(t, SignedToken.Purpose.CONFIRM, now); // Optional.of(42L)
 * }</pre>
 */
public final class SignedToken {

    /** What a token allows; a token for one purpose is refused for another. */
    public enum Purpose {
        CONFIRM("c"),
        MANAGE("m");

        private final String code;

        Purpose(String code) {
            this.code = code;
        }
    }

    /** Expiry of tokens that never expire (unsubscribe links in archived mail must keep working). */
    public static final Instant NEVER = Instant.ofEpochSecond(253402300799L);

    private static final Pattern SHAPE = Pattern.compile("[cm]\\.[0-9]{1,19}\\.[0-9]{1,12}\\.[A-Za-z0-9_-]{43}");

    private final byte[] secret;

    public SignedToken(byte[] secret) {
        if (secret == null || secret.length < 32) {
            throw new IllegalArgumentException("The signing secret needs at least 32 bytes");
        }
        this.secret = secret.clone();
    }

    public String issue(Purpose purpose, long subscriberId, Instant expires) {
        String payload = purpose.code + "." + subscriberId + "." + expires.getEpochSecond();
        return payload + "." + sign(payload);
    }

    /** The subscriber id when the token is intact, for this purpose, and not expired at {@code now}. */
    public Optional<Long> verify(String token, Purpose purpose, Instant now) {
        if (token == null || !SHAPE.matcher(token).matches()) {
            return Optional.empty();
        }
        int last = token.lastIndexOf('.');
        String payload = token.substring(0, last);
        byte[] expected = sign(payload).getBytes(StandardCharsets.US_ASCII);
        byte[] given = token.substring(last + 1).getBytes(StandardCharsets.US_ASCII);
        if (!MessageDigest.isEqual(expected, given)) {
            return Optional.empty();
        }
        String[] parts = payload.split("\\.");
        if (!parts[0].equals(purpose.code)) {
            return Optional.empty();
        }
        long expires = Long.parseLong(parts[2]);
        if (now.getEpochSecond() >= expires) {
            return Optional.empty();
        }
        return Optional.of(Long.parseLong(parts[1]));
    }

    private String sign(String payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            byte[] digest = mac.doFinal(payload.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }
}
