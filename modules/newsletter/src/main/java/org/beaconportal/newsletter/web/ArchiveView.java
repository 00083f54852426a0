package org.beaconportal.newsletter.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.beaconportal.core.web.CleanUrlServlet;
import org.beaconportal.core.web.PageLanguage;
import org.beaconportal.newsletter.application.IssueService;
import org.beaconportal.newsletter.domain.Issue;

/**
 * The public archive: {@code /newsletter/archive} lists every sent issue, {@code
 * /newsletter/archive/{id}} shows one as it was sent, without any recipient's links.
 */
@Named
@RequestScoped
public class ArchiveView {

    @Inject
    IssueService issues;

    @Inject
    PageLanguage language;

    private Issue issue;

    public List<Issue> getIssues() {
        return issues.archive();
    }

    /** Loads the issue named by the URL, or answers 404. */
    public void loadIssue() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        String slug = (String) external.getRequestMap().get(CleanUrlServlet.SLUG_ATTRIBUTE);
        Optional<Issue> found =
                slug != null && slug.matches("[0-9]{1,18}") ? issues.archived(Long.parseLong(slug)) : Optional.empty();
        if (found.isEmpty()) {
            external.responseSendError(HttpServletResponse.SC_NOT_FOUND, null);
            faces.responseComplete();
            return;
        }
        issue = found.get();
    }

    public Issue getIssue() {
        return issue;
    }

    public String title(Issue shown) {
        return shown.title(language.getCode());
    }

    /** The issue's body in the page's language, headings under the page's h1. */
    public String getHtml() {
        return issues.renderer().body(issue, language.getCode(), null, null, 2, false);
    }
}
