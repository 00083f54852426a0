package org.beaconportal.core.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.beaconportal.core.application.ContentService;
import org.beaconportal.core.domain.Page;
import org.beaconportal.core.infrastructure.MarkdownRenderer;

/** A general page at {@code /pages/{slug}}: published pages only, old slugs redirect. */
@Named
@RequestScoped
public class PublicPageView {

    @Inject
    ContentService content;

    @Inject
    MarkdownRenderer markdown;

    @Inject
    PageLanguage language;

    private Page page;
    private String html;

    public void load() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        String slug = (String) external.getRequestMap().get(CleanUrlServlet.SLUG_ATTRIBUTE);
        String lang = language.getCode();
        Optional<Page> found = slug == null ? Optional.empty() : content.findPublic(Page.class, lang, slug);
        if (found.isEmpty()) {
            Optional<Page> renamed =
                    slug == null ? Optional.empty() : content.findRenamed(Page.class, Page.TYPE, lang, slug);
            if (renamed.isPresent()) {
                HttpServletResponse response = (HttpServletResponse) external.getResponse();
                response.setStatus(HttpServletResponse.SC_MOVED_PERMANENTLY);
                response.setHeader("Location", language.link(renamed.get().publicPath()));
            } else {
                external.responseSendError(HttpServletResponse.SC_NOT_FOUND, null);
            }
            faces.responseComplete();
            return;
        }
        page = found.get();
        html = markdown.toSafeHtml(page.getBody());
    }

    public Page getPage() {
        return page;
    }

    /** The body as sanitized HTML. */
    public String getHtml() {
        return html;
    }
}
