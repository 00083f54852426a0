package org.beaconportal.core.domain;

import java.util.List;
import java.util.Optional;
import org.beaconportal.core.spi.PortalRole;

/** Stored accounts. */
public interface AccountRepository {

    Optional<Account> findByUsername(String username);

    Optional<Account> findById(long id);

    List<Account> findAll(int first, int max);

    long count();

    long countEnabledWithRole(PortalRole role);

    Account save(Account account);
}
