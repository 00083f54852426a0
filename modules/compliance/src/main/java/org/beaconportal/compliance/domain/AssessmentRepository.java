package org.beaconportal.compliance.domain;

import java.util.List;
import java.util.Optional;

/** Stored questionnaire versions, assessments and evidence files. */
public interface AssessmentRepository {

    Optional<QuestionnaireVersion> latestPublished();

    Optional<QuestionnaireVersion> draft();

    List<QuestionnaireVersion> versions();

    Optional<QuestionnaireVersion> version(long id);

    QuestionnaireVersion save(QuestionnaireVersion version);

    Optional<Question> question(long id);

    Assessment save(Assessment assessment);

    Optional<Assessment> find(long id);

    List<Assessment> byCompany(long companyId);

    List<Assessment> submitted();

    /** Assessments currently shared with staff (not revoked), most recently shared first. */
    List<Assessment> shared();

    EvidenceFile save(EvidenceFile file);

    Optional<EvidenceFile> evidence(String id);

    List<EvidenceFile> evidenceOf(long assessmentId);

    List<EvidenceFile> evidenceOfCompany(long companyId);

    void remove(EvidenceFile file);
}
