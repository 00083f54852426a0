package org.beaconportal.core.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
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
