package org.beaconportal.core.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import java.util.EnumSet;
import java.util.Set;
import org.beaconportal.core.application.Editor;
import org.beaconportal.core.spi.PortalRole;

/**
 * The logged-in staff member as the {@link Editor} that use cases act for, for backing beans of
 * core and modules alike.
 *
 * <pre>{@code
 * @Inject CurrentEditor currentEditor;
 * content.transition(currentEditor.get(), id, WorkflowAction.PUBLISH, null);
 * }</pre>
 */
@RequestScoped
public class CurrentEditor {

    @Inject
    SecurityContext security;

    /** The caller with the portal roles they hold. */
    public Editor get() {
        Set<PortalRole> roles = EnumSet.noneOf(PortalRole.class);
        for (PortalRole role : PortalRole.values()) {
            if (security.isCallerInRole(role.name())) {
                roles.add(role);
            }
        }
        return new Editor(security.getCallerPrincipal().getName(), roles);
    }
}
