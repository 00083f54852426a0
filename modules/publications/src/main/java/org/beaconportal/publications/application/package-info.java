/** Use-case services of the publications module (@ApplicationScoped, @Transactional). Depends on core only, never on another module. */
package org.beaconportal.publications.application;
