package org.beaconportal.newsletter.application;

import java.util.Set;
import org.beaconportal.newsletter.domain.Interest;

/**
 * What the public sign-up form sends.
 *
 * @param email the address as typed
 * @param name optional name
 * @param language {@code en} or {@code es}
 * @param interests what they want to hear about
 * @param honeypot the hidden field people never fill in (bots do)
 * @param client the client's address, used in memory for rate limiting only
 */
public record SubscriptionRequest(
        String email, String name, String language, Set<Interest> interests, String honeypot, String client) {}
