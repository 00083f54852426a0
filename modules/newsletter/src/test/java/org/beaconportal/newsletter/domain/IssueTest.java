package org.beaconportal.newsletter.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class IssueTest {

    private static final OffsetDateTime NOW = OffsetDateTime.of(2026, 3, 1, 10, 0, 0, 0, ZoneOffset.UTC);

    @Test
    void anIssueIsFrozenOnceSendingStarts() {
        Issue issue = new Issue("March", "Marzo", "ana", NOW);
        issue.compose("March", "Marzo", "Hello", "Hola", List.of(new IssueItem("en", "news", "A", null, "/a")));
        issue.startSending(NOW);

        assertEquals(IssueStatus.SENDING, issue.getStatus());
        InvalidSubscriptionException refused =
                assertThrows(InvalidSubscriptionException.class, () -> issue.compose("X", "Y", null, null, List.of()));
        assertEquals("newsletter.issue.frozen", refused.messageKey());
    }

    @Test
    void pauseResumeAndFinish() {
        Issue issue = new Issue("March", "Marzo", "ana", NOW);
        issue.startSending(NOW);
        issue.pause();
        assertThrows(IllegalStateException.class, issue::pause);
        issue.resume();
        issue.finish(NOW.plusMinutes(5));

        assertEquals(IssueStatus.SENT, issue.getStatus());
        assertEquals(NOW.plusMinutes(5), issue.getSentAt());
    }

    @Test
    void bothTitlesAndAFutureScheduleAreRequired() {
        assertThrows(InvalidSubscriptionException.class, () -> new Issue("March", " ", "ana", NOW));
        Issue issue = new Issue("March", "Marzo", "ana", NOW);
        assertThrows(InvalidSubscriptionException.class, () -> issue.schedule(NOW.minusMinutes(1), NOW));
        assertThrows(InvalidSubscriptionException.class, () -> issue.throttle(-1));
        issue.schedule(NOW.plusDays(1), NOW);
        assertEquals(IssueStatus.SCHEDULED, issue.getStatus());
    }
}
