/** Use-case services of the resources module (@ApplicationScoped, @Transactional). Depends on core only, never on another module. */
package org.beaconportal.resources.application;
