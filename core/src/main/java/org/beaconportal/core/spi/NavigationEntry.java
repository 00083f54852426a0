package org.beaconportal.core.spi;

import java.util.Objects;

/**
 * A link a module adds to the public header or to the staff menu.
 *
 * <pre>{@code
 * new NavigationEntry("publications.nav.catalog", "/publications", 30)
 * }</pre>
 *
 * @param labelKey key in the module's resource bundle
 * @param path portal path without language prefix; core adds {@code /es} for Spanish readers
 * @param order position among all entries, lower first
 * @since 1
 */
public record NavigationEntry(String labelKey, String path, int order) {

    public NavigationEntry {
        Objects.requireNonNull(labelKey, "labelKey");
        Objects.requireNonNull(path, "path");
        if (!path.startsWith("/")) {
            throw new IllegalArgumentException("Navigation path must start with /: " + path);
        }
    }
}
