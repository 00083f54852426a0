package org.beaconportal.core.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.CallerPrincipal;
import jakarta.security.enterprise.credential.RememberMeCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.RememberMeIdentityStore;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.beaconportal.core.domain.Account;
import org.beaconportal.core.domain.AccountRepository;

/**
 * Keeps a login valid on every node of a cluster and across a node's restart: at login the browser
 * gets a random token in a cookie (a browser-session cookie, HttpOnly); the database keeps only its
 * SHA-256 with the account's user name. A node that does not know the caller (the login happened on
 * another node, or before a restart) checks the token here and logs the caller in again with the
 * account's current roles. A token expires after {@link #IDLE} without use, or {@link #LONGEST} after
 * the login, and at once on logout or when the account is disabled.
 */
@ApplicationScoped
public class LoginTokenStore implements RememberMeIdentityStore {

    /** Unused for this long, a token is no longer accepted (as long as an idle HTTP session lives). */
    public static final Duration IDLE = Duration.ofMinutes(30);

    /** A token is never accepted longer than this after the login. */
    public static final Duration LONGEST = Duration.ofHours(12);

    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext(unitName = "beacon")
    EntityManager em;

    @Inject
    AccountRepository accounts;

    @Inject
    Clock clock;

    @Override
    @Transactional
    public CredentialValidationResult validate(RememberMeCredential credential) {
        String hash = hash(credential.getToken());
        List<?> rows = em.createNativeQuery(
                        "select username, created_at, last_used_at from core_login_token where token_hash = ?1")
                .setParameter(1, hash)
                .getResultList();
        if (rows.isEmpty()) {
            return CredentialValidationResult.INVALID_RESULT;
        }
        Object[] row = (Object[]) rows.get(0);
        OffsetDateTime now = OffsetDateTime.now(clock);
        Optional<Account> account = accounts.findByUsername((String) row[0]).filter(Account::isEnabled);
        if (account.isEmpty()
                || DatabaseTimes.toOffsetDateTime(row[2]).plus(IDLE).isBefore(now)
                || DatabaseTimes.toOffsetDateTime(row[1]).plus(LONGEST).isBefore(now)) {
            delete(hash);
            return CredentialValidationResult.INVALID_RESULT;
        }
        em.createNativeQuery("update core_login_token set last_used_at = ?1 where token_hash = ?2")
                .setParameter(1, now)
                .setParameter(2, hash)
                .executeUpdate();
        return new CredentialValidationResult(
                account.get().getUsername(),
                account.get().getRoles().stream().map(Enum::name).collect(Collectors.toSet()));
    }

    @Override
    @Transactional
    public String generateLoginToken(CallerPrincipal callerPrincipal, Set<String> groups) {
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        OffsetDateTime now = OffsetDateTime.now(clock);
        em.createNativeQuery("delete from core_login_token where last_used_at < ?1")
                .setParameter(1, now.minus(IDLE))
                .executeUpdate();
        em.createNativeQuery("insert into core_login_token (token_hash, username, created_at, last_used_at)"
                        + " values (?1, ?2, ?3, ?3)")
                .setParameter(1, hash(token))
                .setParameter(2, callerPrincipal.getName())
                .setParameter(3, now)
                .executeUpdate();
        return token;
    }

    @Override
    @Transactional
    public void removeLoginToken(String token) {
        delete(hash(token));
    }

    /** Ends every login of an account (password changed, account disabled or deleted). */
    @Transactional
    public void removeAll(String username) {
        em.createNativeQuery("delete from core_login_token where username = ?1")
                .setParameter(1, username)
                .executeUpdate();
    }

    private void delete(String hash) {
        em.createNativeQuery("delete from core_login_token where token_hash = ?1")
                .setParameter(1, hash)
                .executeUpdate();
    }

    static String hash(String token) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
