/** JPA repositories and other adapters of the publications module. Depends on core only, never on another module. */
package org.beaconportal.publications.infrastructure;
