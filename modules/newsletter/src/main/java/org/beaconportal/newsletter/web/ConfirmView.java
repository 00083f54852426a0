package org.beaconportal.newsletter.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.beaconportal.newsletter.application.SubscriptionService;

/**
 * {@code /newsletter/confirm?token=…}: the link of the confirmation mail. Opening it confirms
 * (no second button); a changed or expired link is refused with a way to sign up again.
 */
@Named
@RequestScoped
public class ConfirmView {

    @Inject
    SubscriptionService subscriptions;

    private String token;
    private boolean confirmed;

    public void load() {
        confirmed = token != null && subscriptions.confirm(token).isPresent();
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public boolean isConfirmed() {
        return confirmed;
    }
}
