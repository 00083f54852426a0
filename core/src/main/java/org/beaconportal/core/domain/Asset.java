package org.beaconportal.core.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A file staff uploaded (image, PDF, text or CSV): its metadata lives here, its bytes in the blob
 * store under {@link #getSha256()}. An asset never changes its bytes; new content is a new asset
 * with a new id, which is why its URL {@code /files/{id}/{name}} may be cached forever.
 *
 * <pre>{@code
 * Asset asset = new Asset(sha256, "report-2024.pdf", "application/pdf", 48_213, null, null, "editor", now);
 * asset.addVariant(new AssetVariant("thumb", thumbSha, "image/png", 320, 180, 9_120));
 * String link = asset.markdown(); // [report-2024.pdf](/files/1000/report-2024.pdf)
 * }</pre>
 */
@Entity
@Table(name = "core_asset")
@NamedQuery(name = "Asset.newestFirst", query = "select a from Asset a order by a.createdAt desc, a.id desc")
@NamedQuery(name = "Asset.count", query = "select count(a) from Asset a")
public class Asset implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Longest stored file name. */
    public static final int MAX_FILENAME = 120;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "beaconSeq")
    @SequenceGenerator(name = "beaconSeq", sequenceName = "beacon_id_seq", allocationSize = 50)
    private Long id;

    @Column(nullable = false, length = 64)
    private String sha256;

    @Column(nullable = false, length = MAX_FILENAME)
    private String filename;

    @Column(name = "content_type", nullable = false, length = 100)
    private String contentType;

    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;

    private Integer width;

    private Integer height;

    @Column(name = "alt_text", length = 500)
    private String altText;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Column(name = "created_by", nullable = false, length = 80)
    private String createdBy;

    @Version
    private long version;

    @OneToMany(mappedBy = "asset", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("width")
    private List<AssetVariant> variants = new ArrayList<>();

    protected Asset() {}

    public Asset(
            String sha256,
            String filename,
            String contentType,
            long sizeBytes,
            Integer width,
            Integer height,
            String createdBy,
            OffsetDateTime createdAt) {
        if (sha256 == null || !sha256.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("sha256 must be 64 lower-case hex digits");
        }
        if (filename == null || filename.isBlank() || filename.length() > MAX_FILENAME) {
            throw new IllegalArgumentException("filename must have 1 to " + MAX_FILENAME + " characters");
        }
        if (sizeBytes < 0) {
            throw new IllegalArgumentException("size must not be negative");
        }
        this.sha256 = sha256;
        this.filename = filename;
        this.contentType = Objects.requireNonNull(contentType, "contentType");
        this.sizeBytes = sizeBytes;
        this.width = width;
        this.height = height;
        this.createdBy = Objects.requireNonNull(createdBy, "createdBy");
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        this.altText = defaultAltText(filename);
    }

    /** The file name without extension, hyphens and underscores as spaces: a starting alt text. */
    static String defaultAltText(String filename) {
        int dot = filename.lastIndexOf('.');
        String base = dot > 0 ? filename.substring(0, dot) : filename;
        return base.replace('-', ' ').replace('_', ' ').strip();
    }

    public void addVariant(AssetVariant variant) {
        variant.attachTo(this);
        variants.add(variant);
    }

    /** Sets the text read out instead of the image; blank falls back to the file name. */
    public void describe(String alt) {
        String value = alt == null ? "" : alt.strip();
        if (value.length() > 500) {
            throw new IllegalArgumentException("Alt text is longer than 500 characters");
        }
        this.altText = value.isEmpty() ? defaultAltText(filename) : value;
    }

    public boolean isImage() {
        return contentType.startsWith("image/");
    }

    /** Shown in the browser (images, PDF) rather than downloaded. */
    public boolean isInline() {
        return isImage() || contentType.equals("application/pdf");
    }

    public Optional<AssetVariant> variant(String name) {
        return variants.stream().filter(v -> v.getName().equals(name)).findFirst();
    }

    /** The public path of the file ({@code /files/12/report.pdf}). */
    public String path() {
        return "/files/" + id + "/" + filename;
    }

    /** The public path of a variant ({@code /files/12/thumb/photo.png}). */
    public String path(AssetVariant variant) {
        return "/files/" + id + "/" + variant.getName() + "/" + filename;
    }

    /** What to paste into a Markdown body: an image for images, a link otherwise. */
    public String markdown() {
        if (isImage()) {
            return "![" + escapeMarkdown(altText) + "](" + path() + ")";
        }
        return "[" + escapeMarkdown(filename) + "](" + path() + ")";
    }

    private static String escapeMarkdown(String text) {
        return text.replaceAll("([\\\\\\[\\]])", "\\\\$1").replaceAll("[\\r\\n]+", " ");
    }

    public Long getId() {
        return id;
    }

    public String getSha256() {
        return sha256;
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

    public Integer getWidth() {
        return width;
    }

    public Integer getHeight() {
        return height;
    }

    public String getAltText() {
        return altText;
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public long getVersion() {
        return version;
    }

    public List<AssetVariant> getVariants() {
        return Collections.unmodifiableList(variants);
    }
}
