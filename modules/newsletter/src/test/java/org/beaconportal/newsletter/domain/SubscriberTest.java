package org.beaconportal.newsletter.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SubscriberTest {

    private static final OffsetDateTime NOW = OffsetDateTime.of(2026, 3, 1, 10, 0, 0, 0, ZoneOffset.UTC);
    private static final Subscriber.Consent CONSENT = new Subscriber.Consent(NOW, "web-form", "2026-1", null);

    private static Subscriber subscriber() {
        return new Subscriber(EmailAddress.of(" Ana@Example.ORG "), "Ana", "es", Set.of(Interest.EVENTS), CONSENT, NOW);
    }

    @Test
    void addressesAreNormalisedAndChecked() {
        assertEquals("ana@example.org", subscriber().getEmail());
        for (String bad : new String[] {"", "ana", "ana@", "a b@example.org", "ana@example", "x@y.z\r\nBcc: z@q.r"}) {
            assertThrows(InvalidSubscriptionException.class, () -> EmailAddress.of(bad), bad);
        }
    }

    @Test
    void onlyConfirmedSubscribersReceiveIssues() {
        Subscriber s = subscriber();
        assertFalse(s.receivesIssues());

        s.confirm(NOW);
        assertTrue(s.receivesIssues());
        assertEquals(NOW, s.getConfirmedAt());

        s.unsubscribe(NOW.plusDays(1));
        assertFalse(s.receivesIssues());
        assertEquals(SubscriberStatus.UNSUBSCRIBED, s.getStatus());
    }

    @Test
    void signingUpAgainRecordsNewConsentAndNeedsNewConfirmation() {
        Subscriber s = subscriber();
        s.confirm(NOW);
        s.unsubscribe(NOW);
        Subscriber.Consent later = new Subscriber.Consent(NOW.plusDays(30), "web-form", "2026-2", null);

        s.signUpAgain(later);

        assertEquals(SubscriberStatus.PENDING, s.getStatus());
        assertEquals("2026-2", s.getConsentTextVersion());
        assertEquals(NOW.plusDays(30), s.getConsentAt());
    }

    @Test
    void hardBounceStopsAtOnceSoftBouncesAfterALimitInARow() {
        Subscriber hard = subscriber();
        hard.confirm(NOW);
        hard.recordBounce(true, "550 no such user");
        assertEquals(SubscriberStatus.BOUNCED, hard.getStatus());
        assertEquals("550 no such user", hard.getBounceReason());

        Subscriber soft = subscriber();
        soft.confirm(NOW);
        soft.recordBounce(false, "mailbox full");
        soft.recordBounce(false, "mailbox full");
        soft.delivered();
        soft.recordBounce(false, "mailbox full");
        soft.recordBounce(false, "mailbox full");
        assertTrue(soft.receivesIssues());
        soft.recordBounce(false, "mailbox full");
        assertEquals(SubscriberStatus.BOUNCED, soft.getStatus());
    }

    @Test
    void languageAndInterestsAreChecked() {
        Subscriber s = subscriber();
        assertThrows(InvalidSubscriptionException.class, () -> s.describe(null, "fr", Set.of()));
        assertThrows(InvalidSubscriptionException.class, () -> s.describe("x".repeat(121), "en", Set.of()));

        s.describe(null, "en", EnumSet.of(Interest.NEWS, Interest.TRAININGS));
        assertEquals("news,trainings", s.getInterestCodes());
        assertEquals(EnumSet.of(Interest.NEWS, Interest.TRAININGS), s.getInterests());
    }
}
