/** Use-case services of the statistics module (@ApplicationScoped, @Transactional). Depends on core only, never on another module. */
package org.beaconportal.statistics.application;
