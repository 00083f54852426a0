package org.beaconportal.core.application;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One e-mail the portal sends: a plain-text part always, an HTML part when given, and extra
 * headers such as {@code List-Unsubscribe}.
 *
 * <pre>{@code
 * mail.send(new MailMessage("ana@example.org", "Confirm your subscription", text, html,
 *         Map.of("List-Unsubscribe", "<https://portal.example/unsubscribe?t=...>")));
 * }</pre>
 *
 * @param to one recipient address
 * @param subject the subject line
 * @param text the plain-text body (required: every message has one)
 * @param html the HTML body, or {@code null} for a text-only message
 * @param headers extra headers, in order
 */
public record MailMessage(String to, String subject, String text, String html, Map<String, String> headers) {

    public MailMessage {
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(text, "text");
        if (to.isBlank() || to.contains("\r") || to.contains("\n")) {
            throw new IllegalArgumentException("Bad recipient");
        }
        if (subject.contains("\r") || subject.contains("\n")) {
            throw new IllegalArgumentException("A subject is one line");
        }
        headers = headers == null ? Map.of() : new LinkedHashMap<>(headers);
        headers.forEach((name, value) -> {
            if (value.contains("\r") || value.contains("\n") || name.contains(":")) {
                throw new IllegalArgumentException("Bad header " + name);
            }
        });
    }

    /** A text-only message without extra headers. */
    public static MailMessage text(String to, String subject, String text) {
        return new MailMessage(to, subject, text, null, Map.of());
    }
}
