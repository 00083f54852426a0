package org.beaconportal.newsletter.domain;

/** A subscription value the module refuses; carries a key of the newsletter bundle. */
public class InvalidSubscriptionException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String messageKey;

    public InvalidSubscriptionException(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
