package org.beaconportal.core.domain;

import java.util.List;
import java.util.Optional;

/** Persisted module states. */
public interface ModuleStateRepository {

    List<ModuleState> findAll();

    Optional<ModuleState> find(String moduleId);

    ModuleState save(ModuleState state);
}
