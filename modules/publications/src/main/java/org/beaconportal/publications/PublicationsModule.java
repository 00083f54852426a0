package org.beaconportal.publications;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Set;
import org.beaconportal.core.spi.ContentType;
import org.beaconportal.core.spi.CoreSpi;
import org.beaconportal.core.spi.FeedContribution;
import org.beaconportal.core.spi.FeedItem;
import org.beaconportal.core.spi.HomeWidget;
import org.beaconportal.core.spi.ModuleDescriptor;
import org.beaconportal.core.spi.NavigationEntry;
import org.beaconportal.core.spi.PortalModule;
import org.beaconportal.core.spi.SeedContext;
import org.beaconportal.publications.application.DemoPublications;
import org.beaconportal.publications.application.PublicationCatalog;
import org.beaconportal.publications.application.SyntheticPublications;
import org.beaconportal.publications.domain.Publication;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Descriptor of the publications module: the {@link Publication} content type (edited in core's
 * editor), the catalogue at {@code /publications}, staff pages for files and download counts, the
 * home widget of latest publications, feed items and demo content.
 */
@ApplicationScoped
public class PublicationsModule implements PortalModule {

    public static final String ID = "publications";

    /** The content type as core's editor offers it. */
    public static final ContentType PUBLICATION = new ContentType(
            Publication.TYPE,
            "publications.type.publication",
            Publication.class,
            Publication::new,
            "/WEB-INF/publications/publication-fields.xhtml");

    @Inject
    PublicationCatalog catalog;

    @Inject
    DemoPublications demo;

    @Inject
    SyntheticPublications synthetic;

    @Inject
    @ConfigProperty(name = "beacon.publications.synthetic.count", defaultValue = "0")
    int syntheticCount;

    @Override
    public ModuleDescriptor descriptor() {
        return new ModuleDescriptor(
                ID, "0.1.0", "publications.module.name", CoreSpi.VERSION, Set.of(), "/publications");
    }

    @Override
    public List<NavigationEntry> publicNavigation() {
        return List.of(new NavigationEntry("publications.nav", "/publications", 20));
    }

    @Override
    public List<NavigationEntry> staffNavigation() {
        return List.of(
                new NavigationEntry("publications.staff.nav.files", "/admin/publications/files", 40),
                new NavigationEntry("publications.staff.nav.downloads", "/admin/publications/downloads", 41));
    }

    @Override
    public List<ContentType> contentTypes() {
        return List.of(PUBLICATION);
    }

    @Override
    public List<HomeWidget> homeWidgets() {
        return List.of(
                new HomeWidget("latest-publications", "/publications/widgets/latest.xhtml", 20, HomeWidget.Width.HALF));
    }

    @Override
    public FeedContribution feed() {
        return (language, limit) -> catalog.latest(language, limit).stream()
                .map(e -> new FeedItem(
                        ID,
                        Publication.TYPE,
                        e.publication().getTitle(),
                        e.publication().getSummary(),
                        e.publication().publicPath(),
                        e.publication().getLanguage(),
                        e.publication().getPublishedAt() == null
                                ? e.publication().getUpdatedAt()
                                : e.publication().getPublishedAt()))
                .toList();
    }

    /** Fills the library for benchmarks when {@code beacon.publications.synthetic.count} asks for it. */
    @Override
    public void start() {
        synthetic.fillTo(syntheticCount);
    }

    @Override
    public void seed(SeedContext context) {
        demo.load();
    }
}
