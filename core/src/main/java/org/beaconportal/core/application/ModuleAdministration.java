package org.beaconportal.core.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.beaconportal.core.spi.PortalRole;

/**
 * The administrator's use case of switching modules on and off, from the modules page or any
 * other entry point. Only {@code ADMIN} may call it; the rules live in {@link ModuleRegistry}.
 */
@ApplicationScoped
@StaffOnly(PortalRole.ADMIN)
public class ModuleAdministration {

    @Inject
    ModuleRegistry registry;

    public void enable(String moduleId) {
        registry.enable(moduleId);
    }

    public void disable(String moduleId) {
        registry.disable(moduleId);
    }
}
