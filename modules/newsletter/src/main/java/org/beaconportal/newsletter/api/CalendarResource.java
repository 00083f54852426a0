package org.beaconportal.newsletter.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.beaconportal.core.application.ModuleRegistry;
import org.beaconportal.newsletter.application.ICalendar;
import org.beaconportal.newsletter.application.NewsAndEvents;
import org.beaconportal.newsletter.application.NewsletterLinks;
import org.beaconportal.newsletter.domain.Event;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** iCalendar for events: {@code /api/v1/newsletter/events.ics} (subscribable) and one event's {@code .ics}. */
@Path("/v1/newsletter/events")
@RequestScoped
public class CalendarResource {

    private static final String CALENDAR = "text/calendar;charset=utf-8";

    @Inject
    NewsAndEvents content;

    @Inject
    NewsletterLinks links;

    @Inject
    ModuleRegistry registry;

    @GET
    @Path("/{slug}.ics")
    @Produces(CALENDAR)
    @Operation(summary = "One published event as iCalendar")
    public Response event(@PathParam("slug") String slug, @QueryParam("lang") String lang) {
        String language = language(lang);
        Event event = content.event(language, slug).orElseThrow(NotFoundException::new);
        return Response.ok(ICalendar.of(List.of(event), e -> links.page(language, e.publicPath()), event.getTitle()))
                .header("Content-Disposition", "attachment; filename=\"" + slug + ".ics\"")
                .build();
    }

    @GET
    @Path("/feed.ics")
    @Produces(CALENDAR)
    @Operation(summary = "Upcoming events as a subscribable iCalendar feed")
    public String feed(@QueryParam("lang") String lang) {
        String language = language(lang);
        requireEnabled();
        return ICalendar.of(
                content.upcoming(language, 200),
                e -> links.page(language, e.publicPath()),
                "es".equals(language) ? "Eventos de la coalición" : "Coalition events");
    }

    private void requireEnabled() {
        if (!registry.isEnabled("newsletter")) {
            throw new NotFoundException();
        }
    }

    private static String language(String lang) {
        return "es".equals(lang) ? "es" : "en";
    }
}
