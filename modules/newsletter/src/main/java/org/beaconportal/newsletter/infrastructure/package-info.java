/** JPA repositories and other adapters of the newsletter module. Depends on core only, never on another module. */
package org.beaconportal.newsletter.infrastructure;
