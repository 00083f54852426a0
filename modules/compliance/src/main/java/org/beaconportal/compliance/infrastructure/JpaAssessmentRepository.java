package org.beaconportal.compliance.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.beaconportal.compliance.domain.Assessment;
import org.beaconportal.compliance.domain.AssessmentRepository;
import org.beaconportal.compliance.domain.EvidenceFile;
import org.beaconportal.compliance.domain.Question;
import org.beaconportal.compliance.domain.QuestionnaireVersion;

/** Questionnaires, assessments and evidence metadata in JPA. */
@ApplicationScoped
public class JpaAssessmentRepository implements AssessmentRepository {

    @PersistenceContext(unitName = "beacon")
    EntityManager em;

    @Override
    public Optional<QuestionnaireVersion> latestPublished() {
        return em.createNamedQuery("QuestionnaireVersion.latestPublished", QuestionnaireVersion.class)
                .setMaxResults(1)
                .getResultStream()
                .findFirst();
    }

    @Override
    public Optional<QuestionnaireVersion> draft() {
        return em.createNamedQuery("QuestionnaireVersion.draft", QuestionnaireVersion.class)
                .getResultStream()
                .findFirst();
    }

    @Override
    public List<QuestionnaireVersion> versions() {
        return em.createNamedQuery("QuestionnaireVersion.all", QuestionnaireVersion.class)
                .getResultList();
    }

    @Override
    public Optional<QuestionnaireVersion> version(long id) {
        return Optional.ofNullable(em.find(QuestionnaireVersion.class, id));
    }

    @Override
    public QuestionnaireVersion save(QuestionnaireVersion version) {
        em.persist(version);
        return version;
    }

    @Override
    public Optional<Question> question(long id) {
        return Optional.ofNullable(em.find(Question.class, id));
    }

    @Override
    public Assessment save(Assessment assessment) {
        em.persist(assessment);
        return assessment;
    }

    @Override
    public Optional<Assessment> find(long id) {
        return Optional.ofNullable(em.find(Assessment.class, id));
    }

    @Override
    public List<Assessment> byCompany(long companyId) {
        return em.createNamedQuery("Assessment.byCompany", Assessment.class)
                .setParameter("company", companyId)
                .getResultList();
    }

    @Override
    public List<Assessment> submitted() {
        return em.createNamedQuery("Assessment.submitted", Assessment.class).getResultList();
    }

    @Override
    public List<Assessment> shared() {
        return em.createNamedQuery("Assessment.shared", Assessment.class).getResultList();
    }

    @Override
    public EvidenceFile save(EvidenceFile file) {
        em.persist(file);
        return file;
    }

    @Override
    public Optional<EvidenceFile> evidence(String id) {
        return Optional.ofNullable(em.find(EvidenceFile.class, id));
    }

    @Override
    public List<EvidenceFile> evidenceOf(long assessmentId) {
        return em.createNamedQuery("EvidenceFile.byAssessment", EvidenceFile.class)
                .setParameter("assessment", assessmentId)
                .getResultList();
    }

    @Override
    public List<EvidenceFile> evidenceOfCompany(long companyId) {
        return em.createNamedQuery("EvidenceFile.byCompany", EvidenceFile.class)
                .setParameter("company", companyId)
                .getResultList();
    }

    @Override
    public void remove(EvidenceFile file) {
        em.remove(file);
    }
}
