package org.beaconportal.core.spi;

import java.util.Objects;

/**
 * A capability a module declares, granted to portal roles.
 *
 * <pre>{@code
 * new Permission("publications.publish", "publications.permission.publish", Set.of(Role.ADMIN))
 * }</pre>
 *
 * @param name unique name, prefixed with the module id
 * @param descriptionKey key in the module's bundle describing the permission to staff
 * @param grantedTo roles that hold the permission
 * @since 1
 */
public record Permission(String name, String descriptionKey, java.util.Set<PortalRole> grantedTo) {

    public Permission {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(descriptionKey, "descriptionKey");
        grantedTo = java.util.Set.copyOf(grantedTo);
    }
}
