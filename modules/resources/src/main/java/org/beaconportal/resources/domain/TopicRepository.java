package org.beaconportal.resources.domain;

import java.time.OffsetDateTime;
import java.util.List;

/** Topic pages as the public reads them. */
public interface TopicRepository {

    /** Published topics of a section in one language, in reading order. */
    List<TopicPage> publishedInSection(String language, String section, OffsetDateTime now);
}
