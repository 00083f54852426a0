package org.beaconportal.core.application;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.beaconportal.core.spi.ModuleDescriptor;

/**
 * Dependency rules between module descriptors: start order, missing dependencies, and who depends
 * on whom. Pure logic, no container.
 *
 * <pre>{@code
 * ModuleGraph graph = new ModuleGraph(descriptors);
 * for (ModuleDescriptor d : graph.startOrder()) migrate(d);
 * }</pre>
 */
public final class ModuleGraph {

    private final Map<String, ModuleDescriptor> byId = new LinkedHashMap<>();

    public ModuleGraph(Collection<ModuleDescriptor> descriptors) {
        descriptors.stream().sorted(Comparator.comparing(ModuleDescriptor::id)).forEach(d -> {
            if (byId.putIfAbsent(d.id(), d) != null) {
                throw new IllegalArgumentException("Two modules share the id " + d.id());
            }
        });
    }

    /**
     * Descriptors ordered so that every module comes after the modules it depends on; ties by id.
     * Modules in a dependency cycle, or depending on an absent module, come last in id order; the
     * registry refuses to start them ({@link #unsatisfied()}).
     */
    public List<ModuleDescriptor> startOrder() {
        List<ModuleDescriptor> ordered = new ArrayList<>();
        Set<String> placed = new HashSet<>();
        boolean progress = true;
        while (progress) {
            progress = false;
            for (ModuleDescriptor d : byId.values()) {
                if (!placed.contains(d.id()) && placed.containsAll(d.dependencies())) {
                    ordered.add(d);
                    placed.add(d.id());
                    progress = true;
                }
            }
        }
        byId.values().stream().filter(d -> !placed.contains(d.id())).forEach(ordered::add);
        return ordered;
    }

    /** Ids of modules whose dependencies are absent or circular. */
    public Set<String> unsatisfied() {
        Set<String> placed = new HashSet<>();
        boolean progress = true;
        while (progress) {
            progress = false;
            for (ModuleDescriptor d : byId.values()) {
                if (!placed.contains(d.id()) && placed.containsAll(d.dependencies())) {
                    placed.add(d.id());
                    progress = true;
                }
            }
        }
        Set<String> result = new TreeSet<>(byId.keySet());
        result.removeAll(placed);
        return result;
    }

    /** Ids of the modules that declare a dependency on {@code id}, directly. */
    public Set<String> dependentsOf(String id) {
        Set<String> result = new TreeSet<>();
        byId.values().stream().filter(d -> d.dependencies().contains(id)).forEach(d -> result.add(d.id()));
        return result;
    }
}
