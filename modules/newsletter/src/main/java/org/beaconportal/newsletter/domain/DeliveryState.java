package org.beaconportal.newsletter.domain;

/**
 * State of one issue's delivery to one recipient.
 *
 * <pre>
 * PENDING ─claim→ SENDING ─accepted→ SENT
 *                    │ ─refused (temporary)→ RETRY ─claim→ SENDING …
 *                    │ ─refused (permanent, or too many attempts)→ FAILED
 *                    │ ─connection lost while the message was on its way→ IN_DOUBT
 *                    └ (node died before the outcome was written; a minute later) → RETRY
 * PENDING/RETRY ─recipient left or bounced meanwhile→ SKIPPED
 * </pre>
 *
 * {@code IN_DOUBT} is never sent again automatically: the mail server may have accepted it (staff
 * decide). An attempt abandoned by a node that died is sent again by the node that sends now
 * ({@link Delivery#requeueInterrupted}).
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
