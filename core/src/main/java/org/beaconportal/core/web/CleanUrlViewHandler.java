package org.beaconportal.core.web;

import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.context.FacesContext;
import java.util.List;
import java.util.Map;

/**
 * Makes every URL Faces writes (form actions, links, redirects) a clean portal URL in the
 * reader's language: {@code /admin/modules.xhtml} becomes {@code /admin/modules}, or
 * {@code /es/admin/modules} for a Spanish page.
 */
public class CleanUrlViewHandler extends ViewHandlerWrapper {

    public CleanUrlViewHandler(ViewHandler wrapped) {
        super(wrapped);
    }

    @Override
    public String getActionURL(FacesContext context, String viewId) {
        return clean(context, super.getActionURL(context, viewId));
    }

    @Override
    public String getBookmarkableURL(
            FacesContext context, String viewId, Map<String, List<String>> parameters, boolean includeViewParams) {
        return clean(context, super.getBookmarkableURL(context, viewId, parameters, includeViewParams));
    }

    @Override
    public String getRedirectURL(
            FacesContext context, String viewId, Map<String, List<String>> parameters, boolean includeViewParams) {
        return clean(context, super.getRedirectURL(context, viewId, parameters, includeViewParams));
    }

    static String clean(FacesContext context, String url) {
        String contextPath = context.getExternalContext().getRequestContextPath();
        Object attribute = context.getExternalContext().getRequestMap().get(Language.REQUEST_ATTRIBUTE);
        Language language = attribute instanceof Language l ? l : Language.EN;
        return rewrite(url, contextPath, language);
    }

    /** Rewrites the path of {@code url} (keeping query and fragment). */
    static String rewrite(String url, String contextPath, Language language) {
        int cut = indexOfAny(url, '?', '#');
        String path = cut < 0 ? url : url.substring(0, cut);
        String rest = cut < 0 ? "" : url.substring(cut);
        if (!path.endsWith(".xhtml") || !path.startsWith(contextPath + "/")) {
            return url;
        }
        String portalPath = PortalRoutingFilter.cleanPath(path.substring(contextPath.length()));
        return contextPath + language.localize(portalPath) + rest;
    }

    private static int indexOfAny(String value, char a, char b) {
        int first = value.indexOf(a);
        int second = value.indexOf(b);
        if (first < 0) {
            return second;
        }
        return second < 0 ? first : Math.min(first, second);
    }
}
