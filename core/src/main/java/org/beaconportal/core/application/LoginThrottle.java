package org.beaconportal.core.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Refuses logins for a while after repeated failures for the same user name from the same client.
 * Counts live in memory only: nothing about failed attempts or client addresses is stored.
 *
 * <pre>{@code
 * if (throttle.lockedFor(user, address).isPresent()) refuse();
 * ... on failure: throttle.recordFailure(user, address); on success: throttle.reset(user, address);
 * }</pre>
 */
@ApplicationScoped
public class LoginThrottle {

    /** Failures allowed within {@link #WINDOW} before logins are refused. */
    public static final int MAX_FAILURES = 5;

    public static final Duration WINDOW = Duration.ofMinutes(15);
    public static final Duration LOCK = Duration.ofMinutes(15);
    private static final int MAX_TRACKED = 50_000;

    private final Map<String, Attempts> attempts = new ConcurrentHashMap<>();
    private Clock clock;

    /** For CDI's client proxy only. */
    protected LoginThrottle() {}

    @Inject
    public LoginThrottle(Clock clock) {
        this.clock = clock;
    }

    /** How long logins stay refused for this user and client, or zero when they are allowed. */
    public Duration lockedFor(String username, String client) {
        Attempts current = attempts.get(key(username, client));
        if (current == null || current.lockedUntil == null) {
            return Duration.ZERO;
        }
        Duration left = Duration.between(clock.instant(), current.lockedUntil);
        return left.isNegative() ? Duration.ZERO : left;
    }

    public void recordFailure(String username, String client) {
        Instant now = clock.instant();
        if (attempts.size() > MAX_TRACKED) {
            attempts.values().removeIf(a -> a.isStale(now));
        }
        attempts.compute(key(username, client), (k, previous) -> {
            Attempts next = previous == null ? new Attempts() : previous;
            next.fail(now);
            return next;
        });
    }

    public void reset(String username, String client) {
        attempts.remove(key(username, client));
    }

    private static String key(String username, String client) {
        return (username == null ? "" : username.trim().toLowerCase(Locale.ROOT)) + '\n' + client;
    }

    /** Failure times within the sliding window, and the end of the current lock. */
    private static final class Attempts {
        private final Deque<Instant> failures = new ArrayDeque<>();
        private volatile Instant lockedUntil;

        synchronized void fail(Instant now) {
            forgetBefore(now.minus(WINDOW));
            failures.addLast(now);
            if (failures.size() >= MAX_FAILURES) {
                lockedUntil = now.plus(LOCK);
                failures.clear();
            }
        }

        private synchronized void forgetBefore(Instant limit) {
            while (!failures.isEmpty() && failures.peekFirst().isBefore(limit)) {
                failures.removeFirst();
            }
        }

        synchronized boolean isStale(Instant now) {
            forgetBefore(now.minus(WINDOW));
            return failures.isEmpty() && (lockedUntil == null || now.isAfter(lockedUntil));
        }
    }
}
