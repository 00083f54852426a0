package org.beaconportal.core.spi;

import java.nio.file.Path;
import java.time.Clock;

/**
 * What core hands a module when it loads the module's demo content on a portal's first start.
 *
 * @since 1
 */
public interface SeedContext {

    /** Root of the portal's data directory (for blobs a seed wants to store). */
    Path dataDirectory();

    /** The portal's clock, so that seeded dates are reproducible in tests. */
    Clock clock();

    /** User name recorded as author of seeded content. */
    String seedAuthor();
}
