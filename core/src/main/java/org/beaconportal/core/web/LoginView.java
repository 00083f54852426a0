package org.beaconportal.core.web;

import static jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters.withParams;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.time.Duration;
import org.beaconportal.core.application.AccountService;
import org.beaconportal.core.application.LoginThrottle;

/** The login form (a stateless page: no session exists before a successful login). */
@Named
@RequestScoped
public class LoginView {

    @Inject
    SecurityContext securityContext;

    @Inject
    LoginThrottle throttle;

    @Inject
    AccountService accounts;

    @Inject
    PageLanguage language;

    @NotBlank
    @Size(max = 80)
    private String username;

    @NotBlank
    @Size(max = 200)
    private String password;

    public void login() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        HttpServletResponse response = (HttpServletResponse) external.getResponse();
        String client = request.getRemoteAddr();

        Duration locked = throttle.lockedFor(username, client);
        if (!locked.isZero()) {
            Texts.addMessage(FacesMessage.SEVERITY_ERROR, null, "login.locked", Math.max(1, locked.toMinutes() + 1));
            return;
        }
        if (request.getSession(false) != null) {
            request.changeSessionId();
        }
        AuthenticationStatus status = securityContext.authenticate(
                request,
                response,
                withParams()
                        .credential(new UsernamePasswordCredential(username, new Password(password)))
                        .newAuthentication(true)
                        .rememberMe(true));
        switch (status) {
            case SEND_CONTINUE -> {
                succeeded(client);
                faces.responseComplete();
            }
            case SUCCESS -> {
                succeeded(client);
                String home = securityContext.isCallerInRole("ADMIN") || securityContext.isCallerInRole("EDITOR")
                        ? "/admin"
                        : "/company";
                external.redirect(language.link(home));
            }
            default -> {
                throttle.recordFailure(username, client);
                Duration nowLocked = throttle.lockedFor(username, client);
                if (nowLocked.isZero()) {
                    Texts.addMessage(FacesMessage.SEVERITY_ERROR, null, "login.failed");
                } else {
                    Texts.addMessage(FacesMessage.SEVERITY_ERROR, null, "login.locked", nowLocked.toMinutes());
                }
            }
        }
    }

    private void succeeded(String client) {
        throttle.reset(username, client);
        accounts.recordLogin(username);
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
