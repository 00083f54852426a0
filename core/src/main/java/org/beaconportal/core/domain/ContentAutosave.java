package org.beaconportal.core.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * An editor's unsaved work on one item (or on a new page), kept by the editor page every few
 * seconds. It is offered back when the editor opens the item again and removed when they save.
 */
@Entity
@Table(name = "core_content_autosave")
@NamedQuery(
        name = "ContentAutosave.find",
        query = "select a from ContentAutosave a where a.username = :username and a.itemKey = :key")
public class ContentAutosave implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Key of a page that has not been saved yet. */
    public static final String NEW_ITEM = "new";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "beaconSeq")
    @SequenceGenerator(name = "beaconSeq", sequenceName = "beacon_id_seq", allocationSize = 50)
    private Long id;

    @Column(nullable = false, length = 80)
    private String username;

    @Column(name = "item_key", nullable = false, length = 40)
    private String itemKey;

    @Column(length = 300)
    private String title;

    @Column(length = 120)
    private String slug;

    @Column(length = 1000)
    private String summary;

    @Column(name = "body")
    private String body;

    @Column(name = "saved_at", nullable = false)
    private OffsetDateTime savedAt;

    @Version
    private long version;

    protected ContentAutosave() {}

    public ContentAutosave(String username, String itemKey) {
        this.username = Objects.requireNonNull(username, "username");
        this.itemKey = Objects.requireNonNull(itemKey, "itemKey");
    }

    /** Keeps the current texts, cut to the column sizes (nothing here is validated: it is a safety net). */
    public void keep(String newTitle, String newSlug, String newSummary, String newBody, OffsetDateTime at) {
        this.title = cut(newTitle, 300);
        this.slug = cut(newSlug, 120);
        this.summary = cut(newSummary, 1000);
        this.body = newBody;
        this.savedAt = Objects.requireNonNull(at, "at");
    }

    private static String cut(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }

    public String getUsername() {
        return username;
    }

    public String getItemKey() {
        return itemKey;
    }

    public String getTitle() {
        return title;
    }

    public String getSlug() {
        return slug;
    }

    public String getSummary() {
        return summary;
    }

    public String getBody() {
        return body;
    }

    public OffsetDateTime getSavedAt() {
        return savedAt;
    }
}
