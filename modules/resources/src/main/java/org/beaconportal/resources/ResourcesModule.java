package org.beaconportal.resources;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Set;
import org.beaconportal.core.spi.CoreSpi;
import org.beaconportal.core.spi.HomeWidget;
import org.beaconportal.core.spi.ModuleDescriptor;
import org.beaconportal.core.spi.NavigationEntry;
import org.beaconportal.core.spi.PortalModule;

/** Descriptor of the resources module: what it is called, where it lives and what it contributes. */
@ApplicationScoped
public class ResourcesModule implements PortalModule {

    public static final String ID = "resources";

    @Override
    public ModuleDescriptor descriptor() {
        return new ModuleDescriptor(ID, "0.1.0", "resources.module.name", CoreSpi.VERSION, Set.of(), "/resources");
    }

    @Override
    public List<NavigationEntry> publicNavigation() {
        return List.of(new NavigationEntry("resources.nav", "/resources", 10));
    }

    @Override
    public List<HomeWidget> homeWidgets() {
        return List.of(
                new HomeWidget("get-help", "/resources/widgets/get-help.xhtml", 10, HomeWidget.Width.HALF),
                new HomeWidget("understand", "/resources/widgets/understand.xhtml", 20, HomeWidget.Width.HALF));
    }
}
