/** Faces backing beans of the resources module: request-scoped for public pages, view-scoped for staff pages. Depends on core only, never on another module. */
package org.beaconportal.resources.web;
