package org.beaconportal.newsletter.domain;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A subscriber's address, normalised (trimmed, lower case) so that one person is one subscriber.
 *
 * <pre>{@code
 * EmailAddress.of(" Ana@Example.org ").value(); // "ana@example.org"
 * }</pre>
 */
public record EmailAddress(String value) {

    private static final Pattern SHAPE = Pattern.compile("[^@\\s,;<>\"]+@[^@\\s,;<>\"]+\\.[^@\\s,;<>\"]+");

    public EmailAddress {
        if (value == null || value.length() > 254 || !SHAPE.matcher(value).matches()) {
            throw new InvalidSubscriptionException("newsletter.subscribe.emailInvalid");
        }
    }

    public static EmailAddress of(String raw) {
        return new EmailAddress(raw == null ? null : raw.strip().toLowerCase(Locale.ROOT));
    }

    @Override
    public String toString() {
        return value;
    }
}
