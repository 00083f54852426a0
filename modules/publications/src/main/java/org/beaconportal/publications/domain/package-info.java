/** Entities, value objects and repository interfaces of the publications module. Depends on core only, never on another module. */
package org.beaconportal.publications.domain;
