package org.beaconportal.publications.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Optional;
import org.beaconportal.core.infrastructure.MarkdownRenderer;
import org.beaconportal.core.web.CleanUrlServlet;
import org.beaconportal.core.web.PageLanguage;
import org.beaconportal.publications.application.Citations;
import org.beaconportal.publications.application.PublicationPages;
import org.beaconportal.publications.domain.Publication;
import org.beaconportal.publications.domain.PublicationFile;

/**
 * A publication's page at {@code /publications/{slug}}: metadata, abstract, download buttons with
 * sizes, sections, citation box (APA, Chicago, BibTeX, RIS) and related publications. Published
 * publications only; an old slug redirects to the new one.
 */
@Named
@RequestScoped
public class PublicationPageView {

    @Inject
    PublicationPages pages;

    @Inject
    MarkdownRenderer markdown;

    @Inject
    PageLanguage language;

    private PublicationPages.Detail detail;
    private String html;
    private String url;

    public void load() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        String slug = (String) external.getRequestMap().get(CleanUrlServlet.SLUG_ATTRIBUTE);
        String lang = language.getCode();
        Optional<PublicationPages.Detail> found = slug == null ? Optional.empty() : pages.published(lang, slug);
        if (found.isEmpty()) {
            Optional<Publication> renamed = slug == null ? Optional.empty() : pages.renamed(lang, slug);
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
        detail = found.get();
        Publication p = detail.publication();
        html = p.getBody() == null || p.getBody().isBlank() ? null : markdown.toSafeHtml(p.getBody());
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        int port = request.getServerPort();
        boolean standard = (request.getScheme().equals("http") && port == 80)
                || (request.getScheme().equals("https") && port == 443);
        url = request.getScheme() + "://" + request.getServerName() + (standard ? "" : ":" + port)
                + request.getContextPath() + language.link(p.publicPath());
    }

    public PublicationPages.Detail getDetail() {
        return detail;
    }

    public Publication getPublication() {
        return detail.publication();
    }

    public String getHtml() {
        return html;
    }

    public String getApa() {
        return Citations.apa(detail.publication(), url);
    }

    public String getChicago() {
        return Citations.chicago(detail.publication(), url);
    }

    private String citePath(String extension) {
        Publication p = detail.publication();
        return "/publications/cite/" + (p.getLanguage().equals("es") ? "es/" : "") + p.getSlug() + "." + extension;
    }

    public String getBibtexPath() {
        return citePath("bib");
    }

    public String getRisPath() {
        return citePath("ris");
    }

    public String getKindLabel() {
        return PublicationTexts.text(
                language.getLocale(), detail.publication().getKind().getLabelKey());
    }

    public String getIssuedLabel() {
        Publication p = detail.publication();
        return p.getIssued() == null
                ? null
                : p.getIssued()
                        .format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                                .withLocale(language.getLocale()));
    }

    public String getLanguageLabel() {
        return PublicationTexts.text(
                language.getLocale(),
                "publications.language." + detail.publication().getLanguage());
    }

    public String size(PublicationFile file) {
        return PublicationTexts.size(file.getSizeBytes(), language.getLocale());
    }

    public String link(Publication p) {
        return language.linkIn(p.getLanguage(), p.publicPath());
    }
}
