package org.beaconportal.core.domain;

import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** A general page of the portal (about the coalition, privacy), served at {@code /pages/{slug}}. */
@Entity
@Table(name = "core_page")
@DiscriminatorValue(Page.TYPE)
public class Page extends ContentItem {

    private static final long serialVersionUID = 1L;

    public static final String TYPE = "page";

    protected Page() {}

    public Page(Slug slug, String language, String title, String author, OffsetDateTime now) {
        super("core", slug, language, title, author, now);
    }

    @Override
    public String typeName() {
        return TYPE;
    }

    @Override
    public String publicPath() {
        return "/pages/" + getSlug();
    }
}
