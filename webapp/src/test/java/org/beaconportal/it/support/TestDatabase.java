package org.beaconportal.it.support;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.metamodel.Type;
import jakarta.transaction.Transactional;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Direct reads of the portal's database for in-container tests, each in its own transaction. */
@ApplicationScoped
@Transactional
public class TestDatabase {

    @PersistenceContext(unitName = "beacon")
    EntityManager em;

    public long count(String jpql, Map<String, Object> parameters) {
        var query = em.createQuery(jpql, Long.class);
        parameters.forEach(query::setParameter);
        return query.getSingleResult();
    }

    /** Runs one SQL statement in its own transaction (as another node of a cluster would write). */
    public int execute(String sql) {
        return em.createNativeQuery(sql).executeUpdate();
    }

    public long nativeCount(String sql) {
        return ((Number) em.createNativeQuery(sql).getSingleResult()).longValue();
    }

    /** The entity as stored now, bypassing any cached copy. */
    public <T> T fresh(Class<T> type, Object id) {
        T entity = em.find(type, id);
        if (entity != null) {
            em.refresh(entity);
        }
        return entity;
    }

    public Set<Class<?>> entityTypes() {
        return em.getMetamodel().getEntities().stream().map(Type::getJavaType).collect(Collectors.toSet());
    }
}
