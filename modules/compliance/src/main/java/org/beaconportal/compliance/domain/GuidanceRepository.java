package org.beaconportal.compliance.domain;

import java.util.List;
import java.util.Optional;

/** Stored guidance for the eight steps. */
public interface GuidanceRepository {

    List<GuidanceStep> steps(String language);

    Optional<GuidanceStep> step(int number, String language);

    GuidanceStep save(GuidanceStep step);

    long count();
}
