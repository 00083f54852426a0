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

    /**
     * Opens a connection for sending many messages in a row (a newsletter batch): one SMTP session
     * instead of one per message. Each {@link Connection#send} succeeds or throws on its own, as
     * {@link #send} does; a connection that broke is opened again before the next message.
     *
     * <pre>{@code
     * try (PortalMail.Connection connection = mail.open()) {
     *     for (MailMessage message : messages) {
     *         connection.send(message);
     *     }
     * }
     * }</pre>
     */
    default Connection open() {
        return new Connection() {
            @Override
            public void send(MailMessage message) {
                PortalMail.this.send(message);
            }

            @Override
            public void close() {}
        };
    }

    /** An open way to the mail server; close it when the batch is done. */
    interface Connection extends AutoCloseable {

        /**
         * Sends one message.
         *
         * @throws MailDeliveryException when the server refuses it or cannot be reached
         */
        void send(MailMessage message);

        @Override
        void close();
    }
}
