/** Use-case services of the newsletter module (@ApplicationScoped, @Transactional). Depends on core only, never on another module. */
package org.beaconportal.newsletter.application;
