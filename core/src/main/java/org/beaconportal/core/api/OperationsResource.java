package org.beaconportal.core.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.util.Map;
import java.util.Optional;
import org.beaconportal.core.infrastructure.DataDirectory;
import org.beaconportal.core.infrastructure.PortalArchive;
import org.beaconportal.core.infrastructure.PortalBackups;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Backup and restore for operators ({@code bin/beacon-ops}): {@code POST /api/v1/ops/backup} answers
 * a backup archive, {@code POST /api/v1/ops/restore} replaces the portal's data with the archive in
 * the body. Both need {@code Authorization: Bearer <beacon.ops.token>}; without a configured token
 * they do not exist (404).
 */
@Path("/v1/ops")
@RequestScoped
public class OperationsResource {

    /** Name of the actor recorded in the audit trail. */
    static final String ACTOR = "operator";

    @Inject
    @ConfigProperty(name = "beacon.ops.token")
    Optional<String> token;

    @Inject
    PortalBackups backups;

    @Inject
    DataDirectory dataDirectory;

    @POST
    @Path("/backup")
    @Produces("application/zip")
    @Operation(summary = "Back up the portal", description = "Database rows and files as one archive.")
    public Response backup(@HeaderParam("Authorization") String authorization) {
        Optional<Response> refused = refusal(authorization);
        if (refused.isPresent()) {
            return refused.get();
        }
        java.nio.file.Path file = backups.backup(ACTOR);
        StreamingOutput body = out -> Files.copy(file, out);
        return Response.ok(body)
                .header("Content-Disposition", "attachment; filename=\"" + file.getFileName() + "\"")
                .header("Cache-Control", "no-store")
                .build();
    }

    @POST
    @Path("/restore")
    @Consumes({"application/zip", MediaType.APPLICATION_OCTET_STREAM})
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Restore a backup", description = "Replaces all data; the search index is rebuilt.")
    public Response restore(@HeaderParam("Authorization") String authorization, InputStream archive) {
        Optional<Response> refused = refusal(authorization);
        if (refused.isPresent()) {
            return refused.get();
        }
        java.nio.file.Path upload = dataDirectory.folder("tmp").resolve("restore-" + System.nanoTime() + ".zip");
        try {
            Files.copy(archive, upload, StandardCopyOption.REPLACE_EXISTING);
            PortalArchive.Manifest manifest = backups.restore(upload, ACTOR);
            return Response.ok(Map.of(
                            "restored", manifest.created().toString(),
                            "tables", manifest.tables().size(),
                            "rows",
                                    manifest.tables().values().stream()
                                            .mapToLong(Long::longValue)
                                            .sum()))
                    .build();
        } catch (IllegalArgumentException e) {
            return Response.status(Response.Status.BAD_REQUEST)
                    .type(MediaType.APPLICATION_JSON)
                    .entity(Map.of("error", e.getMessage()))
                    .build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            try {
                Files.deleteIfExists(upload);
            } catch (IOException e) {
                upload.toFile().deleteOnExit();
            }
        }
    }

    /**
     * The answer for a caller without the token: 404 when no token is configured (the endpoints do
     * not exist), 401 for a missing or wrong token; empty for the operator. Answered, not thrown,
     * so that a wrong guess leaves no stack trace in the log.
     */
    private Optional<Response> refusal(String authorization) {
        Optional<String> expected = token.filter(t -> !t.isBlank());
        if (expected.isEmpty()) {
            return Optional.of(Response.status(Response.Status.NOT_FOUND).build());
        }
        String given = authorization != null && authorization.startsWith("Bearer ")
                ? authorization.substring(7).strip()
                : "";
        if (!MessageDigest.isEqual(
                expected.get().getBytes(StandardCharsets.UTF_8), given.getBytes(StandardCharsets.UTF_8))) {
            return Optional.of(Response.status(Response.Status.UNAUTHORIZED)
                    .header("WWW-Authenticate", "Bearer")
                    .build());
        }
        return Optional.empty();
    }
}
