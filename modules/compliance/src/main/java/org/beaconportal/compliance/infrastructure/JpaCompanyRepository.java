package org.beaconportal.compliance.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.beaconportal.compliance.domain.Company;
import org.beaconportal.compliance.domain.CompanyMember;
import org.beaconportal.compliance.domain.CompanyRepository;
import org.beaconportal.compliance.domain.CompanyToken;

/** Companies, members and tokens in JPA. */
@ApplicationScoped
public class JpaCompanyRepository implements CompanyRepository {

    @PersistenceContext(unitName = "beacon")
    EntityManager em;

    @Override
    public Company save(Company company) {
        em.persist(company);
        return company;
    }

    @Override
    public Optional<Company> find(long id) {
        return Optional.ofNullable(em.find(Company.class, id));
    }

    @Override
    public List<Company> all() {
        return em.createQuery("select c from Company c order by c.id", Company.class)
                .getResultList();
    }

    @Override
    public CompanyMember save(CompanyMember member) {
        em.persist(member);
        return member;
    }

    @Override
    public Optional<CompanyMember> memberByUsername(String username) {
        return em.createNamedQuery("CompanyMember.byUsername", CompanyMember.class)
                .setParameter("username", username)
                .getResultStream()
                .findFirst();
    }

    @Override
    public List<CompanyMember> members(long companyId) {
        return em.createNamedQuery("CompanyMember.byCompany", CompanyMember.class)
                .setParameter("company", companyId)
                .getResultList();
    }

    @Override
    public void remove(CompanyMember member) {
        em.remove(member);
    }

    @Override
    public CompanyToken save(CompanyToken token) {
        em.persist(token);
        return token;
    }

    @Override
    public Optional<CompanyToken> tokenByHash(String hash) {
        return em.createNamedQuery("CompanyToken.byHash", CompanyToken.class)
                .setParameter("hash", hash)
                .getResultStream()
                .findFirst();
    }

    @Override
    public void deleteWithAllData(long companyId) {
        em.flush();
        String[] statements = {
            "delete from compliance_evidence where company_id = ?1",
            "delete from compliance_answer where assessment_id in (select id from compliance_assessment where company_id = ?1)",
            "delete from compliance_step_score where assessment_id in (select id from compliance_assessment where company_id = ?1)",
            "delete from compliance_assessment where company_id = ?1",
            "delete from compliance_sourcing_line where company_id = ?1",
            "delete from compliance_action where company_id = ?1",
            "delete from compliance_token where company_id = ?1",
            "delete from core_account_role where account_id in (select a.id from core_account a"
                    + " join compliance_member m on m.username = a.username where m.company_id = ?1)",
            "delete from core_account where username in (select username from compliance_member where company_id = ?1)",
            "delete from compliance_member where company_id = ?1",
            "delete from compliance_company where id = ?1"
        };
        for (String sql : statements) {
            em.createNativeQuery(sql).setParameter(1, companyId).executeUpdate();
        }
        em.getEntityManagerFactory().getCache().evictAll();
        em.clear();
    }
}
