package org.beaconportal.it.support;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import org.beaconportal.core.application.PasswordHasher;
import org.beaconportal.core.domain.Account;
import org.beaconportal.core.domain.AccountRepository;
import org.beaconportal.core.spi.PortalRole;

/**
 * Test-only endpoint (never part of the portal): creates an account so that client-side tests can
 * log in with any role. Deployed only inside integration-test archives.
 */
@Path("/test/accounts")
@RequestScoped
public class TestAccountsResource {

    @Inject
    AccountRepository accounts;

    @Inject
    PasswordHasher hasher;

    @Inject
    Clock clock;

    @POST
    @Transactional
    public String create(
            @FormParam("username") String username,
            @FormParam("password") String password,
            @FormParam("role") PortalRole role) {
        if (accounts.findByUsername(username).isEmpty()) {
            accounts.save(new Account(
                    username, username, hasher.hash(password), EnumSet.of(role), OffsetDateTime.now(clock)));
        }
        return username;
    }
}
