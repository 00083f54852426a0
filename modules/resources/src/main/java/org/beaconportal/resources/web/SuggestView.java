package org.beaconportal.resources.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Locale;
import java.util.Set;
import org.beaconportal.core.web.PageLanguage;
import org.beaconportal.core.web.Texts;
import org.beaconportal.resources.application.ServiceDirectory;

/**
 * The public "suggest a listing or a correction" page at {@code /resources/directory/suggest}. The
 * form posts to {@code /api/v1/resources/suggestions}, which redirects back here with the outcome
 * in the URL ({@code ?result=sent}); this bean only shows it.
 */
@Named
@RequestScoped
public class SuggestView {

    private static final Set<String> RESULTS = Set.of("sent", "refused", "busy", "invalid");

    @Inject
    PageLanguage language;

    @Inject
    ServiceDirectory directory;

    private String result;
    private String reason;
    private String listing;
    private String listingName;

    public void load() {
        result = result != null && RESULTS.contains(result) ? result : null;
        if (listing != null && !listing.isBlank()) {
            directory.find(listing.strip()).ifPresentOrElse(o -> listingName = o.getTitle(), () -> listing = null);
        }
    }

    /** The reason of an invalid submission in the page's language (only keys of this module). */
    public String getReasonText() {
        if (reason == null || !reason.matches("resources\\.[a-zA-Z.]{1,60}")) {
            return null;
        }
        Locale locale = language.getLocale();
        String text = Texts.core(locale, reason);
        return text.equals(reason) ? null : text;
    }

    public boolean isCorrection() {
        return listing != null;
    }

    public String getResult() {
        return result;
    }

    public void setResult(String result) {
        this.result = result;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    /** For a correction: the listing's address. */
    public String getListing() {
        return listing;
    }

    public void setListing(String listing) {
        this.listing = listing;
    }

    public String getListingName() {
        return listingName;
    }
}
