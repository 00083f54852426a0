package org.beaconportal.core.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;

/** Logs the user out, ends the session and returns to the home page. */
@Named
@RequestScoped
public class LogoutView {

    @Inject
    PageLanguage language;

    public void logout() throws IOException, ServletException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        String home = language.link("/");
        request.logout();
        external.invalidateSession();
        external.redirect(home);
    }
}
