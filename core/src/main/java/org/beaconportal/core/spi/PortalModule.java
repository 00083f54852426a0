package org.beaconportal.core.spi;

import java.util.List;

/**
 * A Beacon module: one CDI bean per module jar, discovered by core.
 *
 * <p>Only {@link #descriptor()} is required; every contribution defaults to nothing. Contributions
 * of a disabled module are never shown, so an implementation returns them unconditionally.
 *
 * <pre>{@code
 * @ApplicationScoped
 * public class PublicationsModule implements PortalModule {
 *     public ModuleDescriptor descriptor() {
 *         return new ModuleDescriptor("publications", "1.0.0", "publications.module.name",
 *                 CoreSpi.VERSION, Set.of(), "/publications");
 *     }
 *     public List<NavigationEntry> publicNavigation() {
 *         return List.of(new NavigationEntry("publications.nav", "/publications", 30));
 *     }
 * }
 * }</pre>
 *
 * <p>The jar also carries {@code META-INF/beans.xml}, {@code META-INF/faces-config.xml} (which
 * declares its resource bundle), SQL migrations under {@link ModuleDescriptor#migrationLocation()}
 * and its bundle {@code i18n/<id>.properties} with {@code i18n/<id>_es.properties}.
 *
 * @since 1
 */
public interface PortalModule {

    /** Identity, version, dependencies and URL prefix. */
    ModuleDescriptor descriptor();

    /** Links for the public header. */
    default List<NavigationEntry> publicNavigation() {
        return List.of();
    }

    /** Links for the staff menu under {@code /admin}. */
    default List<NavigationEntry> staffNavigation() {
        return List.of();
    }

    /** Panels for the home page. */
    default List<HomeWidget> homeWidgets() {
        return List.of();
    }

    /** Capabilities the module declares, shown to administrators. */
    default List<Permission> permissions() {
        return List.of();
    }

    /** Kinds of content the module adds to core's editor (see {@link ContentType}). */
    default List<ContentType> contentTypes() {
        return List.of();
    }

    /** The module's documents for the site-wide search index. */
    default SearchContribution search() {
        return SearchContribution.NONE;
    }

    /** The module's recently published items. */
    default FeedContribution feed() {
        return FeedContribution.NONE;
    }

    /**
     * Called once at startup after the module's migrations ran. An exception disables the module
     * and shows its message to staff; the portal keeps running.
     */
    default void start() {}

    /**
     * Loads demo content on a portal's first start (the registry remembers that it ran). Runs in
     * a transaction; an exception rolls it back and is reported to staff.
     */
    default void seed(SeedContext context) {}
}
