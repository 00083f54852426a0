package org.beaconportal.compliance.web;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.beaconportal.compliance.ComplianceModule;
import org.beaconportal.core.application.ModuleRegistry;

/**
 * The company area ({@code /company}) lies outside the module's URL prefix, so core's routing does
 * not know it belongs to this module: while the module is disabled it answers 404 here, as every
 * page of a disabled module does. Its data stays.
 */
@WebFilter(urlPatterns = {"/company", "/company/*", "/es/company", "/es/company/*"})
public class CompanyAreaFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Inject
    transient ModuleRegistry registry;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!registry.isEnabled(ComplianceModule.ID)) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        chain.doFilter(request, response);
    }
}
