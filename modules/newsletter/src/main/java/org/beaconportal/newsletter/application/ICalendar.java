package org.beaconportal.newsletter.application;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.beaconportal.newsletter.domain.Event;

/**
 * Events as iCalendar (RFC 5545): one event for "add to calendar", or all upcoming ones as a
 * feed calendar apps subscribe to. Times are written in UTC, so no time-zone block is needed.
 */
public final class ICalendar {

    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'");

    private ICalendar() {}

    /** A calendar of the events; {@code link} gives each event's public page address. */
    public static String of(List<Event> events, java.util.function.Function<Event, String> link, String calendarName) {
        StringBuilder out = new StringBuilder(1024);
        line(out, "BEGIN:VCALENDAR");
        line(out, "VERSION:2.0");
        line(out, "PRODID:-//Beacon portal//Newsletter module//EN");
        line(out, "CALSCALE:GREGORIAN");
        line(out, "X-WR-CALNAME:" + text(calendarName));
        for (Event event : events) {
            if (event.getStartsAt() == null) {
                continue;
            }
            line(out, "BEGIN:VEVENT");
            line(out, "UID:event-" + event.getId() + "@beacon");
            line(out, "DTSTAMP:" + UTC.format(event.getUpdatedAt().withOffsetSameInstant(ZoneOffset.UTC)));
            line(out, "DTSTART:" + UTC.format(event.getStartsAt().withOffsetSameInstant(ZoneOffset.UTC)));
            if (event.getEndsAt() != null) {
                line(out, "DTEND:" + UTC.format(event.getEndsAt().withOffsetSameInstant(ZoneOffset.UTC)));
            }
            line(out, "SUMMARY:" + text(event.getTitle()));
            if (event.getSummary() != null) {
                line(out, "DESCRIPTION:" + text(event.getSummary()));
            }
            String where = event.getLocation() != null ? event.getLocation() : event.getOnlineUrl();
            if (where != null) {
                line(out, "LOCATION:" + text(where));
            }
            line(out, "URL:" + link.apply(event));
            line(out, "END:VEVENT");
        }
        line(out, "END:VCALENDAR");
        return out.toString();
    }

    /** Escapes a TEXT value (RFC 5545 3.3.11). */
    static String text(String value) {
        return value.replace("\\", "\\\\")
                .replace(";", "\\;")
                .replace(",", "\\,")
                .replace("\r\n", "\\n")
                .replace("\n", "\\n");
    }

    /** Appends a content line folded at 75 octets, ended by CRLF. */
    private static void line(StringBuilder out, String content) {
        byte[] bytes = content.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        if (bytes.length <= 75) {
            out.append(content).append("\r\n");
            return;
        }
        int count = 0;
        int limit = 75;
        StringBuilder current = new StringBuilder();
        for (int i = 0; i < content.length(); ) {
            int cp = content.codePointAt(i);
            int size = new String(Character.toChars(cp)).getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
            if (count + size > limit) {
                out.append(current).append("\r\n ");
                current.setLength(0);
                count = 0;
                limit = 74;
            }
            current.appendCodePoint(cp);
            count += size;
            i += Character.charCount(cp);
        }
        out.append(current).append("\r\n");
    }
}
