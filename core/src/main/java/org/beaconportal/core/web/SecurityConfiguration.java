package org.beaconportal.core.web;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.CustomFormAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;

/**
 * Form login with the portal's own login page; accounts come from
 * {@link org.beaconportal.core.infrastructure.AccountIdentityStore}.
 */
@ApplicationScoped
@DeclareRoles({"ADMIN", "EDITOR", "COMPANY"})
@CustomFormAuthenticationMechanismDefinition(
        loginToContinue = @LoginToContinue(loginPage = "/login", useForwardToLogin = false, errorPage = ""))
public class SecurityConfiguration {}
