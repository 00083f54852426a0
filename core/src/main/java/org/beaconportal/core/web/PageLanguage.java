package org.beaconportal.core.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

/**
 * The language of the current page and links in it, for templates.
 *
 * <pre>{@code
 * <f:view locale="#{pageLanguage.locale}">  <a href="#{pageLanguage.link('/resources')}">
 * }</pre>
 */
@Named
@RequestScoped
public class PageLanguage {

    private Language language = Language.EN;
    private String path = "/";

    @jakarta.annotation.PostConstruct
    void init() {
        FacesContext context = FacesContext.getCurrentInstance();
        if (context == null) {
            return;
        }
        var requestMap = context.getExternalContext().getRequestMap();
        if (requestMap.get(Language.REQUEST_ATTRIBUTE) instanceof Language l) {
            language = l;
        }
        if (requestMap.get(Language.PATH_ATTRIBUTE) instanceof String p) {
            path = p;
        }
    }

    public Locale getLocale() {
        return language.locale();
    }

    /** {@code en} or {@code es}, for the {@code lang} attribute. */
    public String getCode() {
        return language.code();
    }

    public boolean isSpanish() {
        return language == Language.ES;
    }

    /** Context-relative link to a portal path in the current language. */
    public String link(String portalPath) {
        return contextPath() + language.localize(portalPath);
    }

    /**
     * Context-relative link to a portal path in the page's language with query parameters: those
     * with a blank or missing value are left out, the others URL-encoded, in the map's order.
     */
    public String link(String portalPath, Map<String, String> parameters) {
        StringBuilder url = new StringBuilder(link(portalPath));
        char separator = '?';
        for (Map.Entry<String, String> parameter : parameters.entrySet()) {
            if (parameter.getValue() != null && !parameter.getValue().isBlank()) {
                url.append(separator)
                        .append(parameter.getKey())
                        .append('=')
                        .append(URLEncoder.encode(parameter.getValue(), StandardCharsets.UTF_8));
                separator = '&';
            }
        }
        return url.toString();
    }

    /** Context-relative link to a portal path in the given language ({@code en} or {@code es}). */
    public String linkIn(String languageCode, String portalPath) {
        return contextPath() + Language.ofCode(languageCode).orElse(Language.EN).localize(portalPath);
    }

    /** The current page in the other language (the language switch). */
    public String getOtherLanguageUrl() {
        return contextPath() + other().localize(path);
    }

    public String getOtherLanguageCode() {
        return other().code();
    }

    /** Absolute path of the current page in English and Spanish, for {@code hreflang} links. */
    public String alternate(String code) {
        return contextPath() + Language.ofCode(code).orElse(Language.EN).localize(path);
    }

    /** The current page's path without language prefix. */
    public String getPath() {
        return path;
    }

    private Language other() {
        return language == Language.EN ? Language.ES : Language.EN;
    }

    private static String contextPath() {
        FacesContext context = FacesContext.getCurrentInstance();
        return context == null ? "" : context.getExternalContext().getRequestContextPath();
    }
}
