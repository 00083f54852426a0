package org.beaconportal.core.web;

import jakarta.faces.component.UIViewRoot;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;

/**
 * Marks every public view transient as soon as it exists, before anything (PrimeFaces' CSP nonce
 * included) could store view state in a session. Public means outside {@code /admin} and
 * {@code /company}: reading the portal must never create a session or a cookie. The public
 * template also declares {@code <f:view transient="true">}; that declaration only takes effect when
 * the view is built, after other listeners have run.
 */
public class StatelessPublicViews implements PhaseListener {

    private static final long serialVersionUID = 1L;

    @Override
    public void afterPhase(PhaseEvent event) {
        UIViewRoot root = event.getFacesContext().getViewRoot();
        if (root != null && isPublic(root.getViewId())) {
            root.setTransient(true);
        }
    }

    @Override
    public void beforePhase(PhaseEvent event) {}

    @Override
    public PhaseId getPhaseId() {
        return PhaseId.RESTORE_VIEW;
    }

    /** Views outside the staff and company areas. */
    static boolean isPublic(String viewId) {
        return viewId != null && !viewId.startsWith("/admin/") && !viewId.startsWith("/company/");
    }
}
