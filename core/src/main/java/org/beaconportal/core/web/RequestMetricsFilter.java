package org.beaconportal.core.web;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import org.beaconportal.core.infrastructure.metrics.PortalMetrics;

/**
 * Times every request the application serves and records it under its {@link RouteGroup} and status
 * class ({@code beacon_request_duration}). First in the filter chain of {@code web.xml}, so the time
 * includes the other filters. The path only picks the group; it is never recorded. Requests the
 * container turns away before any filter (a staff page without login) are not counted.
 */
public class RequestMetricsFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Inject
    transient PortalMetrics metrics;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        long start = System.nanoTime();
        boolean failed = true;
        try {
            chain.doFilter(request, response);
            failed = false;
        } finally {
            RouteGroup group = RouteGroup.of(
                    request.getRequestURI().substring(request.getContextPath().length()));
            int status = failed ? HttpServletResponse.SC_INTERNAL_SERVER_ERROR : response.getStatus();
            metrics.recordRequest(group.label(), status, Duration.ofNanos(System.nanoTime() - start));
        }
    }
}
