package org.beaconportal.core.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Locale;
import org.beaconportal.core.application.ModuleRegistry;
import org.beaconportal.core.spi.HomeWidget;
import org.beaconportal.core.spi.NavigationEntry;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** What the page shell shows around every page: menus from the module registry, home widgets. */
@Named
@RequestScoped
public class ShellView {

    /** A menu link ready to render. */
    public static final class Link {
        private final String label;
        private final String href;
        private final boolean current;

        Link(String label, String href, boolean current) {
            this.label = label;
            this.href = href;
            this.current = current;
        }

        public String getLabel() {
            return label;
        }

        public String getHref() {
            return href;
        }

        public boolean isCurrent() {
            return current;
        }
    }

    /** A home widget ready to include. */
    public static final class Widget {
        private final String moduleId;
        private final String id;
        private final String fragment;
        private final String width;

        Widget(String moduleId, String id, String fragment, String width) {
            this.moduleId = moduleId;
            this.id = id;
            this.fragment = fragment;
            this.width = width;
        }

        public String getModuleId() {
            return moduleId;
        }

        public String getId() {
            return id;
        }

        public String getFragment() {
            return fragment;
        }

        public String getWidth() {
            return width;
        }
    }

    @Inject
    ModuleRegistry registry;

    @Inject
    PageLanguage language;

    @Inject
    @ConfigProperty(name = "beacon.quickexit.url", defaultValue = "https://www.weather.gov/")
    String quickExitUrl;

    private List<Link> publicLinks;
    private List<Link> staffLinks;

    public List<Link> getPublicNavigation() {
        if (publicLinks == null) {
            publicLinks = links(registry.publicNavigation());
        }
        return publicLinks;
    }

    public List<Link> getStaffNavigation() {
        if (staffLinks == null) {
            staffLinks = links(registry.staffNavigation());
        }
        return staffLinks;
    }

    public List<Widget> getHomeWidgets() {
        return registry.homeWidgets().stream()
                .map(c -> {
                    HomeWidget w = c.item();
                    return new Widget(
                            c.module().descriptor().id(),
                            w.id(),
                            w.fragment(),
                            w.width().name().toLowerCase(Locale.ROOT));
                })
                .toList();
    }

    public String getQuickExitUrl() {
        return quickExitUrl;
    }

    private List<Link> links(List<ModuleRegistry.Contributed<NavigationEntry>> entries) {
        Locale locale = language.getLocale();
        String current = language.getPath();
        return entries.stream()
                .map(c -> new Link(
                        ModuleTexts.text(c.module(), c.item().labelKey(), locale),
                        language.link(c.item().path()),
                        current.equals(c.item().path())
                                || current.startsWith(c.item().path() + "/")))
                .toList();
    }
}
