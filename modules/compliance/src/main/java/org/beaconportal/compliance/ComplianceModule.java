package org.beaconportal.compliance;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Set;
import org.beaconportal.core.spi.CoreSpi;
import org.beaconportal.core.spi.ModuleDescriptor;
import org.beaconportal.core.spi.NavigationEntry;
import org.beaconportal.core.spi.PortalModule;

/** Descriptor of the compliance module: what it is called, where it lives and what it contributes. */
@ApplicationScoped
public class ComplianceModule implements PortalModule {

    public static final String ID = "compliance";

    @Override
    public ModuleDescriptor descriptor() {
        return new ModuleDescriptor(ID, "0.1.0", "compliance.module.name", CoreSpi.VERSION, Set.of(), "/compliance");
    }

    @Override
    public List<NavigationEntry> publicNavigation() {
        return List.of(new NavigationEntry("compliance.nav", "/compliance", 40));
    }
}
