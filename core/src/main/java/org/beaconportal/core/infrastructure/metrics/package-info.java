/**
 * Application metrics of the portal, served by Liberty at {@code /metrics} (Prometheus text, scope
 * {@code application}, names prefixed {@code beacon_}): request latency by route group, search
 * latency, and backlog gauges that count rows (outbox, and modules' own queues through {@link
 * org.beaconportal.core.infrastructure.metrics.PortalMetrics#registerCountGauge}).
 *
 * <p>No metric carries personal data: labels are fixed words, never a path, a query string, a search
 * text or an address. Depends on the application layer; nothing in the domain depends on it.
 */
package org.beaconportal.core.infrastructure.metrics;
