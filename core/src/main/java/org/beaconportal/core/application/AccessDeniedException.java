package org.beaconportal.core.application;

/** The caller lacks the role an operation requires; pages answer 403. */
public class AccessDeniedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public AccessDeniedException(String message) {
        super(message);
    }
}
