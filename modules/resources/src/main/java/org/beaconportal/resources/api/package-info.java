/** JAX-RS resources and feeds of the resources module, under /api/v1. Depends on core only, never on another module. */
package org.beaconportal.resources.api;
