package org.beaconportal.newsletter.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ICalendarTest {

    @Test
    void textValuesAreEscaped() {
        assertEquals("a\\, b\\; c\\\\ d\\ne", ICalendar.text("a, b; c\\ d\ne"));
    }

    @Test
    void emptyCalendarIsWellFormedWithCrlfLines() {
        String ics = ICalendar.of(java.util.List.of(), e -> "", "Coalition events");

        assertTrue(ics.startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"));
        assertTrue(ics.endsWith("END:VCALENDAR\r\n"));
    }
}
