/** JPA repositories and other adapters of the compliance module. Depends on core only, never on another module. */
package org.beaconportal.compliance.infrastructure;
