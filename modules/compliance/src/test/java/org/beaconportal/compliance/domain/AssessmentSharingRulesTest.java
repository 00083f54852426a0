package org.beaconportal.compliance.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class AssessmentSharingRulesTest {

    private static final OffsetDateTime T0 = OffsetDateTime.of(2026, 3, 1, 9, 0, 0, 0, ZoneOffset.UTC);

    private static Assessment assessment() {
        QuestionnaireVersion version = new QuestionnaireVersion(1, T0);
        Question q = version.addQuestion(1, 1, "Q", "P", null, null, null, null);
        q.addOption(0, "No", "No");
        q.addOption(1, "Yes", "Sí");
        version.publish(T0);
        return new Assessment(7L, version, T0);
    }

    @Test
    void anAssessmentInProgressCannotBeShared() {
        Assessment a = assessment();
        assertThrows(IllegalStateException.class, () -> a.share("owner", T0.plusDays(1)));
        assertFalse(a.isShared());
    }

    @Test
    void sharingRecordsWhoAndWhenAndRevokingHidesItAgain() {
        Assessment a = assessment();
        a.submit(T0.plusDays(1));
        assertFalse(a.isShared(), "never shared by default");

        a.share("owner", T0.plusDays(2));
        assertTrue(a.isShared());
        assertEquals("owner", a.getSharedBy());
        assertEquals(T0.plusDays(2), a.getSharedAt());
        assertThrows(IllegalStateException.class, () -> a.share("owner", T0.plusDays(3)));

        a.revokeSharing("owner", T0.plusDays(4));
        assertFalse(a.isShared());
        assertEquals("owner", a.getShareRevokedBy());
        assertEquals(T0.plusDays(4), a.getShareRevokedAt());
        assertThrows(IllegalStateException.class, () -> a.revokeSharing("owner", T0.plusDays(5)));

        a.share("owner", T0.plusDays(6));
        assertTrue(a.isShared(), "shared again after a revocation");
        assertNull(a.getShareRevokedAt());
    }
}
