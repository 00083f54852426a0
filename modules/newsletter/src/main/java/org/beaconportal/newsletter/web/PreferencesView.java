package org.beaconportal.newsletter.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.beaconportal.newsletter.application.SubscriptionService;
import org.beaconportal.newsletter.domain.Interest;
import org.beaconportal.newsletter.domain.Subscriber;

/**
 * {@code /newsletter/preferences?token=…}: reached from the link in every mail. Shows the
 * subscriber's language and interests to change, and the unsubscribe button; both are plain
 * forms posting to the API with the signed token.
 */
@Named
@RequestScoped
public class PreferencesView {

    @Inject
    SubscriptionService subscriptions;

    private String token;
    private boolean saved;
    private boolean error;
    private Subscriber subscriber;

    public void load() {
        Optional<Subscriber> found = token == null ? Optional.empty() : subscriptions.byManageToken(token);
        subscriber = found.orElse(null);
    }

    public boolean isValid() {
        return subscriber != null;
    }

    public boolean isSubscribed() {
        return subscriber != null && subscriber.receivesIssues();
    }

    public boolean hasInterest(String code) {
        return subscriber != null
                && subscriber.getInterests().stream().anyMatch(i -> i.code().equals(code));
    }

    public List<String> getInterests() {
        return Arrays.stream(Interest.values()).map(Interest::code).toList();
    }

    public Subscriber getSubscriber() {
        return subscriber;
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public boolean isSaved() {
        return saved;
    }

    public void setSaved(boolean saved) {
        this.saved = saved;
    }

    public boolean isError() {
        return error;
    }

    public void setError(boolean error) {
        this.error = error;
    }
}
