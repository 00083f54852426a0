package org.beaconportal.newsletter;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Set;
import org.beaconportal.core.spi.ContentType;
import org.beaconportal.core.spi.CoreSpi;
import org.beaconportal.core.spi.FeedContribution;
import org.beaconportal.core.spi.HomeWidget;
import org.beaconportal.core.spi.ModuleDescriptor;
import org.beaconportal.core.spi.NavigationEntry;
import org.beaconportal.core.spi.PortalModule;
import org.beaconportal.core.spi.SeedContext;
import org.beaconportal.newsletter.application.IssueSender;
import org.beaconportal.newsletter.application.NewsAndEvents;
import org.beaconportal.newsletter.application.NewsletterDemoContent;
import org.beaconportal.newsletter.domain.Event;
import org.beaconportal.newsletter.domain.NewsItem;
import org.beaconportal.newsletter.infrastructure.NewsletterQueueGauge;

/**
 * Descriptor of the newsletter module: news and events (content types of core's editor), public
 * sign-up with double opt-in, staff composing and sending issues, and the public archive.
 */
@ApplicationScoped
public class NewsletterModule implements PortalModule {

    public static final String ID = "newsletter";

    /** News stories, edited in core's editor. */
    public static final ContentType NEWS =
            new ContentType(NewsItem.TYPE, "newsletter.type.news", NewsItem.class, NewsItem::new, null);

    /** Events, trainings and coalition meetings, with their own fields in the editor. */
    public static final ContentType EVENT = new ContentType(
            Event.TYPE, "newsletter.type.event", Event.class, Event::new, "/admin/newsletter/event-fields.xhtml");

    @Inject
    NewsAndEvents newsAndEvents;

    @Inject
    IssueSender sender;

    @Inject
    NewsletterDemoContent demo;

    @Inject
    NewsletterQueueGauge queueGauge;

    @Override
    public ModuleDescriptor descriptor() {
        return new ModuleDescriptor(ID, "0.1.0", "newsletter.module.name", CoreSpi.VERSION, Set.of(), "/newsletter");
    }

    @Override
    public List<NavigationEntry> publicNavigation() {
        return List.of(new NavigationEntry("newsletter.nav", "/newsletter", 30));
    }

    @Override
    public List<NavigationEntry> staffNavigation() {
        return List.of(
                new NavigationEntry("newsletter.staff.nav.issues", "/admin/newsletter", 30),
                new NavigationEntry("newsletter.staff.nav.subscribers", "/admin/newsletter/subscribers", 31));
    }

    @Override
    public List<HomeWidget> homeWidgets() {
        return List.of(new HomeWidget(
                "upcoming-events", "/newsletter/widgets/upcoming-events.xhtml", 40, HomeWidget.Width.HALF));
    }

    @Override
    public List<ContentType> contentTypes() {
        return List.of(NEWS, EVENT);
    }

    @Override
    public FeedContribution feed() {
        return newsAndEvents::feed;
    }

    @Override
    public void start() {
        sender.start();
        queueGauge.register();
    }

    @Override
    public void seed(SeedContext context) {
        demo.load();
    }
}
