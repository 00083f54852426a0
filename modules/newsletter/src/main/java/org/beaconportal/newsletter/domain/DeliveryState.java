package org.beaconportal.newsletter.domain;

/**
 * State of one issue's delivery to one recipient.
 *
 * <pre>
 * PENDING ─claim→ SENDING ─accepted→ SENT
 *                    │ ─refused (temporary)→ RETRY ─claim→ SENDING …
 *                    │ ─refused (permanent, or too many attempts)→ FAILED
 *                    └ (portal stopped before the outcome was written) → IN_DOUBT
 * PENDING/RETRY ─recipient left or bounced meanwhile→ SKIPPED
 * </pre>
 *
 * {@code IN_DOUBT} is never sent again automatically: the mail server may have accepted it.
 */
public enum DeliveryState {
    PENDING,
    SENDING,
    RETRY,
    SENT,
    FAILED,
    SKIPPED,
    IN_DOUBT;

    /** No more sending will happen in this state unless staff decide so. */
    public boolean isFinal() {
        return this == SENT || this == FAILED || this == SKIPPED || this == IN_DOUBT;
    }
}
