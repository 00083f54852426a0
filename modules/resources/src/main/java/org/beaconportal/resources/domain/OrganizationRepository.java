package org.beaconportal.resources.domain;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/** Directory listings. */
public interface OrganizationRepository {

    /** Published listings (of every language) that meet every criterion of the filter, by name. */
    List<Organization> published(DirectoryFilter filter, OffsetDateTime now);

    /** One published listing by its slug, whatever its language. */
    Optional<Organization> publishedBySlug(String slug, OffsetDateTime now);

    /** A listing by slug and language, whatever its status (the import's natural key). */
    Optional<Organization> bySlug(String language, String slug);

    /** Every listing, whatever its status, by name (the export). */
    List<Organization> all();
}
