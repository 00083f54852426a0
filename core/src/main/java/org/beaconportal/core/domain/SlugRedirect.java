package org.beaconportal.core.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/** An old slug of an item, so that its former URL keeps working (permanent redirect). */
@Entity
@Table(name = "core_slug_redirect")
@IdClass(SlugRedirect.Key.class)
@NamedQuery(
        name = "SlugRedirect.find",
        query =
                "select r from SlugRedirect r where r.contentType = :type and r.language = :language and r.oldSlug = :slug")
public class SlugRedirect implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Primary key: type, language and old slug. */
    public static class Key implements Serializable {

        private static final long serialVersionUID = 1L;
        String contentType;
        String language;
        String oldSlug;

        public Key() {}

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k
                    && Objects.equals(contentType, k.contentType)
                    && Objects.equals(language, k.language)
                    && Objects.equals(oldSlug, k.oldSlug);
        }

        @Override
        public int hashCode() {
            return Objects.hash(contentType, language, oldSlug);
        }
    }

    @Id
    @Column(name = "content_type", length = 40)
    private String contentType;

    @Id
    @Column(length = 2)
    private String language;

    @Id
    @Column(name = "old_slug", length = 120)
    private String oldSlug;

    @Column(name = "item_id", nullable = false)
    private Long itemId;

    protected SlugRedirect() {}

    public SlugRedirect(String contentType, String language, String oldSlug, long itemId) {
        this.contentType = Objects.requireNonNull(contentType);
        this.language = Objects.requireNonNull(language);
        this.oldSlug = Objects.requireNonNull(oldSlug);
        this.itemId = itemId;
    }

    public Long getItemId() {
        return itemId;
    }

    public void pointTo(long newItemId) {
        this.itemId = newItemId;
    }
}
