package org.beaconportal.compliance.domain;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class ActionItemTest {

    private static final OffsetDateTime NOW = OffsetDateTime.of(2031, 1, 1, 9, 0, 0, 0, ZoneOffset.UTC);

    @Test
    void overdueOnlyAfterTheDueDateAndWhileNotDone() {
        ActionItem item = new ActionItem(1L, "Map suppliers", 2, "Ana", LocalDate.of(2031, 3, 10), NOW);
        assertFalse(item.isOverdue(LocalDate.of(2031, 3, 10)));
        assertTrue(item.isOverdue(LocalDate.of(2031, 3, 11)));
        item.change("Map suppliers", 2, "Ana", LocalDate.of(2031, 3, 10), ActionItem.Status.DONE, null);
        assertFalse(item.isOverdue(LocalDate.of(2031, 3, 11)));
    }

    @Test
    void remindedWithinTheWindowAtMostOncePerDay() {
        ActionItem item = new ActionItem(1L, "Map suppliers", 2, "Ana", LocalDate.of(2031, 3, 10), NOW);
        assertFalse(item.needsReminder(LocalDate.of(2031, 3, 2), 7));
        assertTrue(item.needsReminder(LocalDate.of(2031, 3, 3), 7));
        item.reminded(LocalDate.of(2031, 3, 3));
        assertFalse(item.needsReminder(LocalDate.of(2031, 3, 3), 7));
        assertTrue(item.needsReminder(LocalDate.of(2031, 3, 4), 7));
    }

    @Test
    void refusesAStepOutsideOneToEight() {
        assertThrows(
                IllegalArgumentException.class,
                () -> new ActionItem(1L, "Map suppliers", 9, "Ana", LocalDate.of(2031, 3, 10), NOW));
    }
}
