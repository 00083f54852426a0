package org.beaconportal.resources.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import org.beaconportal.resources.domain.Hotline;
import org.beaconportal.resources.domain.HotlineRepository;

/** The hotline cards staff maintain, as the Get help page and the home panel show them. */
@ApplicationScoped
public class HotlineCards {

    @Inject
    HotlineRepository hotlines;

    @Inject
    Clock clock;

    @Transactional
    public List<Hotline> published(String language) {
        return hotlines.published(language, OffsetDateTime.now(clock));
    }
}
