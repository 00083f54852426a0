package org.beaconportal.statistics.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.util.List;
import org.beaconportal.statistics.application.DatasetExport;
import org.beaconportal.statistics.application.DatasetService;
import org.beaconportal.statistics.application.PublicDataset;
import org.beaconportal.statistics.application.StatisticsTexts;
import org.beaconportal.statistics.web.StatisticsAvailability;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * Datasets as open data: {@code GET /api/v1/datasets} lists them, {@code GET /api/v1/datasets/{slug}}
 * gives one with its values as JSON and {@code /api/v1/datasets/{slug}/csv} as CSV. Values under a
 * dataset's suppression threshold are never given, only "fewer than N". Answers 404 while the
 * statistics module is switched off.
 */
@Path("/v1/datasets")
@RequestScoped
public class DatasetsResource {

    /** A dataset in the list (documentation of the JSON this resource writes). */
    public record DatasetSummaryDoc(
            String slug,
            String title,
            String titleEs,
            String sourceOrganisation,
            String citation,
            String sourceUrl,
            String referencePeriod,
            boolean exampleData,
            String updated,
            String path) {}

    /** One value of a dataset; {@code value} is null and {@code display} says "fewer than N" when suppressed. */
    public record ValueDoc(
            String series,
            String dimension,
            String category,
            String unit,
            BigDecimal value,
            boolean suppressed,
            String display,
            String note) {}

    /** One dataset with its values (documentation of the JSON this resource writes). */
    public record DatasetDoc(
            String slug,
            String title,
            String titleEs,
            String sourceOrganisation,
            String citation,
            String sourceUrl,
            String referencePeriod,
            boolean exampleData,
            String updated,
            String path,
            String description,
            String methodology,
            String licence,
            BigDecimal suppressionThreshold,
            List<ValueDoc> values) {}

    @Inject
    DatasetService datasets;

    @Inject
    StatisticsAvailability availability;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "List datasets", description = "Every dataset with its source, citation and reference period.")
    @APIResponse(
            responseCode = "200",
            description = "The datasets, by title",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(type = SchemaType.ARRAY, implementation = DatasetSummaryDoc.class)))
    public JsonArray list() {
        requireEnabled();
        JsonArrayBuilder out = Json.createArrayBuilder();
        datasets.published().forEach(d -> out.add(DatasetExport.summaryJson(d)));
        return out.build();
    }

    @GET
    @Path("/{slug}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "One dataset with its values",
            description = "Provenance, methodology and every value; a suppressed value has value null and a"
                    + " display text such as \"fewer than 5\".")
    @APIResponse(
            responseCode = "200",
            description = "The dataset",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = DatasetDoc.class)))
    @APIResponse(responseCode = "404", description = "No such dataset")
    public JsonObject one(
            @PathParam("slug") String slug,
            @QueryParam("lang") @DefaultValue("en") @Parameter(description = "en or es, for display texts")
                    String language) {
        requireEnabled();
        return DatasetExport.json(dataset(slug), StatisticsTexts.locale(language));
    }

    @GET
    @Path("/{slug}/csv")
    @Produces("text/csv")
    @Operation(
            summary = "One dataset as CSV",
            description = "Columns series, dimension, category, value, unit, note, source; the citation on every line.")
    @APIResponse(
            responseCode = "200",
            description = "The dataset as CSV",
            content = @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "404", description = "No such dataset")
    public Response csv(
            @PathParam("slug") String slug,
            @QueryParam("lang") @DefaultValue("en") @Parameter(description = "en or es, for display texts")
                    String language) {
        requireEnabled();
        PublicDataset dataset = dataset(slug);
        return Response.ok(DatasetExport.csv(dataset, StatisticsTexts.locale(language)))
                .type("text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"" + dataset.slug() + ".csv\"")
                .build();
    }

    private PublicDataset dataset(String slug) {
        return datasets.find(slug).orElseThrow(NotFoundException::new);
    }

    private void requireEnabled() {
        if (!availability.isEnabled()) {
            throw new NotFoundException();
        }
    }
}
