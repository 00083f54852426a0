package org.beaconportal.core.infrastructure.metrics;

import java.time.Duration;
import java.util.function.LongSupplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A count read from the database at most once per time-to-live, so that scraping {@code /metrics}
 * often costs one count query every few seconds at most. A failing count reads as {@code NaN}
 * (Prometheus shows the gap) and is tried again on the next scrape.
 *
 * <pre>{@code
 * CachedCount pending = new CachedCount(outbox::pending, Duration.ofSeconds(5), System::nanoTime);
 * double value = pending.value();
 * }</pre>
 */
public final class CachedCount {

    private static final Logger LOG = Logger.getLogger(CachedCount.class.getName());

    private final LongSupplier count;
    private final long ttlNanos;
    private final LongSupplier nanoTime;

    private boolean read;
    private long readAt;
    private long value;

    /**
     * @param count the query, cheap (a {@code count(*)})
     * @param ttl how long a value is served before the next read; zero reads on every call
     * @param nanoTime a monotonic time source ({@code System::nanoTime}; a fake one in tests)
     */
    public CachedCount(LongSupplier count, Duration ttl, LongSupplier nanoTime) {
        if (ttl.isNegative()) {
            throw new IllegalArgumentException("The time to live cannot be negative: " + ttl);
        }
        this.count = count;
        this.ttlNanos = ttl.toNanos();
        this.nanoTime = nanoTime;
    }

    /** The cached count, read again once the time to live has passed; {@code NaN} if the read fails. */
    public synchronized double value() {
        long now = nanoTime.getAsLong();
        if (read && now - readAt < ttlNanos) {
            return value;
        }
        try {
            value = count.getAsLong();
        } catch (RuntimeException e) {
            read = false;
            LOG.log(Level.WARNING, "A metrics count failed", e);
            return Double.NaN;
        }
        read = true;
        readAt = now;
        return value;
    }
}
