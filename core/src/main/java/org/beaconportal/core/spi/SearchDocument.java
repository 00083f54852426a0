package org.beaconportal.core.spi;

import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * One entry a module offers to the site-wide search index.
 *
 * <pre>{@code
 * new SearchDocument("publications", "publication", "annual-report-2024", "en",
 *         "Annual report 2024", "What the coalition did in 2024", "full text…", "/publications/annual-report-2024", true, now)
 * }</pre>
 *
 * @param moduleId the contributing module (hits vanish while it is disabled)
 * @param type content type within the module
 * @param key identifier unique within module and type
 * @param language {@code en} or {@code es}
 * @param title shown as the hit's heading and boosted in ranking
 * @param summary shown under the heading when no snippet matches
 * @param text the full searchable text
 * @param path portal path of the item, without language prefix
 * @param published false for drafts, which only staff may find
 * @param updated last change, for sorting and freshness
 * @since 1
 */
public record SearchDocument(
        String moduleId,
        String type,
        String key,
        String language,
        String title,
        String summary,
        String text,
        String path,
        boolean published,
        OffsetDateTime updated) {

    public SearchDocument {
        Objects.requireNonNull(moduleId, "moduleId");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(path, "path");
    }
}
