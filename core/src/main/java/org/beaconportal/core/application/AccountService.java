package org.beaconportal.core.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.beaconportal.core.domain.Account;
import org.beaconportal.core.domain.AccountRepository;
import org.beaconportal.core.infrastructure.LoginTokenStore;
import org.beaconportal.core.spi.PortalRole;

/**
 * Creating, changing and disabling accounts. Every change by staff is audited; the last enabled
 * administrator can be neither disabled nor demoted.
 */
@ApplicationScoped
public class AccountService {

    /** User name of the account created on a portal's first start. */
    public static final String INITIAL_ADMIN = "admin";

    private static final String PASSWORD_ALPHABET = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    @Inject
    LoginTokenStore loginTokens;

    @Inject
    AccountRepository accounts;

    @Inject
    PasswordHasher hasher;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    private final SecureRandom random = new SecureRandom();

    /**
     * Creates the first administrator when the portal has no account at all.
     *
     * @param configuredPassword the password from {@code BEACON_ADMIN_PASSWORD}, or empty to generate one
     * @return the generated password (to be shown once), or empty when none was generated or the
     *     account already existed
     */
    @Transactional
    public Optional<String> ensureInitialAdmin(Optional<String> configuredPassword) {
        if (accounts.count() > 0) {
            return Optional.empty();
        }
        String password = configuredPassword.filter(p -> !p.isBlank()).orElse(null);
        boolean generated = password == null;
        if (generated) {
            password = generatePassword(20);
        } else {
            PasswordPolicy.violation(password, INITIAL_ADMIN).ifPresent(key -> {
                throw new IllegalStateException("BEACON_ADMIN_PASSWORD does not meet the password policy (" + key
                        + "): at least " + PasswordPolicy.MIN_LENGTH + " characters");
            });
        }
        accounts.save(new Account(
                INITIAL_ADMIN, "Administrator", hasher.hash(password), EnumSet.of(PortalRole.ADMIN), now()));
        audit.record("account.create", "account", INITIAL_ADMIN, "initial administrator");
        return generated ? Optional.of(password) : Optional.empty();
    }

    @Transactional
    @StaffOnly(PortalRole.ADMIN)
    public Account create(String username, String displayName, String email, Set<PortalRole> roles, String password) {
        String normalized = Account.normalizeUsername(username);
        if (!Account.USERNAME.matcher(normalized).matches()) {
            throw new BusinessRuleException("account.username.invalid");
        }
        if (accounts.findByUsername(normalized).isPresent()) {
            throw new BusinessRuleException("account.username.taken", normalized);
        }
        PasswordPolicy.violation(password, normalized).ifPresent(key -> {
            throw new BusinessRuleException(key, PasswordPolicy.MIN_LENGTH);
        });
        Account account = new Account(normalized, displayName, hasher.hash(password), roles, now());
        account.changeEmail(email);
        accounts.save(account);
        audit.record("account.create", "account", normalized, "roles " + roles);
        return account;
    }

    @Transactional
    @StaffOnly(PortalRole.ADMIN)
    public void changeRoles(long accountId, Set<PortalRole> roles) {
        Account account = load(accountId);
        if (account.hasRole(PortalRole.ADMIN) && !roles.contains(PortalRole.ADMIN)) {
            requireAnotherAdmin(account);
        }
        account.assignRoles(roles);
        audit.record("account.roles", "account", account.getUsername(), "roles " + roles);
    }

    @Transactional
    @StaffOnly(PortalRole.ADMIN)
    public void disable(long accountId) {
        Account account = load(accountId);
        if (account.getUsername().equals(audit.currentActor())) {
            throw new BusinessRuleException("account.disable.self");
        }
        if (account.hasRole(PortalRole.ADMIN)) {
            requireAnotherAdmin(account);
        }
        account.disable();
        audit.record("account.disable", "account", account.getUsername(), null);
    }

    @Transactional
    @StaffOnly(PortalRole.ADMIN)
    public void enable(long accountId) {
        Account account = load(accountId);
        account.enable();
        audit.record("account.enable", "account", account.getUsername(), null);
    }

    /** Sets a new password chosen by an administrator for another user. */
    @Transactional
    @StaffOnly(PortalRole.ADMIN)
    public void resetPassword(long accountId, String newPassword) {
        Account account = load(accountId);
        PasswordPolicy.violation(newPassword, account.getUsername()).ifPresent(key -> {
            throw new BusinessRuleException(key, PasswordPolicy.MIN_LENGTH);
        });
        account.changePasswordHash(hasher.hash(newPassword));
        loginTokens.removeAll(account.getUsername());
        audit.record("account.password.reset", "account", account.getUsername(), null);
    }

    /** The logged-in user changes their own password; the current one must be given. */
    @Transactional
    public void changeOwnPassword(String username, String currentPassword, String newPassword) {
        Account account =
                accounts.findByUsername(username).orElseThrow(() -> new BusinessRuleException("account.unknown"));
        if (!hasher.verify(currentPassword, account.getPasswordHash())) {
            throw new BusinessRuleException("password.currentWrong");
        }
        PasswordPolicy.violation(newPassword, account.getUsername()).ifPresent(key -> {
            throw new BusinessRuleException(key, PasswordPolicy.MIN_LENGTH);
        });
        account.changePasswordHash(hasher.hash(newPassword));
        audit.record("account.password.change", "account", account.getUsername(), null);
    }

    @Transactional
    public void recordLogin(String username) {
        accounts.findByUsername(username).ifPresent(a -> a.recordLogin(now()));
    }

    @Transactional
    public Optional<Account> find(String username) {
        return accounts.findByUsername(username);
    }

    @Transactional
    @StaffOnly(PortalRole.ADMIN)
    public List<Account> list(int first, int max) {
        return accounts.findAll(first, max);
    }

    @Transactional
    public long count() {
        return accounts.count();
    }

    /** A random password from an alphabet without look-alike characters. */
    public String generatePassword(int length) {
        StringBuilder password = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            password.append(PASSWORD_ALPHABET.charAt(random.nextInt(PASSWORD_ALPHABET.length())));
        }
        return password.toString();
    }

    private void requireAnotherAdmin(Account account) {
        if (account.isEnabled() && accounts.countEnabledWithRole(PortalRole.ADMIN) <= 1) {
            throw new BusinessRuleException("account.lastAdmin");
        }
    }

    private Account load(long id) {
        return accounts.findById(id).orElseThrow(() -> new BusinessRuleException("account.unknown"));
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}
