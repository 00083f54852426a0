package org.beaconportal.core.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.beaconportal.core.spi.ModuleDescriptor;
import org.junit.jupiter.api.Test;

class ModuleGraphTest {

    private static ModuleDescriptor module(String id, String... dependencies) {
        return new ModuleDescriptor(id, "1.0.0", id + ".name", 1, Set.of(dependencies), "/" + id);
    }

    private static List<String> ids(List<ModuleDescriptor> descriptors) {
        return descriptors.stream().map(ModuleDescriptor::id).toList();
    }

    @Test
    void startOrderPutsAChainDependenciesFirst() {
        ModuleGraph graph = new ModuleGraph(List.of(module("aaa", "bbb"), module("bbb", "ccc"), module("ccc")));

        List<String> order = ids(graph.startOrder());

        assertEquals(List.of("ccc", "bbb", "aaa"), order);
    }

    @Test
    void startOrderPutsADiamondBaseFirstAndTopLast() {
        ModuleGraph graph = new ModuleGraph(List.of(
                module("alpha", "mid1", "mid2"), module("mid2", "zulu"), module("mid1", "zulu"), module("zulu")));

        List<String> order = ids(graph.startOrder());

        assertEquals(List.of("zulu", "mid1", "mid2", "alpha"), order);
    }

    @Test
    void startOrderSortsIndependentModulesById() {
        ModuleGraph graph = new ModuleGraph(List.of(module("news"), module("events"), module("publications")));

        List<String> order = ids(graph.startOrder());

        assertEquals(List.of("events", "news", "publications"), order);
    }

    @Test
    void startOrderPlacesEveryModuleAfterItsDependencies() {
        List<ModuleDescriptor> descriptors = List.of(
                module("search", "publications", "news"),
                module("newsletter", "news", "events"),
                module("publications"),
                module("news"),
                module("events", "publications"));
        ModuleGraph graph = new ModuleGraph(descriptors);

        List<String> order = ids(graph.startOrder());

        assertEquals(descriptors.size(), order.size());
        for (ModuleDescriptor d : descriptors) {
            for (String dependency : d.dependencies()) {
                assertTrue(
                        order.indexOf(dependency) < order.indexOf(d.id()),
                        dependency + " must start before " + d.id() + " in " + order);
            }
        }
    }

    @Test
    void startOrderPutsUnsatisfiableModulesLastById() {
        ModuleGraph graph = new ModuleGraph(List.of(
                module("zcycle", "ycycle"),
                module("ycycle", "zcycle"),
                module("amissing", "ghost"),
                module("news"),
                module("events")));

        List<String> order = ids(graph.startOrder());

        assertEquals(List.of("events", "news", "amissing", "ycycle", "zcycle"), order);
    }

    @Test
    void unsatisfiedIsEmptyWhenAllDependenciesArePresent() {
        ModuleGraph graph = new ModuleGraph(List.of(module("newsletter", "news"), module("news")));

        assertEquals(Set.of(), graph.unsatisfied());
    }

    @Test
    void unsatisfiedReportsModulesWithMissingDependencies() {
        ModuleGraph graph = new ModuleGraph(List.of(module("newsletter", "news"), module("events")));

        assertEquals(Set.of("newsletter"), graph.unsatisfied());
    }

    @Test
    void unsatisfiedReportsModulesInACycle() {
        ModuleGraph graph = new ModuleGraph(
                List.of(module("aaa", "bbb"), module("bbb", "ccc"), module("ccc", "aaa"), module("news")));

        assertEquals(Set.of("aaa", "bbb", "ccc"), graph.unsatisfied());
    }

    @Test
    void unsatisfiedReportsModulesThatDependOnAnUnsatisfiedModule() {
        ModuleGraph graph =
                new ModuleGraph(List.of(module("search", "newsletter"), module("newsletter", "ghost"), module("news")));

        assertEquals(Set.of("newsletter", "search"), graph.unsatisfied());
    }

    @Test
    void dependentsOfListsDirectDependentsOnly() {
        ModuleGraph graph = new ModuleGraph(List.of(
                module("news"),
                module("newsletter", "news"),
                module("feed", "news"),
                module("search", "newsletter"),
                module("events")));

        assertEquals(Set.of("feed", "newsletter"), graph.dependentsOf("news"));
        assertEquals(Set.of(), graph.dependentsOf("events"));
        assertEquals(Set.of(), graph.dependentsOf("ghost"));
    }

    @Test
    void dependentsOfIncludesModulesDependingOnAnAbsentModule() {
        ModuleGraph graph = new ModuleGraph(List.of(module("newsletter", "news")));

        assertEquals(Set.of("newsletter"), graph.dependentsOf("news"));
    }

    @Test
    void rejectsTwoModulesWithTheSameId() {
        List<ModuleDescriptor> descriptors = List.of(module("news"), module("events"), module("news", "events"));

        assertThrows(IllegalArgumentException.class, () -> new ModuleGraph(descriptors));
    }

    @Test
    void emptyGraphHasNothingToStart() {
        ModuleGraph graph = new ModuleGraph(List.of());

        assertEquals(List.of(), graph.startOrder());
        assertEquals(Set.of(), graph.unsatisfied());
    }
}
