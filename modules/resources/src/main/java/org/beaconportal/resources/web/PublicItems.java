package org.beaconportal.resources.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.beaconportal.core.application.ContentService;
import org.beaconportal.core.domain.ContentItem;
import org.beaconportal.core.web.CleanUrlServlet;
import org.beaconportal.core.web.PageLanguage;
import org.beaconportal.resources.domain.Translations;

/**
 * Finds the item a public content URL names ({@code /resources/laws/{slug}}) in the page's
 * language. When there is none it answers for the page: a permanent redirect for a renamed item,
 * a redirect to the translation when the slug is the other language's (the language switch), or
 * 404, and completes the response.
 */
@ApplicationScoped
public class PublicItems {

    @Inject
    ContentService content;

    @Inject
    Translations translations;

    @Inject
    PageLanguage language;

    @Inject
    Clock clock;

    public <T extends ContentItem> Optional<T> load(Class<T> type, String typeName) throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        String slug = (String) external.getRequestMap().get(CleanUrlServlet.SLUG_ATTRIBUTE);
        String lang = language.getCode();
        if (slug != null) {
            Optional<T> found = content.findPublic(type, lang, slug);
            if (found.isPresent()) {
                return found;
            }
            Optional<T> renamed = content.findRenamed(type, typeName, lang, slug);
            if (renamed.isPresent()) {
                redirect(faces, HttpServletResponse.SC_MOVED_PERMANENTLY, renamed.get());
                return Optional.empty();
            }
            String other = "en".equals(lang) ? "es" : "en";
            Optional<T> translated = translations.translation(type, slug, other, lang, OffsetDateTime.now(clock));
            if (translated.isPresent()) {
                redirect(faces, HttpServletResponse.SC_FOUND, translated.get());
                return Optional.empty();
            }
        }
        notFound();
        return Optional.empty();
    }

    /** Answers 404 for the current page. */
    public void notFound() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.getExternalContext().responseSendError(HttpServletResponse.SC_NOT_FOUND, null);
        faces.responseComplete();
    }

    private void redirect(FacesContext faces, int status, ContentItem target) {
        HttpServletResponse response =
                (HttpServletResponse) faces.getExternalContext().getResponse();
        response.setStatus(status);
        response.setHeader("Location", language.link(target.publicPath()));
        faces.responseComplete();
    }
}
