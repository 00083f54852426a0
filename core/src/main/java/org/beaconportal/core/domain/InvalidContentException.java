package org.beaconportal.core.domain;

/**
 * A field of a content item has a value its type does not accept. Carries a message key (of core's
 * bundle or the owning module's, which starts with the module's id) so the editor can tell staff
 * in their language what to change.
 *
 * <pre>{@code
 * throw new InvalidContentException("resources.law.yearInvalid", value);
 * }</pre>
 */
public class InvalidContentException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String messageKey;
    private final transient Object[] arguments;

    public InvalidContentException(String messageKey, Object... arguments) {
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
