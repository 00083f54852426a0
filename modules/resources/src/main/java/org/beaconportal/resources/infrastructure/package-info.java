/** JPA repositories and other adapters of the resources module. Depends on core only, never on another module. */
package org.beaconportal.resources.infrastructure;
