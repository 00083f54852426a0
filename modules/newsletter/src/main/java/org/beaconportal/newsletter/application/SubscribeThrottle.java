package org.beaconportal.newsletter.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Limits sign-ups per client and per address (so the form cannot be used to flood someone's
 * inbox with confirmation mail). Counts live in memory only; nothing about clients is stored.
 */
@ApplicationScoped
public class SubscribeThrottle {

    /** Sign-ups one client may make within {@link #WINDOW}. */
    public static final int PER_CLIENT = 5;

    /** Confirmation mails one address may receive within {@link #WINDOW}. */
    public static final int PER_ADDRESS = 3;

    public static final Duration WINDOW = Duration.ofHours(1);
    private static final int MAX_TRACKED = 50_000;

    private final Map<String, Deque<Instant>> hits = new ConcurrentHashMap<>();

    @Inject
    Clock clock;

    /** Counts one sign-up from this client; false when the client is over its limit. */
    public boolean allowClient(String client) {
        return allow("client:" + client, PER_CLIENT);
    }

    /** Counts one confirmation mail to this address; false when it had enough lately. */
    public boolean allowAddress(String email) {
        return allow("address:" + email, PER_ADDRESS);
    }

    /** Forgets every count (tests and administrators). */
    public void clear() {
        hits.clear();
    }

    private boolean allow(String key, int limit) {
        Instant now = clock.instant();
        Instant since = now.minus(WINDOW);
        if (hits.size() > MAX_TRACKED) {
            hits.values().removeIf(q -> q.isEmpty() || q.peekLast().isBefore(since));
        }
        boolean[] allowed = {false};
        hits.compute(key, (k, queue) -> {
            Deque<Instant> q = queue == null ? new ArrayDeque<>() : queue;
            while (!q.isEmpty() && q.peekFirst().isBefore(since)) {
                q.pollFirst();
            }
            if (q.size() < limit) {
                q.addLast(now);
                allowed[0] = true;
            }
            return q;
        });
        return allowed[0];
    }
}
