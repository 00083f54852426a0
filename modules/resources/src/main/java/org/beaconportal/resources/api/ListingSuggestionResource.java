package org.beaconportal.resources.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.beaconportal.core.application.ModuleRegistry;
import org.beaconportal.resources.ResourcesModule;
import org.beaconportal.resources.application.ListingSuggestions;
import org.beaconportal.resources.application.SuggestionForm;

/**
 * Receives the public "suggest a listing" form ({@code POST /api/v1/resources/suggestions}) and
 * redirects back to the form page with the outcome (redirect after post), so that readers get no
 * session. It answers 404 while the module is disabled. The sender's address is only counted by the rate limit, never stored or logged.
 */
@Path("v1/resources/suggestions")
@RequestScoped
public class ListingSuggestionResource {

    @Inject
    ListingSuggestions suggestions;

    @Inject
    ModuleRegistry modules;

    @Context
    HttpServletRequest request;

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response submit(
            @FormParam("lang") String lang,
            @FormParam("kind") String kind,
            @FormParam("listing") String listing,
            @FormParam("name") String name,
            @FormParam("summary") String summary,
            @FormParam("services") List<String> services,
            @FormParam("counties") List<String> counties,
            @FormParam("languages") List<String> languages,
            @FormParam("phone") String phone,
            @FormParam("email") String email,
            @FormParam("website") String website,
            @FormParam("address") String address,
            @FormParam("hours") String hours,
            @FormParam("message") String message,
            @FormParam("homepage") String honeypot) {
        if (!modules.isEnabled(ResourcesModule.ID)) {
            return Response.status(Response.Status.NOT_FOUND).build();
        }
        boolean correction = "correction".equals(kind);
        SuggestionForm form = new SuggestionForm(
                correction,
                listing,
                name,
                summary,
                services,
                counties,
                languages,
                phone,
                email,
                website,
                address,
                hours,
                message,
                honeypot);
        ListingSuggestions.Outcome outcome = suggestions.submit(form, request.getRemoteAddr());
        String query =
                switch (outcome.result()) {
                    case ACCEPTED -> "result=sent";
                    case REFUSED -> "result=refused";
                    case TOO_MANY -> "result=busy";
                    case INVALID -> "result=invalid&reason="
                            + URLEncoder.encode(outcome.reasonKey(), StandardCharsets.UTF_8);
                };
        if (correction
                && listing != null
                && listing.matches("[a-z0-9-]{1,120}")
                && outcome.result() != ListingSuggestions.Result.ACCEPTED) {
            query += "&listing=" + listing;
        }
        String prefix = "es".equals(lang) ? "/es" : "";
        return Response.seeOther(
                        URI.create(request.getContextPath() + prefix + "/resources/directory/suggest?" + query))
                .build();
    }
}
