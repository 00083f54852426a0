package org.beaconportal.resources.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Base64;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Limits public submissions per sender address: at most {@link #LIMIT} in any {@link #WINDOW}. The
 * address itself is never kept: only a keyed hash of it (the key is random and lives in memory
 * only), held in memory for one window and never written to the database or a log. Each portal
 * node counts alone.
 */
@ApplicationScoped
public class SubmissionThrottle {

    public static final int LIMIT = 5;
    public static final Duration WINDOW = Duration.ofMinutes(1);
    private static final int MAX_TRACKED = 100_000;

    @Inject
    Clock clock;

    private final Map<String, Deque<Instant>> recent = new ConcurrentHashMap<>();
    private final byte[] key = new byte[32];

    public SubmissionThrottle() {
        new SecureRandom().nextBytes(key);
    }

    /** Counts one submission from {@code address}; false when it is over the limit. */
    public boolean tryAcquire(String address) {
        Instant now = clock.instant();
        Instant since = now.minus(WINDOW);
        if (recent.size() > MAX_TRACKED) {
            recent.values()
                    .removeIf(times -> times.isEmpty() || !times.peekLast().isAfter(since));
        }
        Deque<Instant> times = recent.computeIfAbsent(pseudonym(address), k -> new ArrayDeque<>());
        synchronized (times) {
            while (!times.isEmpty() && !times.peekFirst().isAfter(since)) {
                times.pollFirst();
            }
            if (times.size() >= LIMIT) {
                return false;
            }
            times.addLast(now);
            return true;
        }
    }

    private String pseudonym(String address) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            byte[] digest = mac.doFinal(String.valueOf(address).getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().withoutPadding().encodeToString(java.util.Arrays.copyOf(digest, 16));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }
}
