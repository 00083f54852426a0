/**
 * Core domain: accounts, module states and the audit trail, with the repository interfaces that
 * application services use. Depends on JPA annotations and the SPI only.
 */
package org.beaconportal.core.domain;
