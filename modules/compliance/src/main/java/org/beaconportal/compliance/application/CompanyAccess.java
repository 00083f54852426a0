package org.beaconportal.compliance.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import org.beaconportal.compliance.domain.CompanyMember;
import org.beaconportal.compliance.domain.CompanyRepository;
import org.beaconportal.core.application.AccessDeniedException;

/**
 * Who the caller is in the compliance area: the company member behind the logged-in account. Every
 * service that touches company data asks here first and compares the company of what it loaded
 * with the caller's, so an id taken from a URL or form never reaches another company's data.
 */
@ApplicationScoped
public class CompanyAccess {

    @Inject
    SecurityContext security;

    @Inject
    CompanyRepository companies;

    /** The caller's membership; refused when the caller is not a member of any company. */
    public CompanyMember member() {
        Principal principal = security.getCallerPrincipal();
        if (principal == null || !security.isCallerInRole("COMPANY")) {
            throw new AccessDeniedException("Company members only");
        }
        return companies
                .memberByUsername(principal.getName())
                .orElseThrow(() -> new AccessDeniedException("Not a member of a company"));
    }

    public long companyId() {
        return member().getCompanyId();
    }

    /** The caller's membership, refused unless the caller owns the company. */
    public CompanyMember owner() {
        CompanyMember member = member();
        if (!member.isOwner()) {
            throw new AccessDeniedException("Company owners only");
        }
        return member;
    }

    /** Refuses when a loaded item belongs to another company than the caller's. */
    public void requireOwn(Long itemCompanyId) {
        if (itemCompanyId == null || itemCompanyId != companyId()) {
            throw new AccessDeniedException("Another company's data");
        }
    }
}
