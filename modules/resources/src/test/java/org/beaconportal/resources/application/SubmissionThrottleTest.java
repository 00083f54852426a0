package org.beaconportal.resources.application;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class SubmissionThrottleTest {

    /** A clock the test moves by hand. */
    static final class ManualClock extends Clock {
        Instant now = Instant.parse("2026-03-01T10:00:00Z");

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @Test
    void theSixthSubmissionWithinAMinuteIsRefusedAndTheWindowMovesOn() {
        ManualClock clock = new ManualClock();
        SubmissionThrottle throttle = new SubmissionThrottle();
        throttle.clock = clock;

        for (int i = 0; i < SubmissionThrottle.LIMIT; i++) {
            assertTrue(throttle.tryAcquire("198.51.100.7"), "submission " + (i + 1));
            clock.now = clock.now.plusSeconds(5);
        }
        assertFalse(throttle.tryAcquire("198.51.100.7"), "the sixth within a minute");
        assertTrue(throttle.tryAcquire("198.51.100.8"), "another address counts alone");

        clock.now = Instant.parse("2026-03-01T10:00:00Z").plus(Duration.ofSeconds(61));
        assertTrue(throttle.tryAcquire("198.51.100.7"), "the first submission left the window");
    }
}
