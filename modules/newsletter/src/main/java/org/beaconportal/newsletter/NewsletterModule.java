package org.beaconportal.newsletter;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Set;
import org.beaconportal.core.spi.CoreSpi;
import org.beaconportal.core.spi.ModuleDescriptor;
import org.beaconportal.core.spi.NavigationEntry;
import org.beaconportal.core.spi.PortalModule;

/** Descriptor of the newsletter module: what it is called, where it lives and what it contributes. */
@ApplicationScoped
public class NewsletterModule implements PortalModule {

    public static final String ID = "newsletter";

    @Override
    public ModuleDescriptor descriptor() {
        return new ModuleDescriptor(ID, "0.1.0", "newsletter.module.name", CoreSpi.VERSION, Set.of(), "/newsletter");
    }

    @Override
    public List<NavigationEntry> publicNavigation() {
        return List.of(new NavigationEntry("newsletter.nav", "/newsletter", 30));
    }
}
