package org.beaconportal.core.application;

/** The mail server refused a message or could not be reached; the message was not sent. */
public class MailDeliveryException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public MailDeliveryException(String message, Throwable cause) {
        super(message, cause);
    }
}
