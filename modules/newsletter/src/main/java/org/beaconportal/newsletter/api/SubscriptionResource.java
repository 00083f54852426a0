package org.beaconportal.newsletter.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.beaconportal.newsletter.application.SubscriptionRequest;
import org.beaconportal.newsletter.application.SubscriptionService;
import org.beaconportal.newsletter.domain.EmailAddress;
import org.beaconportal.newsletter.domain.Interest;
import org.beaconportal.newsletter.domain.InvalidSubscriptionException;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The newsletter's public form posts (redirect after post, so public pages stay stateless) and
 * the RFC 8058 one-click unsubscribe that mail providers post cross-site with a signed token.
 */
@Path("/v1/newsletter")
@RequestScoped
public class SubscriptionResource {

    @Inject
    SubscriptionService subscriptions;

    @Context
    HttpServletRequest request;

    /** The sign-up form: always answers with the same "check your inbox" page (or the form with an error). */
    @POST
    @Path("/subscribe")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "Sign up for the newsletter (double opt-in)")
    public Response subscribe(MultivaluedMap<String, String> form) {
        String language = "es".equals(form.getFirst("language")) ? "es" : "en";
        String pageLanguage = "es".equals(form.getFirst("pageLanguage")) ? "es" : "en";
        Set<Interest> interests = EnumSet.noneOf(Interest.class);
        List<String> picked = form.get("interest");
        if (picked != null) {
            for (String code : picked) {
                try {
                    interests.add(Interest.valueOf(code.toUpperCase(java.util.Locale.ROOT)));
                } catch (IllegalArgumentException e) {
                    return seeOther(pageLanguage, "/newsletter?error=interests");
                }
            }
        }
        try {
            EmailAddress.of(form.getFirst("email"));
            subscriptions.subscribe(new SubscriptionRequest(
                    form.getFirst("email"),
                    form.getFirst("name"),
                    language,
                    interests,
                    form.getFirst("website"),
                    request.getRemoteAddr()));
        } catch (InvalidSubscriptionException e) {
            return seeOther(
                    pageLanguage,
                    "/newsletter?error="
                            + e.messageKey().substring(e.messageKey().lastIndexOf('.') + 1));
        }
        return seeOther(pageLanguage, "/newsletter/check-inbox");
    }

    /**
     * Unsubscribes the token's subscriber: one-click from a mail provider ({@code
     * List-Unsubscribe=One-Click}, answered 200) or the button on the preferences page (answered
     * with a redirect to the goodbye page). A forged token gets 400 and changes nothing.
     */
    @POST
    @Path("/unsubscribe")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "Unsubscribe with a signed token (RFC 8058 one-click)")
    public Response unsubscribe(@QueryParam("token") String queryToken, MultivaluedMap<String, String> form) {
        String token = queryToken != null ? queryToken : form.getFirst("token");
        boolean done = subscriptions.unsubscribe(token);
        boolean oneClick = "One-Click".equals(form.getFirst("List-Unsubscribe"));
        if (oneClick) {
            return done
                    ? Response.ok("Unsubscribed\n", MediaType.TEXT_PLAIN).build()
                    : Response.status(Response.Status.BAD_REQUEST)
                            .entity("Invalid link\n")
                            .type(MediaType.TEXT_PLAIN)
                            .build();
        }
        String language = "es".equals(form.getFirst("pageLanguage")) ? "es" : "en";
        return seeOther(language, done ? "/newsletter/unsubscribed" : "/newsletter/preferences?invalid=1");
    }

    /** The preferences form (language and interests) behind a signed token. */
    @POST
    @Path("/preferences")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "Change newsletter preferences with a signed token")
    public Response preferences(MultivaluedMap<String, String> form) {
        String token = safeToken(form.getFirst("token"));
        String pageLanguage = "es".equals(form.getFirst("pageLanguage")) ? "es" : "en";
        Set<Interest> interests = EnumSet.noneOf(Interest.class);
        try {
            if (form.get("interest") != null) {
                form.get("interest")
                        .forEach(c -> interests.add(Interest.valueOf(c.toUpperCase(java.util.Locale.ROOT))));
            }
            String language = "es".equals(form.getFirst("language")) ? "es" : "en";
            if (!subscriptions.updatePreferences(token, form.getFirst("name"), language, interests)) {
                return seeOther(pageLanguage, "/newsletter/preferences?invalid=1");
            }
        } catch (IllegalArgumentException e) {
            return seeOther(pageLanguage, "/newsletter/preferences?token=" + token + "&error=true");
        }
        return seeOther(pageLanguage, "/newsletter/preferences?token=" + token + "&saved=true");
    }

    /** A token as it may appear in a redirect address; anything else is treated as no token. */
    private static String safeToken(String token) {
        return token != null && token.matches("[A-Za-z0-9._-]{1,120}") ? token : "";
    }

    private Response seeOther(String language, String path) {
        String prefix = request.getContextPath() + ("es".equals(language) ? "/es" : "");
        // Absolute, or JAX-RS would resolve the path against the API's base (/api).
        URI target = URI.create(request.getRequestURL().toString()).resolve(prefix + path);
        return Response.seeOther(target).build();
    }
}
