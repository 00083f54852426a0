package org.beaconportal.newsletter.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;
import org.beaconportal.newsletter.application.SubscriptionService;
import org.beaconportal.newsletter.domain.InvalidSubscriptionException;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Bounce reports from the mail provider: {@code POST /api/v1/newsletter/bounces} with {@code
 * Authorization: Bearer <beacon.newsletter.bounce.token>} and form fields {@code email}, {@code
 * type} ({@code hard} or {@code soft}) and {@code reason}. Without a configured token the endpoint
 * answers 404.
 */
@Path("/v1/newsletter/bounces")
@RequestScoped
public class BounceResource {

    @Inject
    SubscriptionService subscriptions;

    @Inject
    @ConfigProperty(name = "beacon.newsletter.bounce.token")
    Optional<String> token;

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "Record a bounce reported by the mail provider")
    public Response bounce(
            @HeaderParam("Authorization") String authorization,
            @FormParam("email") String email,
            @FormParam("type") String type,
            @FormParam("reason") String reason) {
        Optional<String> expected = token.filter(t -> t.length() >= 16);
        if (expected.isEmpty()) {
            return Response.status(Response.Status.NOT_FOUND).build();
        }
        byte[] given = (authorization == null ? "" : authorization).getBytes(StandardCharsets.UTF_8);
        if (!MessageDigest.isEqual(("Bearer " + expected.get()).getBytes(StandardCharsets.UTF_8), given)) {
            return Response.status(Response.Status.UNAUTHORIZED).build();
        }
        if (!"hard".equals(type) && !"soft".equals(type)) {
            return Response.status(Response.Status.BAD_REQUEST)
                    .entity("type must be hard or soft")
                    .build();
        }
        try {
            boolean known = subscriptions.recordBounce(email, "hard".equals(type), reason);
            return Response.status(known ? Response.Status.NO_CONTENT : Response.Status.NOT_FOUND)
                    .build();
        } catch (InvalidSubscriptionException e) {
            return Response.status(Response.Status.BAD_REQUEST)
                    .entity("bad address")
                    .build();
        }
    }
}
