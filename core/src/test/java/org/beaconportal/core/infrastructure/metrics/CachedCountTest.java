package org.beaconportal.core.infrastructure.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class CachedCountTest {

    private final AtomicLong nanos = new AtomicLong(1_000);
    private final AtomicLong rows = new AtomicLong(3);
    private final AtomicLong queries = new AtomicLong();

    private long count() {
        queries.incrementAndGet();
        return rows.get();
    }

    @Test
    void servesTheCachedValueUntilTheTimeToLiveHasPassed() {
        CachedCount cached = new CachedCount(this::count, Duration.ofSeconds(5), nanos::get);

        assertEquals(3, cached.value());
        rows.set(7);
        nanos.addAndGet(Duration.ofSeconds(4).toNanos());
        assertEquals(3, cached.value());
        assertEquals(1, queries.get());

        nanos.addAndGet(Duration.ofSeconds(1).toNanos());
        assertEquals(7, cached.value());
        assertEquals(2, queries.get());
    }

    @Test
    void aZeroTimeToLiveReadsOnEveryCall() {
        CachedCount cached = new CachedCount(this::count, Duration.ZERO, nanos::get);

        cached.value();
        rows.set(0);

        assertEquals(0, cached.value());
        assertEquals(2, queries.get());
    }

    @Test
    void aFailedReadIsNotANumberAndIsTriedAgainNextTime() {
        AtomicLong calls = new AtomicLong();
        CachedCount cached = new CachedCount(
                () -> {
                    if (calls.incrementAndGet() == 1) {
                        throw new IllegalStateException("database unreachable");
                    }
                    return 4;
                },
                Duration.ofSeconds(5),
                nanos::get);

        assertTrue(Double.isNaN(cached.value()));
        assertEquals(4, cached.value());
    }

    @Test
    void refusesANegativeTimeToLive() {
        assertThrows(
                IllegalArgumentException.class, () -> new CachedCount(this::count, Duration.ofSeconds(-1), nanos::get));
    }
}
