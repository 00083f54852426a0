package org.beaconportal.core.web;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;

/** The portal's roles; login is {@link PortalAuthenticationMechanism}. */
@ApplicationScoped
@DeclareRoles({"ADMIN", "EDITOR", "COMPANY"})
public class SecurityConfiguration {}
