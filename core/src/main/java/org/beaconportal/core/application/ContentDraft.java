package org.beaconportal.core.application;

import java.time.OffsetDateTime;
import java.util.Map;

/**
 * What an editor submits when saving an item.
 *
 * @param title required
 * @param slug the URL name; blank keeps the current one (or generates one for a new item)
 * @param summary optional, at most 1000 characters
 * @param body Markdown
 * @param publishAt optional publish time
 * @param unpublishAt optional unpublish time, after {@code publishAt}
 * @param fields the content type's own fields, or {@code null} to leave them as they are
 * @param classification terms and tags, or {@code null} to leave them as they are
 */
public record ContentDraft(
        String title,
        String slug,
        String summary,
        String body,
        OffsetDateTime publishAt,
        OffsetDateTime unpublishAt,
        Map<String, String> fields,
        Classification classification) {

    public ContentDraft {
        fields = fields == null ? null : Map.copyOf(fields);
    }

    /** A draft of the common texts and the type's fields; terms and tags stay as they are. */
    public ContentDraft(
            String title,
            String slug,
            String summary,
            String body,
            OffsetDateTime publishAt,
            OffsetDateTime unpublishAt,
            Map<String, String> fields) {
        this(title, slug, summary, body, publishAt, unpublishAt, fields, null);
    }

    /** A draft of the common texts only. */
    public ContentDraft(
            String title,
            String slug,
            String summary,
            String body,
            OffsetDateTime publishAt,
            OffsetDateTime unpublishAt) {
        this(title, slug, summary, body, publishAt, unpublishAt, null, null);
    }
}
