package org.beaconportal.core.application;

/**
 * A request the portal refuses for a reason the user can act on. Carries a message key of the core
 * bundle (and its arguments) so the page can tell the reader, in their language, what to change.
 */
public class BusinessRuleException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String messageKey;
    private final transient Object[] arguments;

    public BusinessRuleException(String messageKey, Object... arguments) {
        super(messageKey);
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
