package org.beaconportal.core.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    private static final String USER = "alice";
    private static final String CLIENT = "192.0.2.10";

    private AdjustableClock clock;
    private LoginThrottle throttle;

    @BeforeEach
    void setUp() {
        clock = new AdjustableClock(Instant.parse("2025-03-01T10:00:00Z"));
        throttle = new LoginThrottle(clock);
    }

    private void fail(int times, String username, String client) {
        for (int i = 0; i < times; i++) {
            throttle.recordFailure(username, client);
        }
    }

    @Test
    void noFailuresMeansNotLocked() {
        assertEquals(Duration.ZERO, throttle.lockedFor(USER, CLIENT));
    }

    @Test
    void fourFailuresDoNotLock() {
        fail(LoginThrottle.MAX_FAILURES - 1, USER, CLIENT);

        assertEquals(Duration.ZERO, throttle.lockedFor(USER, CLIENT));
    }

    @Test
    void fifthFailureLocksForTheLockDuration() {
        fail(LoginThrottle.MAX_FAILURES, USER, CLIENT);

        assertEquals(LoginThrottle.LOCK, throttle.lockedFor(USER, CLIENT));
    }

    @Test
    void fifthFailureSpreadOverTheWindowStillLocks() {
        fail(1, USER, CLIENT);
        clock.advance(LoginThrottle.WINDOW.minusSeconds(1));

        fail(LoginThrottle.MAX_FAILURES - 1, USER, CLIENT);

        assertEquals(LoginThrottle.LOCK, throttle.lockedFor(USER, CLIENT));
    }

    @Test
    void lockCountsDown() {
        fail(LoginThrottle.MAX_FAILURES, USER, CLIENT);

        clock.advance(Duration.ofMinutes(4));

        assertEquals(LoginThrottle.LOCK.minusMinutes(4), throttle.lockedFor(USER, CLIENT));
    }

    @Test
    void lockReachesZeroWhenItEnds() {
        fail(LoginThrottle.MAX_FAILURES, USER, CLIENT);

        clock.advance(LoginThrottle.LOCK);

        assertEquals(Duration.ZERO, throttle.lockedFor(USER, CLIENT));
    }

    @Test
    void lockStaysZeroAfterItEnded() {
        fail(LoginThrottle.MAX_FAILURES, USER, CLIENT);

        clock.advance(LoginThrottle.LOCK.plusHours(1));

        assertEquals(Duration.ZERO, throttle.lockedFor(USER, CLIENT));
    }

    @Test
    void oneFailureAfterAnEndedLockDoesNotLockAgain() {
        fail(LoginThrottle.MAX_FAILURES, USER, CLIENT);
        clock.advance(LoginThrottle.LOCK.plusSeconds(1));

        fail(1, USER, CLIENT);

        assertEquals(Duration.ZERO, throttle.lockedFor(USER, CLIENT));
    }

    @Test
    void resetLiftsTheLock() {
        fail(LoginThrottle.MAX_FAILURES, USER, CLIENT);

        throttle.reset(USER, CLIENT);

        assertEquals(Duration.ZERO, throttle.lockedFor(USER, CLIENT));
    }

    @Test
    void resetForgetsEarlierFailures() {
        fail(LoginThrottle.MAX_FAILURES - 1, USER, CLIENT);

        throttle.reset(USER, CLIENT);
        fail(1, USER, CLIENT);

        assertEquals(Duration.ZERO, throttle.lockedFor(USER, CLIENT));
    }

    @Test
    void lockDoesNotAffectAnotherUserFromTheSameClient() {
        fail(LoginThrottle.MAX_FAILURES, USER, CLIENT);

        assertEquals(Duration.ZERO, throttle.lockedFor("bob", CLIENT));
    }

    @Test
    void lockDoesNotAffectTheSameUserFromAnotherClient() {
        fail(LoginThrottle.MAX_FAILURES, USER, CLIENT);

        assertEquals(Duration.ZERO, throttle.lockedFor(USER, "198.51.100.7"));
    }

    @Test
    void failuresOfDifferentUsersAreCountedSeparately() {
        fail(LoginThrottle.MAX_FAILURES - 1, USER, CLIENT);
        fail(LoginThrottle.MAX_FAILURES - 1, "bob", CLIENT);

        assertEquals(Duration.ZERO, throttle.lockedFor(USER, CLIENT));
        assertEquals(Duration.ZERO, throttle.lockedFor("bob", CLIENT));
    }

    @Test
    void failuresFromDifferentClientsAreCountedSeparately() {
        fail(LoginThrottle.MAX_FAILURES - 1, USER, CLIENT);
        fail(LoginThrottle.MAX_FAILURES - 1, USER, "198.51.100.7");

        assertEquals(Duration.ZERO, throttle.lockedFor(USER, CLIENT));
        assertEquals(Duration.ZERO, throttle.lockedFor(USER, "198.51.100.7"));
    }

    @Test
    void userNamesDifferingInCaseAndSurroundingSpaceShareTheCount() {
        fail(2, "Alice", CLIENT);
        fail(2, "ALICE", CLIENT);

        fail(1, " alice ", CLIENT);

        assertEquals(LoginThrottle.LOCK, throttle.lockedFor("aLiCe", CLIENT));
    }

    @Test
    void failuresOlderThanTheWindowDoNotCount() {
        fail(LoginThrottle.MAX_FAILURES - 1, USER, CLIENT);
        clock.advance(LoginThrottle.WINDOW.plusSeconds(1));

        fail(1, USER, CLIENT);

        assertEquals(Duration.ZERO, throttle.lockedFor(USER, CLIENT));
    }

    @Test
    void failuresYoungerThanTheWindowStillCountAfterTheFirstFailureExpires() {
        fail(1, USER, CLIENT);
        clock.advance(LoginThrottle.WINDOW.minusSeconds(10));
        fail(LoginThrottle.MAX_FAILURES - 2, USER, CLIENT);
        clock.advance(Duration.ofSeconds(20));

        fail(LoginThrottle.MAX_FAILURES - 1, USER, CLIENT);

        assertEquals(LoginThrottle.LOCK, throttle.lockedFor(USER, CLIENT));
    }

    private static final class AdjustableClock extends Clock {

        private Instant now;

        AdjustableClock(Instant start) {
            this.now = start;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException();
        }
    }
}
