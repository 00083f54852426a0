/** Entities, value objects and repository interfaces of the newsletter module. Depends on core only, never on another module. */
package org.beaconportal.newsletter.domain;
