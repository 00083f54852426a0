package org.beaconportal.core.domain;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Persisted module states. */
public interface ModuleStateRepository {

    List<ModuleState> findAll();

    /** Whether each module is switched on, read from the database now (never a managed copy). */
    Map<String, Boolean> enabledStates();

    Optional<ModuleState> find(String moduleId);

    ModuleState save(ModuleState state);
}
