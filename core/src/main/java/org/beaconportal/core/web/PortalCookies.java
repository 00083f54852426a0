package org.beaconportal.core.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Settings of the portal's own cookies, as the server's cookies have them ({@code beacon.cookie.secure}). */
@Named
@ApplicationScoped
public class PortalCookies {

    @Inject
    @ConfigProperty(name = "beacon.cookie.secure", defaultValue = "false")
    boolean secure;

    /** True when cookies may travel only over TLS (the portal is served over HTTPS). */
    public boolean isSecure() {
        return secure;
    }
}
