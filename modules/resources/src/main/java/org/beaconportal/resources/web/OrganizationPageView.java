package org.beaconportal.resources.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import org.beaconportal.core.infrastructure.MarkdownRenderer;
import org.beaconportal.core.web.CleanUrlServlet;
import org.beaconportal.resources.application.ServiceDirectory;
import org.beaconportal.resources.domain.Organization;

/** One directory listing at {@code /resources/directory/{slug}}, in either language's pages. */
@Named
@RequestScoped
public class OrganizationPageView {

    @Inject
    ServiceDirectory directory;

    @Inject
    PublicItems items;

    @Inject
    MarkdownRenderer markdown;

    private Organization organization;
    private String html;

    public void load() throws IOException {
        String slug = (String) FacesContext.getCurrentInstance()
                .getExternalContext()
                .getRequestMap()
                .get(CleanUrlServlet.SLUG_ATTRIBUTE);
        organization = slug == null ? null : directory.find(slug).orElse(null);
        if (organization == null) {
            items.notFound();
            return;
        }
        html = organization.getBody() == null ? "" : markdown.toSafeHtml(organization.getBody());
    }

    public Organization getOrganization() {
        return organization;
    }

    public String getHtml() {
        return html;
    }
}
