package org.beaconportal.newsletter.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.List;
import java.util.Set;
import org.beaconportal.newsletter.domain.Interest;

/**
 * The public sign-up form on {@code /newsletter}: a plain HTML form that posts to {@code
 * /api/v1/newsletter/subscribe} (no view state, no session); an error comes back as {@code ?error=}.
 */
@Named
@RequestScoped
public class SubscribeFormView {

    private static final Set<String> ERRORS = Set.of("emailInvalid", "languageInvalid", "nameTooLong", "interests");

    private String error;

    public String getError() {
        return error;
    }

    /** Only known error codes are shown (the parameter comes from the address bar). */
    public void setError(String error) {
        this.error = ERRORS.contains(error) ? error : null;
    }

    public List<String> getInterests() {
        return java.util.Arrays.stream(Interest.values()).map(Interest::code).toList();
    }
}
