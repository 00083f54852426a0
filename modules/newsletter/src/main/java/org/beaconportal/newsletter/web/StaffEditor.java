package org.beaconportal.newsletter.web;

import jakarta.security.enterprise.SecurityContext;
import java.util.EnumSet;
import java.util.Set;
import org.beaconportal.core.application.Editor;
import org.beaconportal.core.spi.PortalRole;

/** The logged-in staff member as core's {@link Editor}. */
final class StaffEditor {

    private StaffEditor() {}

    static Editor of(SecurityContext security) {
        Set<PortalRole> roles = EnumSet.noneOf(PortalRole.class);
        for (PortalRole role : PortalRole.values()) {
            if (security.isCallerInRole(role.name())) {
                roles.add(role);
            }
        }
        return new Editor(security.getCallerPrincipal().getName(), roles);
    }
}
