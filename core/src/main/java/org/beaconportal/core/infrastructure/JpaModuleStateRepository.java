package org.beaconportal.core.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.beaconportal.core.domain.ModuleState;
import org.beaconportal.core.domain.ModuleStateRepository;

@ApplicationScoped
public class JpaModuleStateRepository implements ModuleStateRepository {

    @PersistenceContext(unitName = "beacon")
    EntityManager em;

    @Override
    public List<ModuleState> findAll() {
        return em.createNamedQuery("ModuleState.all", ModuleState.class).getResultList();
    }

    @Override
    public Map<String, Boolean> enabledStates() {
        // Scalar values: a query for entities would hand back copies the persistence context
        // already holds, with the state they had when first read.
        Map<String, Boolean> states = new HashMap<>();
        for (Object row : em.createNativeQuery("select module_id, enabled from core_module_state")
                .getResultList()) {
            Object[] values = (Object[]) row;
            states.put((String) values[0], Boolean.TRUE.equals(values[1]));
        }
        return states;
    }

    @Override
    public Optional<ModuleState> find(String moduleId) {
        return Optional.ofNullable(em.find(ModuleState.class, moduleId));
    }

    @Override
    public ModuleState save(ModuleState state) {
        if (em.contains(state)) {
            return state;
        }
        if (em.find(ModuleState.class, state.getModuleId()) == null) {
            em.persist(state);
            return state;
        }
        return em.merge(state);
    }
}
