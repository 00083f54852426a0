package org.beaconportal.core.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/**
 * A smaller rendition of an image {@link Asset} ({@code thumb} 320 px wide, {@code medium} 960 px),
 * stored in the blob store like the original and served at {@code /files/{id}/{name}/{file}}.
 *
 * <pre>{@code
 * asset.addVariant(new AssetVariant("thumb", sha256, "image/jpeg", 320, 213, 18_400));
 * }</pre>
 */
@Entity
@Table(name = "core_asset_variant")
public class AssetVariant implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "beaconSeq")
    @SequenceGenerator(name = "beaconSeq", sequenceName = "beacon_id_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "asset_id", nullable = false)
    private Asset asset;

    @Column(nullable = false, length = 20)
    private String name;

    @Column(nullable = false, length = 64)
    private String sha256;

    @Column(name = "content_type", nullable = false, length = 100)
    private String contentType;

    @Column(nullable = false)
    private int width;

    @Column(nullable = false)
    private int height;

    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;

    protected AssetVariant() {}

    public AssetVariant(String name, String sha256, String contentType, int width, int height, long sizeBytes) {
        if (name == null || !name.matches("[a-z]{1,20}")) {
            throw new IllegalArgumentException("Variant names are 1 to 20 lower-case letters");
        }
        this.name = name;
        this.sha256 = Objects.requireNonNull(sha256, "sha256");
        this.contentType = Objects.requireNonNull(contentType, "contentType");
        this.width = width;
        this.height = height;
        this.sizeBytes = sizeBytes;
    }

    void attachTo(Asset owner) {
        this.asset = owner;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getSha256() {
        return sha256;
    }

    public String getContentType() {
        return contentType;
    }

    public int getWidth() {
        return width;
    }

    public int getHeight() {
        return height;
    }

    public long getSizeBytes() {
        return sizeBytes;
    }
}
