package org.beaconportal.resources;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Set;
import org.beaconportal.core.spi.ContentType;
import org.beaconportal.core.spi.CoreSpi;
import org.beaconportal.core.spi.HomeWidget;
import org.beaconportal.core.spi.ModuleDescriptor;
import org.beaconportal.core.spi.NavigationEntry;
import org.beaconportal.core.spi.PortalModule;
import org.beaconportal.core.spi.SeedContext;
import org.beaconportal.resources.application.ResourcesDemoContent;
import org.beaconportal.resources.domain.Hotline;
import org.beaconportal.resources.domain.Law;
import org.beaconportal.resources.domain.Organization;
import org.beaconportal.resources.domain.TopicPage;

/**
 * Descriptor of the resources module: topic pages, laws, hotline cards and the service directory,
 * with their public pages under {@code /resources}, staff pages under {@code /admin/resources} and
 * two home panels.
 */
@ApplicationScoped
public class ResourcesModule implements PortalModule {

    public static final String ID = "resources";

    private static final String FIELDS = "/admin/resources/fields/";

    @Inject
    Instance<ResourcesDemoContent> demoContent;

    @Override
    public ModuleDescriptor descriptor() {
        return new ModuleDescriptor(ID, "0.2.0", "resources.module.name", CoreSpi.VERSION, Set.of(), "/resources");
    }

    @Override
    public List<NavigationEntry> publicNavigation() {
        return List.of(new NavigationEntry("resources.nav", "/resources", 10));
    }

    @Override
    public List<NavigationEntry> staffNavigation() {
        return List.of(
                new NavigationEntry("resources.staff.suggestions", "/admin/resources/suggestions", 40),
                new NavigationEntry("resources.staff.directory", "/admin/resources/directory", 41));
    }

    @Override
    public List<HomeWidget> homeWidgets() {
        return List.of(
                new HomeWidget("get-help", "/resources/widgets/get-help.xhtml", 10, HomeWidget.Width.HALF),
                new HomeWidget("understand", "/resources/widgets/understand.xhtml", 20, HomeWidget.Width.HALF));
    }

    @Override
    public List<ContentType> contentTypes() {
        return List.of(
                new ContentType(
                        TopicPage.TYPE,
                        "resources.type.topic",
                        TopicPage.class,
                        TopicPage::new,
                        FIELDS + "topic.xhtml"),
                new ContentType(Law.TYPE, "resources.type.law", Law.class, Law::new, FIELDS + "law.xhtml"),
                new ContentType(
                        Organization.TYPE,
                        "resources.type.organization",
                        Organization.class,
                        Organization::new,
                        FIELDS + "organization.xhtml"),
                new ContentType(
                        Hotline.TYPE, "resources.type.hotline", Hotline.class, Hotline::new, FIELDS + "hotline.xhtml"));
    }

    @Override
    public void seed(SeedContext context) {
        demoContent.get().load(context.seedAuthor());
    }
}
