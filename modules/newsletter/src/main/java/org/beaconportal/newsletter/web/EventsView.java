package org.beaconportal.newsletter.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.beaconportal.core.infrastructure.MarkdownRenderer;
import org.beaconportal.core.web.CleanUrlServlet;
import org.beaconportal.core.web.PageLanguage;
import org.beaconportal.newsletter.application.NewsAndEvents;
import org.beaconportal.newsletter.domain.Event;

/**
 * The public calendar: {@code /newsletter/events} lists upcoming events, {@code ?month=2026-05}
 * shows a month grid (with the same events as a list for screen readers), and {@code
 * /newsletter/events/{slug}} one event with its {@code .ics} link.
 */
@Named
@RequestScoped
public class EventsView {

    /** A day cell of the month grid. */
    public record Day(LocalDate date, boolean inMonth, List<Event> events) {
        public int getNumber() {
            return date.getDayOfMonth();
        }

        public boolean isInMonth() {
            return inMonth;
        }

        public List<Event> getEvents() {
            return events;
        }
    }

    @Inject
    NewsAndEvents content;

    @Inject
    PageLanguage language;

    @Inject
    MarkdownRenderer markdown;

    @Inject
    Clock clock;

    private String month;
    private YearMonth shownMonth;
    private Event event;

    public List<Event> getUpcoming() {
        return content.upcoming(language.getCode(), 50);
    }

    public boolean isMonthView() {
        return month != null;
    }

    public YearMonth getShownMonth() {
        if (shownMonth == null) {
            try {
                shownMonth = month == null
                        ? YearMonth.now(clock.withZone(ZoneId.of(Event.DEFAULT_ZONE)))
                        : YearMonth.parse(month);
            } catch (DateTimeParseException e) {
                shownMonth = YearMonth.now(clock);
            }
        }
        return shownMonth;
    }

    public String getMonthTitle() {
        Locale locale = language.getLocale();
        return getShownMonth().format(DateTimeFormatter.ofPattern("LLLL yyyy", locale));
    }

    public String getPreviousMonth() {
        return getShownMonth().minusMonths(1).toString();
    }

    public String getNextMonth() {
        return getShownMonth().plusMonths(1).toString();
    }

    public String getThisMonth() {
        return getShownMonth().toString();
    }

    public List<Event> getMonthEvents() {
        return content.month(language.getCode(), getShownMonth());
    }

    /** Weeks (Monday first) of the shown month, each a list of seven days. */
    public List<List<Day>> getWeeks() {
        List<Event> events = getMonthEvents();
        LocalDate first = getShownMonth().atDay(1);
        LocalDate cursor = first.with(DayOfWeek.MONDAY);
        List<List<Day>> weeks = new ArrayList<>();
        while (!cursor.isAfter(getShownMonth().atEndOfMonth())) {
            List<Day> week = new ArrayList<>();
            for (int i = 0; i < 7; i++) {
                LocalDate date = cursor;
                week.add(new Day(
                        date,
                        date.getMonth() == first.getMonth(),
                        events.stream()
                                .filter(e -> e.getStartInZone().toLocalDate().equals(date))
                                .toList()));
                cursor = cursor.plusDays(1);
            }
            weeks.add(week);
        }
        return weeks;
    }

    public List<String> getDayKeys() {
        return List.of("mon", "tue", "wed", "thu", "fri", "sat", "sun");
    }

    /** When an event happens, in its own time zone, in the page's language. */
    public String when(Event shown) {
        DateTimeFormatter format = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.FULL, FormatStyle.SHORT)
                .withLocale(language.getLocale());
        String start =
                shown.getStartInZone() == null ? "" : shown.getStartInZone().format(format);
        if (shown.getEndInZone() == null) {
            return start + " (" + shown.getTimeZone() + ")";
        }
        DateTimeFormatter endFormat =
                shown.getEndInZone().toLocalDate().equals(shown.getStartInZone().toLocalDate())
                        ? DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(language.getLocale())
                        : format;
        return start + " – " + shown.getEndInZone().format(endFormat) + " (" + shown.getTimeZone() + ")";
    }

    public void loadEvent() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        String slug = (String) external.getRequestMap().get(CleanUrlServlet.SLUG_ATTRIBUTE);
        event = slug == null ? null : content.event(language.getCode(), slug).orElse(null);
        if (event == null) {
            external.responseSendError(HttpServletResponse.SC_NOT_FOUND, null);
            faces.responseComplete();
        }
    }

    public Event getEvent() {
        return event;
    }

    public String getHtml() {
        return markdown.toSafeHtml(event.getBody());
    }

    public String getMonth() {
        return month;
    }

    public void setMonth(String month) {
        this.month = month != null && month.matches("[0-9]{4}-[0-9]{2}") ? month : null;
    }
}
