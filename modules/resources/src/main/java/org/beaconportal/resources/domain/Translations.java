package org.beaconportal.resources.domain;

import java.time.OffsetDateTime;
import java.util.Optional;
import org.beaconportal.core.domain.ContentItem;

/**
 * Finds the published translation of an item addressed by its slug in the other language, so that
 * the language switch ({@code /resources/topics/sex-trafficking} → {@code /es/...}) leads to the
 * Spanish page even though its slug differs.
 */
public interface Translations {

    <T extends ContentItem> Optional<T> translation(
            Class<T> type, String slug, String fromLanguage, String toLanguage, OffsetDateTime now);
}
