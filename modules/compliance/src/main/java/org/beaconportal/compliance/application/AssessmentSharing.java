package org.beaconportal.compliance.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.beaconportal.compliance.domain.Assessment;
import org.beaconportal.compliance.domain.AssessmentRepository;
import org.beaconportal.compliance.domain.Company;
import org.beaconportal.compliance.domain.CompanyMember;
import org.beaconportal.compliance.domain.CompanyRepository;
import org.beaconportal.core.application.AccessDeniedException;
import org.beaconportal.core.application.AuditTrail;
import org.beaconportal.core.application.BusinessRuleException;
import org.beaconportal.core.application.StaffOnly;

/**
 * Sharing of a company's submitted assessment with the coalition's staff. Only the company's owner
 * shares and revokes; staff read an assessment only while it is shared, checked on every call, so
 * an id in a URL never shows an assessment that was not shared or whose sharing was revoked.
 */
@ApplicationScoped
public class AssessmentSharing {

    /** One line of the staff list of shared assessments. */
    public record SharedSummary(long id, String companyName, OffsetDateTime sharedAt, Integer overallScore) {

        public long getId() {
            return id;
        }

        public String getCompanyName() {
            return companyName;
        }

        public OffsetDateTime getSharedAt() {
            return sharedAt;
        }

        public Integer getOverallScore() {
            return overallScore;
        }
    }

    /** A shared assessment as staff see it: read only, with the name of its company. */
    public record SharedAssessment(Assessment assessment, String companyName) {

        public Assessment getAssessment() {
            return assessment;
        }

        public String getCompanyName() {
            return companyName;
        }
    }

    @Inject
    AssessmentRepository assessments;

    @Inject
    CompanyRepository companies;

    @Inject
    CompanyAccess access;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /** The owner shares one of the company's submitted assessments with staff. */
    @Transactional
    public Assessment share(long assessmentId) {
        CompanyMember owner = access.owner();
        Assessment assessment = own(assessmentId);
        if (!assessment.isSubmitted()) {
            throw new BusinessRuleException("compliance.share.notSubmitted");
        }
        if (assessment.isShared()) {
            throw new BusinessRuleException("compliance.share.already");
        }
        assessment.share(owner.getUsername(), OffsetDateTime.now(clock));
        audit.record("compliance.assessment.share", "assessment", Long.toString(assessmentId), null);
        return AssessmentService.loaded(assessment);
    }

    /** The owner stops sharing: staff can no longer open the assessment. */
    @Transactional
    public Assessment revoke(long assessmentId) {
        CompanyMember owner = access.owner();
        Assessment assessment = own(assessmentId);
        if (!assessment.isShared()) {
            throw new BusinessRuleException("compliance.share.notShared");
        }
        assessment.revokeSharing(owner.getUsername(), OffsetDateTime.now(clock));
        audit.record("compliance.assessment.unshare", "assessment", Long.toString(assessmentId), null);
        return AssessmentService.loaded(assessment);
    }

    /** Assessments shared with staff now, most recently shared first. */
    @Transactional
    @StaffOnly
    public List<SharedSummary> shared() {
        return assessments.shared().stream()
                .map(a -> new SharedSummary(a.getId(), companyName(a), a.getSharedAt(), a.getOverallScore()))
                .toList();
    }

    /** One assessment for staff, only while it is shared; empty otherwise (unknown, never or no longer shared). */
    @Transactional
    @StaffOnly
    public Optional<SharedAssessment> sharedAssessment(long assessmentId) {
        return assessments
                .find(assessmentId)
                .filter(Assessment::isShared)
                .map(a -> new SharedAssessment(AssessmentService.loaded(a), companyName(a)));
    }

    private String companyName(Assessment assessment) {
        return companies.find(assessment.getCompanyId()).map(Company::getName).orElse("");
    }

    private Assessment own(long assessmentId) {
        Assessment assessment =
                assessments.find(assessmentId).orElseThrow(() -> new AccessDeniedException("No such assessment"));
        access.requireOwn(assessment.getCompanyId());
        return assessment;
    }
}
