/** JPA repositories and other adapters of the statistics module. Depends on core only, never on another module. */
package org.beaconportal.statistics.infrastructure;
