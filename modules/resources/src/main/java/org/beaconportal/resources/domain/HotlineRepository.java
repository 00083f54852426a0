package org.beaconportal.resources.domain;

import java.time.OffsetDateTime;
import java.util.List;

/** Hotline cards. */
public interface HotlineRepository {

    /** Published cards in one language, by position. */
    List<Hotline> published(String language, OffsetDateTime now);
}
