package org.beaconportal.core.application;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.beaconportal.core.spi.PortalRole;

/**
 * The staff member a content use case acts for: their name (recorded in revisions and the audit
 * trail) and roles (checked for every workflow step). The web layer builds it from the logged-in
 * caller; the portal's own jobs act as {@link #SYSTEM}.
 *
 * @param name user name
 * @param roles the caller's roles
 */
public record Editor(String name, Set<PortalRole> roles) {

    /** The portal itself (scheduled jobs, demo content). */
    public static final Editor SYSTEM = new Editor(AuditTrail.SYSTEM, EnumSet.of(PortalRole.ADMIN));

    public Editor {
        Objects.requireNonNull(name, "name");
        roles = roles.isEmpty() ? EnumSet.noneOf(PortalRole.class) : EnumSet.copyOf(roles);
    }

    public boolean isStaff() {
        return roles.stream().anyMatch(PortalRole::isStaff);
    }

    /** Refuses anyone who is not staff. */
    public Editor requireStaff() {
        if (!isStaff()) {
            throw new AccessDeniedException("Content editing needs the EDITOR or ADMIN role");
        }
        return this;
    }
}
