package org.beaconportal.core.application;

import java.time.OffsetDateTime;

/**
 * What an editor submits when saving an item.
 *
 * @param title required
 * @param slug the URL name; blank keeps the current one (or generates one for a new item)
 * @param summary optional, at most 1000 characters
 * @param body Markdown
 * @param publishAt optional publish time
 * @param unpublishAt optional unpublish time, after {@code publishAt}
 */
public record ContentDraft(
        String title, String slug, String summary, String body, OffsetDateTime publishAt, OffsetDateTime unpublishAt) {}
