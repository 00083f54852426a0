package org.beaconportal.newsletter.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Base64;
import org.beaconportal.newsletter.domain.SignedToken;
import org.beaconportal.newsletter.infrastructure.JpaSecretStore;

/**
 * The secret that signs the newsletter's links, generated on the portal's first start and kept in
 * the database, so every node of a cluster signs alike and no secret is ever committed.
 */
@ApplicationScoped
public class SigningSecret {

    private static final String NAME = "link-signing";

    @Inject
    JpaSecretStore store;

    private volatile SignedToken tokens;

    /** Signer and verifier of the module's tokens. */
    public SignedToken tokens() {
        SignedToken current = tokens;
        if (current == null) {
            current = new SignedToken(Base64.getDecoder().decode(store.loadOrCreate(NAME)));
            tokens = current;
        }
        return current;
    }
}
