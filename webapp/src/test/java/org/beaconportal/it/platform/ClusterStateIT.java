package org.beaconportal.it.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.security.enterprise.CallerPrincipal;
import jakarta.security.enterprise.credential.RememberMeCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import org.beaconportal.core.application.JobLeases;
import org.beaconportal.core.application.ModuleRegistry;
import org.beaconportal.core.infrastructure.LoginTokenStore;
import org.beaconportal.it.content.fixtures.TestClock;
import org.beaconportal.it.support.PortalDeployment;
import org.beaconportal.it.support.TestDatabase;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The state that lets several nodes share one database: job leases (one runner per job, taken over
 * when its node goes silent), login tokens (a login any node recognises) and module states (read
 * again when another node switched a module). Time moves through {@link TestClock}.
 */
@ExtendWith(ArquillianExtension.class)
class ClusterStateIT {

    private static final Duration LEASE = Duration.ofSeconds(30);

    @Deployment
    static WebArchive deployment() {
        return PortalDeployment.portal().addPackage(TestClock.class.getPackage());
    }

    @Inject
    JobLeases leases;

    @Inject
    LoginTokenStore logins;

    @Inject
    ModuleRegistry registry;

    @Inject
    TestDatabase database;

    @Inject
    TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void aJobRunsOnOneNodeUntilThatNodeFallsSilentThenAnotherTakesItOver() {
        String job = "it-job-" + System.nanoTime();

        Optional<JobLeases.Grant> first = leases.acquire(job, "node-a", LEASE);
        assertTrue(first.isPresent());
        assertFalse(first.get().tookOver(), "a new job has no previous holder");
        assertTrue(leases.acquire(job, "node-b", LEASE).isEmpty(), "B waits while A's lease runs");
        assertTrue(leases.renew(job, "node-a", LEASE));
        assertTrue(leases.acquire(job, "node-a", LEASE).isPresent(), "A keeps its own job");

        clock.advance(LEASE.plusSeconds(1));
        Optional<JobLeases.Grant> second = leases.acquire(job, "node-b", LEASE);

        assertTrue(second.isPresent(), "A fell silent: B takes over");
        assertEquals("node-b", leases.holders().get(job));
        assertEquals("node-a", second.get().previousHolder());
        assertFalse(leases.renew(job, "node-a", LEASE), "A learns it lost the job");
        assertTrue(leases.acquire(job, "node-a", LEASE).isEmpty());
    }

    @Test
    void aNodeThatStopsHandsItsJobOverAtOnce() {
        String job = "it-job-" + System.nanoTime();
        leases.acquire(job, "node-a", LEASE);

        leases.release(job, "node-a");

        assertFalse(leases.holders().containsKey(job));
        assertEquals(
                "node-a", leases.acquire(job, "node-b", LEASE).orElseThrow().previousHolder());
    }

    @Test
    void aLoginTokenIsRecognisedWithTheAccountsRolesUntilItIdlesOutOrIsRemoved() {
        String token = logins.generateLoginToken(new CallerPrincipal("admin"), Set.of("ADMIN"));

        CredentialValidationResult valid = logins.validate(new RememberMeCredential(token));
        assertEquals(CredentialValidationResult.Status.VALID, valid.getStatus());
        assertEquals("admin", valid.getCallerPrincipal().getName());
        assertTrue(valid.getCallerGroups().contains("ADMIN"));
        assertEquals(
                CredentialValidationResult.Status.INVALID,
                logins.validate(new RememberMeCredential(token + "x")).getStatus(),
                "a guessed token is refused");

        clock.advance(LoginTokenStore.IDLE.minusMinutes(1));
        assertEquals(
                CredentialValidationResult.Status.VALID,
                logins.validate(new RememberMeCredential(token)).getStatus(),
                "each use keeps it alive");
        clock.advance(LoginTokenStore.IDLE.plusMinutes(1));
        assertEquals(
                CredentialValidationResult.Status.INVALID,
                logins.validate(new RememberMeCredential(token)).getStatus(),
                "idle too long");

        String other = logins.generateLoginToken(new CallerPrincipal("admin"), Set.of("ADMIN"));
        logins.removeLoginToken(other);
        assertEquals(
                CredentialValidationResult.Status.INVALID,
                logins.validate(new RememberMeCredential(other)).getStatus(),
                "logged out");
        assertEquals(
                0,
                database.nativeCount("select count(*) from core_login_token where token_hash = '" + token + "'"),
                "only the token's digest is stored");
    }

    @Test
    void aModuleSwitchedByAnotherNodeChangesHereWithinASecond() {
        assertTrue(registry.isEnabled("statistics"));
        try {
            database.execute("update core_module_state set enabled = false where module_id = 'statistics'");
            clock.advance(Duration.ofSeconds(2));

            assertFalse(registry.isEnabled("statistics"), "read again from the database");
        } finally {
            database.execute("update core_module_state set enabled = true where module_id = 'statistics'");
            clock.advance(Duration.ofSeconds(2));
            assertTrue(registry.isEnabled("statistics"));
        }
    }
}
