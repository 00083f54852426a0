package org.beaconportal.core.application;

/**
 * Sends the portal's e-mail: through the configured SMTP server ({@code beacon.mail.host}), or,
 * when none is configured, into the {@code outbox} folder of the data directory as {@code .eml}
 * files, so that the embedded default works with no setup.
 *
 * <p>Sending is synchronous; callers that send many messages (newsletters) pace themselves.
 */
public interface PortalMail {

    /**
     * Sends one message.
     *
     * @throws MailDeliveryException when the SMTP server refuses or cannot be reached
     */
    void send(MailMessage message);
}
