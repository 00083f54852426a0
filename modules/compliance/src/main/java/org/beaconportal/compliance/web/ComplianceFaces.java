package org.beaconportal.compliance.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import org.beaconportal.compliance.application.ComplianceTexts;
import org.beaconportal.core.application.BusinessRuleException;
import org.beaconportal.core.web.PageLanguage;

/** Messages from the module's bundle in the page's language, and redirects that keep the language. */
final class ComplianceFaces {

    private ComplianceFaces() {}

    static Locale locale() {
        FacesContext context = FacesContext.getCurrentInstance();
        return context.getViewRoot() == null
                ? Locale.ENGLISH
                : context.getViewRoot().getLocale();
    }

    static String text(String key, Object... arguments) {
        return ComplianceTexts.text(locale(), key, arguments);
    }

    static void info(String key, Object... arguments) {
        FacesContext.getCurrentInstance()
                .addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text(key, arguments), null));
    }

    static void error(String key, Object... arguments) {
        FacesContext.getCurrentInstance()
                .addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text(key, arguments), null));
    }

    static void error(BusinessRuleException e) {
        error(e.messageKey(), e.arguments());
    }

    /** Redirects to a portal path (with query) in the page's language. */
    static void redirect(PageLanguage language, String portalPath) {
        try {
            FacesContext.getCurrentInstance().getExternalContext().redirect(language.link(portalPath));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The absolute address of the portal in the page's language, for links in e-mails. */
    static String linkBase(PageLanguage language) {
        HttpServletRequest request = (HttpServletRequest)
                FacesContext.getCurrentInstance().getExternalContext().getRequest();
        String scheme = request.getScheme();
        int port = request.getServerPort();
        boolean defaultPort = ("http".equals(scheme) && port == 80) || ("https".equals(scheme) && port == 443);
        String root = scheme + "://" + request.getServerName() + (defaultPort ? "" : ":" + port);
        String link = language.link("/");
        return root + (link.endsWith("/") ? link.substring(0, link.length() - 1) : link);
    }
}
