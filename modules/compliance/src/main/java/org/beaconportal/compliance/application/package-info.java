/** Use-case services of the compliance module (@ApplicationScoped, @Transactional). Depends on core only, never on another module. */
package org.beaconportal.compliance.application;
