package org.beaconportal.compliance.domain;

import java.util.List;
import java.util.Optional;

/** Stored companies, their members and their one-time tokens. */
public interface CompanyRepository {

    Company save(Company company);

    Optional<Company> find(long id);

    List<Company> all();

    CompanyMember save(CompanyMember member);

    Optional<CompanyMember> memberByUsername(String username);

    List<CompanyMember> members(long companyId);

    void remove(CompanyMember member);

    CompanyToken save(CompanyToken token);

    Optional<CompanyToken> tokenByHash(String hash);

    /** Deletes the company, its members' portal accounts and every row that belongs to it. */
    void deleteWithAllData(long companyId);
}
