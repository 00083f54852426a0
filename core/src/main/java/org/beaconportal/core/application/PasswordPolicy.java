package org.beaconportal.core.application;

import java.util.Optional;

/**
 * Rules a new password must meet. Long passphrases beat composition rules: at least 12
 * characters, not only one repeated character, and not the user name.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 200;

    private PasswordPolicy() {}

    /** The message key of the first broken rule, or empty when the password is acceptable. */
    public static Optional<String> violation(String password, String username) {
        if (password == null || password.length() < MIN_LENGTH) {
            return Optional.of("password.tooShort");
        }
        if (password.length() > MAX_LENGTH) {
            return Optional.of("password.tooLong");
        }
        if (password.chars().distinct().count() < 4) {
            return Optional.of("password.tooSimple");
        }
        if (username != null && password.equalsIgnoreCase(username)) {
            return Optional.of("password.sameAsUsername");
        }
        return Optional.empty();
    }
}
