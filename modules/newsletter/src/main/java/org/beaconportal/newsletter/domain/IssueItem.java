package org.beaconportal.newsletter.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.util.Objects;

/** One story, event or publication picked for an issue, copied so the archive never changes. */
@Embeddable
public class IssueItem implements Serializable {

    private static final long serialVersionUID = 1L;

    @Column(nullable = false, length = 2)
    private String language;

    @Column(name = "item_type", nullable = false, length = 40)
    private String type;

    @Column(nullable = false, length = 300)
    private String title;

    @Column(length = 1000)
    private String summary;

    @Column(nullable = false, length = 500)
    private String path;

    protected IssueItem() {}

    public IssueItem(String language, String type, String title, String summary, String path) {
        this.language = Objects.requireNonNull(language, "language");
        this.type = Objects.requireNonNull(type, "type");
        this.title = Objects.requireNonNull(title, "title");
        this.summary = summary;
        this.path = Objects.requireNonNull(path, "path");
        if (!path.startsWith("/")) {
            throw new IllegalArgumentException("An item path starts with /");
        }
    }

    public String getLanguage() {
        return language;
    }

    public String getType() {
        return type;
    }

    public String getTitle() {
        return title;
    }

    public String getSummary() {
        return summary;
    }

    public String getPath() {
        return path;
    }

    /** The item's stable identity within an issue. */
    public String key() {
        return language + ":" + path;
    }
}
