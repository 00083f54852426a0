package org.beaconportal.core.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.AutoApplySession;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;
import jakarta.security.enterprise.authentication.mechanism.http.RememberMe;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Form login with the portal's own login page ({@link LoginView} hands the credential over through
 * {@code SecurityContext.authenticate}); accounts come from
 * {@link org.beaconportal.core.infrastructure.AccountIdentityStore}. A protected page asked for
 * without a login leads to the login page and back.
 *
 * <p>Every login also gets a login cookie ({@link org.beaconportal.core.infrastructure.LoginTokenStore}):
 * a node that does not know the caller (another node of a cluster, or the same node after a
 * restart) recognises the login from it, so losing a node does not log anyone out. It is a
 * browser-session cookie, HttpOnly, and Secure when {@code beacon.cookie.secure} is true.
 */
@ApplicationScoped
@AutoApplySession
@LoginToContinue(loginPage = "/login", useForwardToLogin = false, errorPage = "")
@RememberMe(
        cookieName = "BEACONLOGIN",
        cookieMaxAgeSeconds = -1,
        cookieHttpOnly = true,
        cookieSecureOnlyExpression = "#{portalCookies.secure}")
public class PortalAuthenticationMechanism implements HttpAuthenticationMechanism {

    @Inject
    IdentityStoreHandler identityStores;

    @Override
    public AuthenticationStatus validateRequest(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        Credential credential = context.getAuthParameters().getCredential();
        if (credential == null) {
            return context.doNothing();
        }
        CredentialValidationResult result = identityStores.validate(credential);
        if (result.getStatus() == CredentialValidationResult.Status.VALID) {
            return context.notifyContainerAboutLogin(result);
        }
        return context.responseUnauthorized();
    }
}
