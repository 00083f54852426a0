package org.beaconportal.resources.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.List;
import org.beaconportal.core.infrastructure.MarkdownRenderer;
import org.beaconportal.resources.application.LawCatalog;
import org.beaconportal.resources.domain.Law;

/** One law at {@code /resources/laws/{slug}}: citation, facts, plain-language summary, related laws. */
@Named
@RequestScoped
public class LawPageView {

    @Inject
    PublicItems items;

    @Inject
    LawCatalog catalog;

    @Inject
    MarkdownRenderer markdown;

    private Law law;
    private String html;
    private List<Law> related = List.of();

    public void load() throws IOException {
        law = items.load(Law.class, Law.TYPE).orElse(null);
        if (law != null) {
            html = markdown.toSafeHtml(law.getBody());
            related = catalog.related(law);
        }
    }

    public Law getLaw() {
        return law;
    }

    public String getHtml() {
        return html;
    }

    public List<Law> getRelated() {
        return related;
    }
}
