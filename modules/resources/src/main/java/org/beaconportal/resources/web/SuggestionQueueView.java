package org.beaconportal.resources.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.io.Serializable;
import java.util.List;
import org.beaconportal.core.application.BusinessRuleException;
import org.beaconportal.core.web.PageLanguage;
import org.beaconportal.core.web.Texts;
import org.beaconportal.resources.application.ListingSuggestions;
import org.beaconportal.resources.domain.ListingSuggestion;

/** Staff review of listing suggestions at {@code /admin/resources/suggestions}: approve or reject each. */
@Named
@ViewScoped
public class SuggestionQueueView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ListingSuggestions suggestions;

    @Inject
    SecurityContext security;

    @Inject
    PageLanguage language;

    private transient List<ListingSuggestion> pending;

    public List<ListingSuggestion> getPending() {
        if (pending == null) {
            pending = suggestions.pending();
        }
        return pending;
    }

    public void approve(long id) {
        try {
            long listing = suggestions.approve(StaffEditor.of(security), id);
            Texts.addInfo("resources.queue.approved", listing);
        } catch (BusinessRuleException e) {
            Texts.addError(e);
        }
        pending = null;
    }

    public void reject(long id) {
        try {
            suggestions.reject(StaffEditor.of(security), id);
            Texts.addInfo("resources.queue.rejected");
        } catch (BusinessRuleException e) {
            Texts.addError(e);
        }
        pending = null;
    }

    /** Link to a corrected listing's public page. */
    public String listingUrl(String slug) {
        return language.link("/resources/directory/" + slug);
    }
}
