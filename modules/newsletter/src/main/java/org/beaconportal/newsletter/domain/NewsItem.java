package org.beaconportal.newsletter.domain;

import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import org.beaconportal.core.domain.ContentItem;
import org.beaconportal.core.domain.Slug;

/** A news story of the coalition, served at {@code /newsletter/news/{slug}}. */
@Entity
@Table(name = "newsletter_news")
@DiscriminatorValue(NewsItem.TYPE)
public class NewsItem extends ContentItem {

    private static final long serialVersionUID = 1L;

    public static final String TYPE = "news";

    protected NewsItem() {}

    public NewsItem(Slug slug, String language, String title, String author, OffsetDateTime now) {
        super("newsletter", slug, language, title, author, now);
    }

    @Override
    public String typeName() {
        return TYPE;
    }

    @Override
    public String publicPath() {
        return "/newsletter/news/" + getSlug();
    }
}
