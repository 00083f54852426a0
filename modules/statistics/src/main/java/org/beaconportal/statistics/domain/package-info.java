/** Entities, value objects and repository interfaces of the statistics module. Depends on core only, never on another module. */
package org.beaconportal.statistics.domain;
