package org.beaconportal.compliance.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.UUID;

/**
 * A file a company attached as evidence to an answer. Its id is random (not derived from the
 * content), its bytes are stored per company and served only to members of that company.
 */
@Entity
@Table(name = "compliance_evidence")
@NamedQuery(
        name = "EvidenceFile.byAssessment",
        query = "select e from EvidenceFile e where e.assessmentId = :assessment order by e.uploadedAt")
@NamedQuery(name = "EvidenceFile.byCompany", query = "select e from EvidenceFile e where e.companyId = :company")
public class EvidenceFile implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @Column(length = 36)
    private String id;

    @Column(name = "company_id", nullable = false)
    private Long companyId;

    @Column(name = "assessment_id", nullable = false)
    private Long assessmentId;

    @Column(name = "question_id", nullable = false)
    private Long questionId;

    @Column(nullable = false, length = 255)
    private String filename;

    @Column(name = "content_type", nullable = false, length = 120)
    private String contentType;

    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;

    @Column(name = "uploaded_at", nullable = false)
    private OffsetDateTime uploadedAt;

    @Column(name = "uploaded_by", nullable = false, length = 80)
    private String uploadedBy;

    protected EvidenceFile() {}

    public EvidenceFile(
            Long companyId,
            Long assessmentId,
            Long questionId,
            String filename,
            String contentType,
            long sizeBytes,
            OffsetDateTime uploadedAt,
            String uploadedBy) {
        this.id = UUID.randomUUID().toString();
        this.companyId = Objects.requireNonNull(companyId, "companyId");
        this.assessmentId = Objects.requireNonNull(assessmentId, "assessmentId");
        this.questionId = Objects.requireNonNull(questionId, "questionId");
        this.filename = safeName(filename);
        this.contentType = Texts.required(contentType, 120, "contentType");
        if (sizeBytes < 0) {
            throw new IllegalArgumentException("Negative size");
        }
        this.sizeBytes = sizeBytes;
        this.uploadedAt = Objects.requireNonNull(uploadedAt, "uploadedAt");
        this.uploadedBy = Texts.required(uploadedBy, 80, "uploadedBy");
    }

    /** Records the size measured while storing the bytes. */
    public void measured(long size) {
        if (size < 0) {
            throw new IllegalArgumentException("Negative size");
        }
        this.sizeBytes = size;
    }

    /** The file name without any folder part or control characters, at most 255 characters. */
    static String safeName(String name) {
        String base = name == null ? "" : name.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1)
                .replaceAll("[\\p{Cntrl}\"]", "")
                .trim();
        if (base.isEmpty()) {
            base = "evidence";
        }
        return base.length() > 255 ? base.substring(base.length() - 255) : base;
    }

    public String getId() {
        return id;
    }

    public Long getCompanyId() {
        return companyId;
    }

    public Long getAssessmentId() {
        return assessmentId;
    }

    public Long getQuestionId() {
        return questionId;
    }

    public String getFilename() {
        return filename;
    }

    public String getContentType() {
        return contentType;
    }

    public long getSizeBytes() {
        return sizeBytes;
    }

    public OffsetDateTime getUploadedAt() {
        return uploadedAt;
    }

    public String getUploadedBy() {
        return uploadedBy;
    }
}
