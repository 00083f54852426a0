package org.beaconportal.newsletter.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class DeliveryTest {

    private static final OffsetDateTime NOW = OffsetDateTime.of(2026, 3, 1, 10, 0, 0, 0, ZoneOffset.UTC);

    private static Delivery delivery() {
        return new Delivery(1, 2, "ana@example.org", "en");
    }

    @Test
    void acceptedMessageIsSentOnce() {
        Delivery d = delivery();
        d.claim(NOW);
        d.record(SendOutcome.ACCEPTED, null, NOW);

        assertEquals(DeliveryState.SENT, d.getState());
        assertThrows(IllegalStateException.class, () -> d.claim(NOW));
    }

    @Test
    void temporaryFailureIsRetriedWithGrowingBackoffThenGivenUp() {
        Delivery d = delivery();
        d.claim(NOW);
        d.record(SendOutcome.TEMPORARY_FAILURE, "ConnectException", NOW);

        assertEquals(DeliveryState.RETRY, d.getState());
        assertEquals(NOW.plusSeconds(30), d.getNextAttemptAt());
        d.claim(NOW);
        d.record(SendOutcome.TEMPORARY_FAILURE, "ConnectException", NOW);
        assertEquals(NOW.plusSeconds(60), d.getNextAttemptAt());

        for (int i = 2; i < Delivery.MAX_ATTEMPTS; i++) {
            d.claim(NOW);
            d.record(SendOutcome.TEMPORARY_FAILURE, "ConnectException", NOW);
        }
        assertEquals(DeliveryState.FAILED, d.getState());
        assertEquals(Duration.ofHours(1), Delivery.backoff(20));
    }

    @Test
    void unknownOutcomeLeavesTheRecipientInDoubt() {
        Delivery lost = delivery();
        lost.claim(NOW);
        lost.record(SendOutcome.UNKNOWN, "SocketException", NOW);

        assertEquals(DeliveryState.IN_DOUBT, lost.getState());
        assertThrows(IllegalStateException.class, () -> lost.claim(NOW));
    }

    @Test
    void anAttemptInterruptedByADeadNodeIsDueAgainAtOnce() {
        Delivery interrupted = delivery();
        interrupted.claim(NOW);
        interrupted.requeueInterrupted("interrupted", NOW.plusMinutes(5));
        Delivery finished = delivery();
        finished.claim(NOW);
        finished.record(SendOutcome.ACCEPTED, null, NOW);
        finished.requeueInterrupted("interrupted", NOW.plusMinutes(5));

        assertEquals(DeliveryState.RETRY, interrupted.getState());
        assertEquals(NOW.plusMinutes(5), interrupted.getNextAttemptAt());
        interrupted.claim(NOW.plusMinutes(5));
        assertEquals(2, interrupted.getAttempts());
        assertEquals(DeliveryState.SENT, finished.getState());
    }

    @Test
    void staffResolveDoubtEitherWay() {
        Delivery again = delivery();
        again.claim(NOW);
        again.record(SendOutcome.UNKNOWN, "SocketException", NOW);
        again.resolveDoubt(true, NOW);
        Delivery counted = delivery();
        counted.claim(NOW);
        counted.record(SendOutcome.UNKNOWN, "SocketException", NOW);
        counted.resolveDoubt(false, NOW);

        assertEquals(DeliveryState.PENDING, again.getState());
        assertEquals(DeliveryState.SENT, counted.getState());
        assertThrows(IllegalStateException.class, () -> counted.resolveDoubt(true, NOW));
    }

    @Test
    void recordingWithoutAClaimIsRefused() {
        assertThrows(IllegalStateException.class, () -> delivery().record(SendOutcome.ACCEPTED, null, NOW));
    }

    @Test
    void pendingRecipientWhoLeftIsSkipped() {
        Delivery d = delivery();
        d.skip("unsubscribed");

        assertEquals(DeliveryState.SKIPPED, d.getState());
    }
}
