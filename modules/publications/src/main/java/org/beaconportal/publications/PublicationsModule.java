package org.beaconportal.publications;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Set;
import org.beaconportal.core.spi.CoreSpi;
import org.beaconportal.core.spi.ModuleDescriptor;
import org.beaconportal.core.spi.NavigationEntry;
import org.beaconportal.core.spi.PortalModule;

/** Descriptor of the publications module: what it is called, where it lives and what it contributes. */
@ApplicationScoped
public class PublicationsModule implements PortalModule {

    public static final String ID = "publications";

    @Override
    public ModuleDescriptor descriptor() {
        return new ModuleDescriptor(
                ID, "0.1.0", "publications.module.name", CoreSpi.VERSION, Set.of(), "/publications");
    }

    @Override
    public List<NavigationEntry> publicNavigation() {
        return List.of(new NavigationEntry("publications.nav", "/publications", 20));
    }
}
