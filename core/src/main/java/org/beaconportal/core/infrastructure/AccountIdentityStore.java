package org.beaconportal.core.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import jakarta.transaction.Transactional;
import java.util.Optional;
import java.util.stream.Collectors;
import org.beaconportal.core.application.PasswordHasher;
import org.beaconportal.core.domain.Account;
import org.beaconportal.core.domain.AccountRepository;

/** Validates user name and password against the accounts table; groups are the account's roles. */
@ApplicationScoped
public class AccountIdentityStore implements IdentityStore {

    @Inject
    AccountRepository accounts;

    @Inject
    PasswordHasher hasher;

    @Override
    @Transactional
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof UsernamePasswordCredential login)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        Optional<Account> account = accounts.findByUsername(login.getCaller());
        if (account.isEmpty()) {
            hasher.burnTime(login.getPasswordAsString());
            return CredentialValidationResult.INVALID_RESULT;
        }
        Account found = account.get();
        if (!found.isEnabled() || !hasher.verify(login.getPasswordAsString(), found.getPasswordHash())) {
            return CredentialValidationResult.INVALID_RESULT;
        }
        return new CredentialValidationResult(
                found.getUsername(), found.getRoles().stream().map(Enum::name).collect(Collectors.toSet()));
    }
}
