package org.beaconportal.core.spi;

/**
 * Version of the plugin SPI offered by this core.
 *
 * <p>A module declares the SPI version it was written against in its {@link ModuleDescriptor}; a
 * module that needs a newer SPI than this core offers is not started, and staff see why.
 *
 * <pre>{@code
 * new ModuleDescriptor("publications", "1.0.0", "publications.module.name", CoreSpi.VERSION, Set.of(), "/publications")
 * }</pre>
 *
 * @since 1
 */
public final class CoreSpi {

    /** The SPI version this core implements. Raised when a contribution type gains a required member. */
    public static final int VERSION = 1;

    private CoreSpi() {}
}
