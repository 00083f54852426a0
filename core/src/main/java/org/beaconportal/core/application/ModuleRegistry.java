package org.beaconportal.core.application;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.beaconportal.core.domain.ModuleState;
import org.beaconportal.core.domain.ModuleStateRepository;
import org.beaconportal.core.spi.CoreSpi;
import org.beaconportal.core.spi.FeedItem;
import org.beaconportal.core.spi.HomeWidget;
import org.beaconportal.core.spi.ModuleDescriptor;
import org.beaconportal.core.spi.NavigationEntry;
import org.beaconportal.core.spi.PortalModule;
import org.beaconportal.core.spi.SearchDocument;

/**
 * All modules of the portal, discovered through CDI, with their enabled state. Every contribution
 * core shows (menus, widgets, feeds, search documents, URLs) is asked of this registry, which
 * leaves out disabled and failed modules.
 *
 * <pre>{@code
 * registry.publicNavigation().forEach(entry -> render(entry.module(), entry.entry()));
 * registry.isEnabled("newsletter");
 * }</pre>
 */
@ApplicationScoped
public class ModuleRegistry {

    private static final Logger LOG = Logger.getLogger(ModuleRegistry.class.getName());

    /** A contribution together with the module that made it (for its bundle and state). */
    public record Contributed<T>(PortalModule module, T item) {}

    @Inject
    @Any
    Instance<PortalModule> discovered;

    @Inject
    ModuleStateRepository states;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Resource
    TransactionSynchronizationRegistry transactions;

    private volatile List<PortalModule> modules = List.of();
    private volatile ModuleGraph graph = new ModuleGraph(List.of());
    private final Map<String, Boolean> enabled = new ConcurrentHashMap<>();
    private final Map<String, String> failures = new ConcurrentHashMap<>();

    /** How long this node trusts its copy of the states before reading them again (another node may have switched a module). */
    private static final long STATES_MAX_AGE_MILLIS = 1000;

    private volatile long statesReadAt;

    /** Collects the module beans in start order. Called once by {@link PortalStartup}. */
    public List<PortalModule> discover() {
        List<PortalModule> found = discovered.stream().toList();
        graph = new ModuleGraph(found.stream().map(PortalModule::descriptor).toList());
        Map<String, PortalModule> byId = new ConcurrentHashMap<>();
        found.forEach(m -> byId.put(m.descriptor().id(), m));
        modules = graph.startOrder().stream().map(d -> byId.get(d.id())).toList();
        graph.unsatisfied()
                .forEach(id -> failures.put(
                        id,
                        "Missing or circular dependency: "
                                + byId.get(id).descriptor().dependencies()));
        modules.stream()
                .filter(m -> m.descriptor().requiredSpiVersion() > CoreSpi.VERSION)
                .forEach(m -> failures.put(
                        m.descriptor().id(),
                        "Needs core SPI version " + m.descriptor().requiredSpiVersion() + ", this core offers "
                                + CoreSpi.VERSION));
        return modules;
    }

    /** Loads persisted states, creating an enabled state for modules seen for the first time. */
    @Transactional
    public void loadStates() {
        OffsetDateTime now = OffsetDateTime.now(clock);
        for (PortalModule module : modules) {
            String id = module.descriptor().id();
            ModuleState state = states.find(id).orElseGet(() -> states.save(new ModuleState(id, now)));
            enabled.put(id, state.isEnabled());
        }
        statesReadAt = clock.millis();
    }

    /**
     * Reads the states again when this node's copy is older than a second, so a module switched on
     * or off through another node of a cluster (or by a restore) changes here too. Only outside a
     * transaction, which could hold a change not yet committed; a failed read keeps the last copy.
     */
    private void refreshStates() {
        if (!isStale() || transactions.getTransactionStatus() != Status.STATUS_NO_TRANSACTION) {
            return;
        }
        // One reader at a time: a read that began before another node's change must not
        // overwrite a later read that saw it.
        synchronized (enabled) {
            if (!isStale()) {
                return;
            }
            statesReadAt = clock.millis();
            try {
                enabled.putAll(states.enabledStates());
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Module states not read again", e);
            }
        }
    }

    private boolean isStale() {
        return statesReadAt != 0 && Math.abs(clock.millis() - statesReadAt) >= STATES_MAX_AGE_MILLIS;
    }

    /** Marks a module as failed at startup: it stays disabled and staff see the reason. */
    public void markFailed(String moduleId, String reason) {
        failures.put(moduleId, reason == null ? "Unknown error" : reason);
        for (String dependent : graph.dependentsOf(moduleId)) {
            failures.putIfAbsent(dependent, "Depends on " + moduleId + ", which failed to start");
        }
    }

    public Optional<String> failure(String moduleId) {
        return Optional.ofNullable(failures.get(moduleId));
    }

    /** Runs the module's seed once, in its own transaction; the state remembers it ran. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean seedIfNeeded(PortalModule module, org.beaconportal.core.spi.SeedContext context) {
        ModuleState state = states.find(module.descriptor().id()).orElseThrow();
        if (state.isSeeded()) {
            return false;
        }
        module.seed(context);
        state.markSeeded(OffsetDateTime.now(clock));
        return true;
    }

    public List<PortalModule> all() {
        return modules;
    }

    public Optional<PortalModule> find(String moduleId) {
        return modules.stream()
                .filter(m -> m.descriptor().id().equals(moduleId))
                .findFirst();
    }

    /** True when the module is switched on and started without failure. */
    public boolean isEnabled(String moduleId) {
        refreshStates();
        return !failures.containsKey(moduleId) && enabled.getOrDefault(moduleId, Boolean.FALSE);
    }

    /** Whether staff switched it on (regardless of startup failures). */
    public boolean isSwitchedOn(String moduleId) {
        refreshStates();
        return enabled.getOrDefault(moduleId, Boolean.FALSE);
    }

    public Stream<PortalModule> enabledModules() {
        return modules.stream().filter(m -> isEnabled(m.descriptor().id()));
    }

    /**
     * The module owning a portal path (without language prefix), public or staff side, e.g.
     * {@code /publications/x} and {@code /admin/publications/x} both belong to publications.
     */
    public Optional<PortalModule> ownerOf(String path) {
        return modules.stream().filter(m -> owns(m.descriptor(), path)).findFirst();
    }

    private static boolean owns(ModuleDescriptor d, String path) {
        return isUnder(path, d.basePath()) || isUnder(path, d.staffBasePath());
    }

    private static boolean isUnder(String path, String prefix) {
        return path.equals(prefix) || path.startsWith(prefix + "/") || path.startsWith(prefix + ".");
    }

    public List<Contributed<NavigationEntry>> publicNavigation() {
        return collect(PortalModule::publicNavigation, Comparator.comparingInt(NavigationEntry::order));
    }

    public List<Contributed<NavigationEntry>> staffNavigation() {
        return collect(PortalModule::staffNavigation, Comparator.comparingInt(NavigationEntry::order));
    }

    public List<Contributed<HomeWidget>> homeWidgets() {
        return collect(PortalModule::homeWidgets, Comparator.comparingInt(HomeWidget::order));
    }

    /** Recent items of every enabled module in one language, newest first. */
    public List<FeedItem> recentItems(String language, int limit) {
        return enabledModules()
                .flatMap(m -> m.feed().recent(language, limit).stream())
                .sorted(Comparator.comparing(FeedItem::published).reversed())
                .limit(limit)
                .toList();
    }

    /** Search documents of every enabled module. */
    public Stream<SearchDocument> searchDocuments() {
        return enabledModules().flatMap(m -> m.search().documents());
    }

    private <T> List<Contributed<T>> collect(Function<PortalModule, List<T>> contributions, Comparator<T> order) {
        return enabledModules()
                .flatMap(m -> contributions.apply(m).stream().map(item -> new Contributed<>(m, item)))
                .sorted((a, b) -> order.compare(a.item(), b.item()))
                .toList();
    }

    /**
     * Switches a module on. Refused while a module it depends on is off or failed. No role check
     * here: callers are use cases that checked it ({@link ModuleAdministration}).
     */
    @Transactional
    public void enable(String moduleId) {
        PortalModule module = find(moduleId).orElseThrow(() -> new BusinessRuleException("module.unknown", moduleId));
        if (failures.containsKey(moduleId)) {
            throw new BusinessRuleException("module.enable.failed", moduleId);
        }
        Set<String> missing = new TreeSet<>();
        module.descriptor().dependencies().stream().filter(d -> !isEnabled(d)).forEach(missing::add);
        if (!missing.isEmpty()) {
            throw new BusinessRuleException("module.enable.dependencies", moduleId, String.join(", ", missing));
        }
        ModuleState state = states.find(moduleId).orElseThrow();
        state.enable(audit.currentActor(), OffsetDateTime.now(clock));
        audit.record("module.enable", "module", moduleId, null);
        afterCommit(() -> enabled.put(moduleId, Boolean.TRUE));
    }

    /** Switches a module off; its data stays. Refused while enabled modules depend on it. */
    @Transactional
    public void disable(String moduleId) {
        find(moduleId).orElseThrow(() -> new BusinessRuleException("module.unknown", moduleId));
        Set<String> blocking = new TreeSet<>();
        graph.dependentsOf(moduleId).stream().filter(this::isSwitchedOn).forEach(blocking::add);
        if (!blocking.isEmpty()) {
            throw new BusinessRuleException("module.disable.dependents", moduleId, String.join(", ", blocking));
        }
        ModuleState state = states.find(moduleId).orElseThrow();
        state.disable(audit.currentActor(), OffsetDateTime.now(clock));
        audit.record("module.disable", "module", moduleId, null);
        afterCommit(() -> enabled.put(moduleId, Boolean.FALSE));
    }

    /** Changes what pages see only once the state change is committed. */
    private void afterCommit(Runnable change) {
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {}

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    change.run();
                }
            }
        });
    }
}
