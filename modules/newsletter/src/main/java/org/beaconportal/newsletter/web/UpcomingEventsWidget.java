package org.beaconportal.newsletter.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.beaconportal.core.web.PageLanguage;
import org.beaconportal.newsletter.application.NewsAndEvents;
import org.beaconportal.newsletter.domain.Event;

/** The home page's "upcoming events" panel: the next three published events in the page's language. */
@Named
@RequestScoped
public class UpcomingEventsWidget {

    @Inject
    NewsAndEvents content;

    @Inject
    PageLanguage language;

    private List<Event> events;

    public List<Event> getEvents() {
        if (events == null) {
            events = content.upcoming(language.getCode(), 3);
        }
        return events;
    }
}
