package org.beaconportal.core.application;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Map;

/** PBKDF2 (HMAC-SHA256, 210,000 iterations, 32-byte salt) through Jakarta Security's own hash. */
@ApplicationScoped
public class PasswordHasher {

    private static final String DUMMY_HASH_SOURCE = "timing-equaliser";

    @Inject
    Pbkdf2PasswordHash hash;

    private String dummyHash;

    @PostConstruct
    void configure() {
        hash.initialize(Map.of(
                "Pbkdf2PasswordHash.Iterations", "210000",
                "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA256",
                "Pbkdf2PasswordHash.SaltSizeBytes", "32",
                "Pbkdf2PasswordHash.KeySizeBytes", "32"));
        dummyHash = hash.generate(DUMMY_HASH_SOURCE.toCharArray());
    }

    public String hash(String password) {
        return hash.generate(password.toCharArray());
    }

    public boolean verify(String password, String storedHash) {
        return password != null && hash.verify(password.toCharArray(), storedHash);
    }

    /** Spends the time of one verification, so that unknown user names answer as slowly as known ones. */
    public void burnTime(String password) {
        verify(password == null ? "" : password, dummyHash);
    }
}
