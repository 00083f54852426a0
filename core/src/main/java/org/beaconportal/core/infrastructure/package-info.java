/**
 * Adapters of core: JPA repositories, schema migrations (Flyway), the data directory, the identity
 * store and the clock. Application services depend on the domain interfaces these implement.
 */
package org.beaconportal.core.infrastructure;
