package org.beaconportal.core.spi;

import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * A recently published item a module offers to site-wide feeds and to the newsletter composer.
 *
 * @param moduleId the contributing module
 * @param type content type ({@code news}, {@code event}, {@code publication}, …)
 * @param title headline
 * @param summary one or two sentences
 * @param path portal path without language prefix
 * @param language {@code en} or {@code es}
 * @param published publication time
 * @since 1
 */
public record FeedItem(
        String moduleId,
        String type,
        String title,
        String summary,
        String path,
        String language,
        OffsetDateTime published) {

    public FeedItem {
        Objects.requireNonNull(moduleId, "moduleId");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(published, "published");
    }
}
