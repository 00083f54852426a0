/** Entities, value objects and repository interfaces of the compliance module. Depends on core only, never on another module. */
package org.beaconportal.compliance.domain;
