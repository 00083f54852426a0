package org.beaconportal.resources.infrastructure;

/** The JPQL condition "the public may see item {@code c} at {@code :now}" (see ContentItem#isVisibleAt). */
final class Visible {

    static final String NOW = " c.status = org.beaconportal.core.domain.ContentStatus.PUBLISHED"
            + " and (c.publishAt is null or c.publishAt <= :now)"
            + " and (c.unpublishAt is null or c.unpublishAt > :now) ";

    private Visible() {}
}
