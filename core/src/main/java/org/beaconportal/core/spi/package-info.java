/**
 * The plugin SPI: what a Beacon module implements and contributes.
 *
 * <p>A module is a jar holding one CDI bean that implements {@link org.beaconportal.core.spi.PortalModule}.
 * Core discovers it, keeps it in the module registry and asks it for its contributions (navigation,
 * home widgets, search documents, feed items, permissions, migrations, seed data). Types in this
 * package depend on nothing but the JDK and may be used by every module; core never depends on a
 * module.
 *
 * @since 1
 */
package org.beaconportal.core.spi;
