package org.beaconportal.it.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.transaction.TransactionalException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.beaconportal.core.application.AccessDeniedException;
import org.beaconportal.core.application.AccountService;
import org.beaconportal.core.application.AuditTrail;
import org.beaconportal.core.application.PasswordHasher;
import org.beaconportal.core.domain.Account;
import org.beaconportal.core.domain.AccountRepository;
import org.beaconportal.core.infrastructure.AccountIdentityStore;
import org.beaconportal.core.spi.PortalRole;
import org.beaconportal.it.support.PortalDeployment;
import org.beaconportal.it.support.TestDatabase;
import org.beaconportal.it.support.TestSettings;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Accounts in the database: the first administrator, password hashing, the identity store, transactions. */
@ExtendWith(ArquillianExtension.class)
class AccountsIT {

    @Deployment
    static WebArchive deployment() {
        return PortalDeployment.portal();
    }

    @Inject
    AccountService accounts;

    @Inject
    AccountRepository repository;

    @Inject
    AccountIdentityStore identityStore;

    @Inject
    PasswordHasher hasher;

    @Inject
    AuditTrail audit;

    @Inject
    TestDatabase database;

    @Inject
    Clock clock;

    @Inject
    jakarta.transaction.UserTransaction tx;

    @Test
    void theFirstAdministratorWasCreatedWithTheConfiguredPasswordAndAPbkdf2Hash() {
        Account admin = accounts.find(AccountService.INITIAL_ADMIN).orElseThrow();

        assertTrue(admin.hasRole(PortalRole.ADMIN));
        assertTrue(admin.isEnabled());
        assertTrue(admin.getPasswordHash().startsWith("PBKDF2WithHmacSHA256:"), "stored as a PBKDF2 hash");
        assertTrue(hasher.verify(TestSettings.ADMIN_PASSWORD, admin.getPasswordHash()));
    }

    @Test
    void noSecondInitialAdministratorOnceAccountsExist() {
        long before = accounts.count();

        Optional<String> generated = accounts.ensureInitialAdmin(Optional.empty());

        assertTrue(generated.isEmpty());
        assertEquals(before, accounts.count());
    }

    @Test
    void identityStoreAcceptsTheRightPasswordWithRolesAsGroups() {
        createAccount("store-editor", "store passphrase 1", PortalRole.EDITOR, true);

        CredentialValidationResult result =
                identityStore.validate(new UsernamePasswordCredential("Store-Editor", "store passphrase 1"));

        assertEquals(CredentialValidationResult.Status.VALID, result.getStatus());
        assertEquals("store-editor", result.getCallerPrincipal().getName());
        assertEquals(Set.of("EDITOR"), result.getCallerGroups());
    }

    @Test
    void identityStoreRefusesWrongPasswordsUnknownUsersAndDisabledAccounts() {
        createAccount("store-disabled", "disabled passphrase 1", PortalRole.EDITOR, false);
        createAccount("store-right", "right passphrase 1", PortalRole.EDITOR, true);

        assertEquals(
                CredentialValidationResult.Status.INVALID,
                identityStore
                        .validate(new UsernamePasswordCredential("store-right", "wrong passphrase 1"))
                        .getStatus());
        assertEquals(
                CredentialValidationResult.Status.INVALID,
                identityStore
                        .validate(new UsernamePasswordCredential("nobody-here", "any passphrase 1"))
                        .getStatus());
        assertEquals(
                CredentialValidationResult.Status.INVALID,
                identityStore
                        .validate(new UsernamePasswordCredential("store-disabled", "disabled passphrase 1"))
                        .getStatus());
    }

    @Test
    void accountManagementIsRefusedWithoutTheAdministratorRole() {
        long before = accounts.count();

        assertThrows(
                AccessDeniedException.class,
                () -> accounts.create("sneaky", "Sneaky", null, EnumSet.of(PortalRole.ADMIN), "sneaky passphrase 1"));

        assertEquals(before, accounts.count());
        assertTrue(accounts.find("sneaky").isEmpty());
    }

    @Test
    void anAuditEventIsNeverWrittenOutsideATransaction() {
        assertThrows(TransactionalException.class, () -> audit.record("test.action", "test", "x", null));
    }

    @Test
    void aRolledBackTransactionLeavesNoAccountAndNoAuditEvent() throws Exception {
        long auditBefore = database.count(
                "select count(e) from AuditEvent e where e.targetId = 'rolled-back'", java.util.Map.of());

        tx.begin();
        repository.save(new Account(
                "rolled-back",
                "Rolled back",
                hasher.hash("rolled back passphrase"),
                EnumSet.of(PortalRole.EDITOR),
                OffsetDateTime.now(clock)));
        audit.record("account.create", "account", "rolled-back", null);
        tx.rollback();

        assertTrue(accounts.find("rolled-back").isEmpty());
        assertEquals(
                auditBefore,
                database.count(
                        "select count(e) from AuditEvent e where e.targetId = 'rolled-back'", java.util.Map.of()));
    }

    private void createAccount(String username, String password, PortalRole role, boolean enabled) {
        try {
            tx.begin();
            if (repository.findByUsername(username).isEmpty()) {
                Account account = new Account(
                        username, username, hasher.hash(password), EnumSet.of(role), OffsetDateTime.now(clock));
                if (!enabled) {
                    account.disable();
                }
                repository.save(account);
            }
            tx.commit();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
