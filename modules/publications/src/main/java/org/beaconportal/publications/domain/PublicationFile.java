package org.beaconportal.publications.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * A file attached to a {@link Publication}: the main PDF, a section PDF (with its own title and
 * page range) or the cover image. The bytes are a core {@code Asset}; this row adds what the
 * library needs: role, order, page count, extracted text, thumbnail and the extraction status.
 *
 * <pre>{@code
 * PublicationFile part = PublicationFile.section(reportId, asset.getId(), "report-part-1.pdf", 120_000,
 *         "Part 1: What we found", 1, 14, 1, now);
 * part.extracted("Text of the section", 14, thumbnailAssetId, "report-part-1.png", now);
 * }</pre>
 */
@Entity
@Table(name = "publications_file")
@NamedQuery(
        name = "PublicationFile.ofPublication",
        query =
                "select f from PublicationFile f where f.publicationId = :publication order by f.role, f.position, f.id")
@NamedQuery(
        name = "PublicationFile.ofPublications",
        query =
                "select f from PublicationFile f where f.publicationId in :publications order by f.role, f.position, f.id")
public class PublicationFile implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Longest failure reason kept. */
    public static final int MAX_REASON = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "beaconSeq")
    @SequenceGenerator(name = "beaconSeq", sequenceName = "beacon_id_seq", allocationSize = 50)
    private Long id;

    @Column(name = "publication_id", nullable = false)
    private long publicationId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private FileRole role;

    @Column(name = "asset_id", nullable = false)
    private long assetId;

    @Column(nullable = false, length = 120)
    private String filename;

    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;

    @Column(length = 300)
    private String title;

    @Column(name = "first_page")
    private Integer firstPage;

    @Column(name = "last_page")
    private Integer lastPage;

    @Column(name = "sort_order", nullable = false)
    private int position;

    @Column(name = "page_count")
    private Integer pageCount;

    @Enumerated(EnumType.STRING)
    @Column(name = "text_status", nullable = false, length = 20)
    private TextStatus textStatus;

    @Column(name = "text_failure", length = MAX_REASON)
    private String textFailure;

    @Column(name = "extracted_text")
    private String extractedText;

    @Column(name = "thumbnail_asset_id")
    private Long thumbnailAssetId;

    @Column(name = "thumbnail_name", length = 120)
    private String thumbnailName;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Column(name = "processed_at")
    private OffsetDateTime processedAt;

    protected PublicationFile() {}

    private PublicationFile(
            long publicationId,
            FileRole role,
            long assetId,
            String filename,
            long sizeBytes,
            String title,
            Integer firstPage,
            Integer lastPage,
            int position,
            OffsetDateTime now) {
        this.publicationId = publicationId;
        this.role = Objects.requireNonNull(role, "role");
        this.assetId = assetId;
        this.filename = Objects.requireNonNull(filename, "filename");
        this.sizeBytes = sizeBytes;
        this.position = position;
        this.createdAt = Objects.requireNonNull(now, "now");
        this.textStatus = role.isPdf() ? TextStatus.PENDING : TextStatus.NOT_APPLICABLE;
        if (role == FileRole.SECTION) {
            if (title == null || title.isBlank()) {
                throw new IllegalArgumentException("A section needs a title");
            }
            if (title.strip().length() > 300) {
                throw new IllegalArgumentException("Section title is longer than 300 characters");
            }
            checkPages(firstPage, lastPage);
            this.title = title.strip();
            this.firstPage = firstPage;
            this.lastPage = lastPage;
        }
    }

    /** The whole publication. */
    public static PublicationFile main(
            long publicationId, long assetId, String filename, long sizeBytes, OffsetDateTime now) {
        return new PublicationFile(
                publicationId, FileRole.MAIN, assetId, filename, sizeBytes, null, null, null, 0, now);
    }

    /**
     * A section; pages are those of the whole publication it covers (both null when unknown).
     *
     * @throws IllegalArgumentException without a title, or for a page range that is not {@code 1 <=
     *     first <= last}
     */
    public static PublicationFile section(
            long publicationId,
            long assetId,
            String filename,
            long sizeBytes,
            String title,
            Integer firstPage,
            Integer lastPage,
            int position,
            OffsetDateTime now) {
        return new PublicationFile(
                publicationId,
                FileRole.SECTION,
                assetId,
                filename,
                sizeBytes,
                title,
                firstPage,
                lastPage,
                position,
                now);
    }

    /** The cover image. */
    public static PublicationFile cover(
            long publicationId, long assetId, String filename, long sizeBytes, OffsetDateTime now) {
        return new PublicationFile(
                publicationId, FileRole.COVER, assetId, filename, sizeBytes, null, null, null, 0, now);
    }

    static void checkPages(Integer first, Integer last) {
        if (first == null && last == null) {
            return;
        }
        if (first == null || last == null || first < 1 || last < first || last > 100_000) {
            throw new IllegalArgumentException("Page range must run from a first page of at least 1 to a later page");
        }
    }

    /** Records a successful extraction. */
    public void extracted(String text, int pages, Long thumbnailAsset, String thumbnail, OffsetDateTime now) {
        if (!role.isPdf()) {
            throw new IllegalStateException("Only PDFs have text");
        }
        this.extractedText = text == null || text.isBlank() ? null : text;
        this.pageCount = pages;
        this.thumbnailAssetId = thumbnailAsset;
        this.thumbnailName = thumbnail;
        this.textStatus = TextStatus.EXTRACTED;
        this.textFailure = null;
        this.processedAt = now;
    }

    /** Records a failed extraction with a reason for staff. */
    public void failed(String reason, OffsetDateTime now) {
        String text = reason == null || reason.isBlank() ? "Unknown error" : reason.strip();
        this.textFailure = text.length() > MAX_REASON ? text.substring(0, MAX_REASON) : text;
        this.textStatus = TextStatus.FAILED;
        this.processedAt = now;
    }

    /** Queues the file for another extraction. */
    public void retry() {
        if (role.isPdf()) {
            this.textStatus = TextStatus.PENDING;
            this.textFailure = null;
        }
    }

    /** Path of the counted download ({@code /publications/download/12/report.pdf}). */
    public String getDownloadPath() {
        return "/publications/download/" + id + "/" + filename;
    }

    /** Path of the first-page thumbnail, or null when there is none. */
    public String getThumbnailPath() {
        return thumbnailAssetId == null ? null : "/files/" + thumbnailAssetId + "/" + thumbnailName;
    }

    /** Path of the file itself in core's file servlet (not counted). */
    public String getFilePath() {
        return "/files/" + assetId + "/" + filename;
    }

    /** "pp. 3–14" style label or null. */
    public String getPageRange() {
        if (firstPage == null) {
            return null;
        }
        return firstPage.equals(lastPage) ? String.valueOf(firstPage) : firstPage + "–" + lastPage;
    }

    public Long getId() {
        return id;
    }

    public long getPublicationId() {
        return publicationId;
    }

    public FileRole getRole() {
        return role;
    }

    public long getAssetId() {
        return assetId;
    }

    public String getFilename() {
        return filename;
    }

    public long getSizeBytes() {
        return sizeBytes;
    }

    public String getTitle() {
        return title;
    }

    public Integer getFirstPage() {
        return firstPage;
    }

    public Integer getLastPage() {
        return lastPage;
    }

    public int getPosition() {
        return position;
    }

    public Integer getPageCount() {
        return pageCount;
    }

    public TextStatus getTextStatus() {
        return textStatus;
    }

    public String getTextFailure() {
        return textFailure;
    }

    public String getExtractedText() {
        return extractedText;
    }

    public Long getThumbnailAssetId() {
        return thumbnailAssetId;
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }

    public OffsetDateTime getProcessedAt() {
        return processedAt;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PublicationFile that && id != null && id.equals(that.id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }
}
