/**
 * Core use cases: the module registry and portal startup, accounts and login throttling, the
 * audit trail. Services here are {@code @ApplicationScoped} and {@code @Transactional}; they depend
 * on the domain and the SPI, never on web classes.
 */
package org.beaconportal.core.application;
