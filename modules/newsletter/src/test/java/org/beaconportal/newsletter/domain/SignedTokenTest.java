package org.beaconportal.newsletter.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SignedTokenTest {

    private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");
    private final SignedToken tokens =
            new SignedToken("a secret of at least thirty-two bytes!".getBytes(StandardCharsets.US_ASCII));

    @Test
    void validTokenNamesItsSubscriberUntilItExpires() {
        String token = tokens.issue(SignedToken.Purpose.CONFIRM, 42, NOW.plus(Duration.ofDays(7)));

        assertEquals(Optional.of(42L), tokens.verify(token, SignedToken.Purpose.CONFIRM, NOW));
        assertEquals(Optional.of(42L), tokens.verify(token, SignedToken.Purpose.CONFIRM, NOW.plus(Duration.ofDays(6))));
        assertTrue(tokens.verify(token, SignedToken.Purpose.CONFIRM, NOW.plus(Duration.ofDays(7)))
                .isEmpty());
    }

    @Test
    void anyChangedCharacterOrOtherPurposeOrOtherSecretIsRefused() {
        String token = tokens.issue(SignedToken.Purpose.CONFIRM, 42, NOW.plus(Duration.ofDays(7)));
        String otherId = token.replaceFirst("^c\\.42\\.", "c.43.");
        String longer = token.replaceFirst("^c\\.42\\.\\d+", "c.42.99999999999");
        char last = token.charAt(token.length() - 1);
        String flipped = token.substring(0, token.length() - 1) + (last == 'A' ? 'B' : 'A');
        SignedToken otherSecret =
                new SignedToken("another secret, also thirty-two bytes long".getBytes(StandardCharsets.US_ASCII));

        assertTrue(tokens.verify(otherId, SignedToken.Purpose.CONFIRM, NOW).isEmpty());
        assertTrue(tokens.verify(longer, SignedToken.Purpose.CONFIRM, NOW).isEmpty());
        assertTrue(tokens.verify(flipped, SignedToken.Purpose.CONFIRM, NOW).isEmpty());
        assertTrue(tokens.verify(token, SignedToken.Purpose.MANAGE, NOW).isEmpty());
        assertTrue(otherSecret.verify(token, SignedToken.Purpose.CONFIRM, NOW).isEmpty());
        assertTrue(tokens.verify(null, SignedToken.Purpose.CONFIRM, NOW).isEmpty());
        assertTrue(tokens.verify("garbage", SignedToken.Purpose.CONFIRM, NOW).isEmpty());
    }

    @Test
    void manageTokensDoNotExpire() {
        String token = tokens.issue(SignedToken.Purpose.MANAGE, 7, SignedToken.NEVER);

        assertEquals(
                Optional.of(7L), tokens.verify(token, SignedToken.Purpose.MANAGE, NOW.plus(Duration.ofDays(3650))));
    }

    @Test
    void shortSecretsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new SignedToken(new byte[16]));
    }
}
