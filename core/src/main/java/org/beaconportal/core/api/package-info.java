/**
 * Core REST API under {@code /api/v1} and the health checks. Read-only JSON for the public; no
 * session, no cookie.
 */
package org.beaconportal.core.api;
