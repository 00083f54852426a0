package org.beaconportal.newsletter.application;

import java.util.Map;
import org.beaconportal.newsletter.domain.DeliveryState;

/**
 * How far an issue's sending got, counted from its delivery records.
 *
 * @param total recipients
 * @param sent accepted by the mail server
 * @param waiting not sent yet (pending, being sent, or waiting for a retry)
 * @param failed refused for good
 * @param skipped left or bounced before their turn
 * @param inDoubt may or may not have arrived: listed for staff
 */
public record SendProgress(long total, long sent, long waiting, long failed, long skipped, long inDoubt) {

    public static SendProgress of(Map<DeliveryState, Long> counts) {
        long sent = counts.getOrDefault(DeliveryState.SENT, 0L);
        long waiting = counts.getOrDefault(DeliveryState.PENDING, 0L)
                + counts.getOrDefault(DeliveryState.SENDING, 0L)
                + counts.getOrDefault(DeliveryState.RETRY, 0L);
        long failed = counts.getOrDefault(DeliveryState.FAILED, 0L);
        long skipped = counts.getOrDefault(DeliveryState.SKIPPED, 0L);
        long inDoubt = counts.getOrDefault(DeliveryState.IN_DOUBT, 0L);
        return new SendProgress(sent + waiting + failed + skipped + inDoubt, sent, waiting, failed, skipped, inDoubt);
    }

    /** Share of recipients done with (whatever the outcome), 0–100. */
    public int getPercent() {
        return total == 0 ? 100 : (int) ((total - waiting) * 100 / total);
    }

    public boolean isDone() {
        return waiting == 0;
    }

    public long getTotal() {
        return total;
    }

    public long getSent() {
        return sent;
    }

    public long getWaiting() {
        return waiting;
    }

    public long getFailed() {
        return failed;
    }

    public long getSkipped() {
        return skipped;
    }

    public long getInDoubt() {
        return inDoubt;
    }
}
