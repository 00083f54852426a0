package org.beaconportal.statistics.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import java.util.EnumSet;
import java.util.Set;
import org.beaconportal.core.application.Editor;
import org.beaconportal.core.spi.PortalRole;

/** The logged-in staff member as the application services expect them. */
@RequestScoped
public class StaffEditor {

    @Inject
    SecurityContext security;

    public Editor current() {
        Set<PortalRole> roles = EnumSet.noneOf(PortalRole.class);
        for (PortalRole role : PortalRole.values()) {
            if (security.isCallerInRole(role.name())) {
                roles.add(role);
            }
        }
        return new Editor(security.getCallerPrincipal().getName(), roles);
    }
}
