/** Entities, value objects and repository interfaces of the resources module. Depends on core only, never on another module. */
package org.beaconportal.resources.domain;
