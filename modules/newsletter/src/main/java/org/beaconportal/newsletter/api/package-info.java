/** JAX-RS resources and feeds of the newsletter module, under /api/v1. Depends on core only, never on another module. */
package org.beaconportal.newsletter.api;
