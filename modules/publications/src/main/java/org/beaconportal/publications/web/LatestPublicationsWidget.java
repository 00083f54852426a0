package org.beaconportal.publications.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.beaconportal.core.web.PageLanguage;
import org.beaconportal.publications.application.CatalogPage;
import org.beaconportal.publications.application.PublicationCatalog;
import org.beaconportal.publications.domain.Publication;

/** The home page panel of the newest publications in the reader's language. */
@Named
@RequestScoped
public class LatestPublicationsWidget {

    /** Publications the panel shows. */
    public static final int SHOWN = 3;

    @Inject
    PublicationCatalog catalog;

    @Inject
    PageLanguage language;

    private List<CatalogPage.Entry> entries;

    public List<CatalogPage.Entry> getEntries() {
        if (entries == null) {
            entries = catalog.latest(language.getCode(), SHOWN);
        }
        return entries;
    }

    public String link(Publication p) {
        return language.linkIn(p.getLanguage(), p.publicPath());
    }

    public String kindLabel(Publication p) {
        return PublicationTexts.text(language.getLocale(), p.getKind().getLabelKey());
    }
}
