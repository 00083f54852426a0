package org.beaconportal.publications.api;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.beaconportal.core.application.ModuleRegistry;
import org.beaconportal.publications.PublicationsModule;
import org.beaconportal.publications.application.OaiPmh;

/**
 * The OAI-PMH 2.0 endpoint at {@code /oai} (GET and POST, as the protocol allows); answers 404
 * while the publications module is disabled.
 */
@WebServlet("/oai")
public class OaiPmhServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient OaiPmh oai;

    @Inject
    transient ModuleRegistry registry;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!registry.isEnabled(PublicationsModule.ID)) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        request.getParameterMap().forEach((k, v) -> parameters.put(k, Arrays.asList(v)));
        String origin = Origins.of(request);
        String xml = oai.respond(parameters, origin + "/oai", origin);
        response.setContentType("text/xml;charset=UTF-8");
        response.setHeader("Cache-Control", "no-cache");
        response.getWriter().write(xml);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        doGet(request, response);
    }
}
