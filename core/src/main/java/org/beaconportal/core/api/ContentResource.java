package org.beaconportal.core.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.OffsetDateTime;
import java.util.List;
import org.beaconportal.core.application.PublishedContent;
import org.beaconportal.core.domain.ContentItem;
import org.beaconportal.core.infrastructure.MarkdownRenderer;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** Read-only access to published content: {@code GET /api/v1/content} and {@code /api/v1/content/{type}/{slug}}. */
@Path("/v1/content")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ContentResource {

    /** A published item as the API shows it. */
    public record ContentJson(
            String type,
            String module,
            String slug,
            String language,
            String title,
            String summary,
            String path,
            OffsetDateTime published,
            OffsetDateTime updated,
            List<TermJson> terms,
            List<String> tags,
            String html) {}

    /** A term an item is filed under, labelled in the item's language. */
    public record TermJson(String path, String vocabulary, String label) {}

    /** One page of items. */
    public record ContentPage(long total, int page, int size, List<ContentJson> items) {}

    @Inject
    PublishedContent published;

    @Inject
    MarkdownRenderer markdown;

    @GET
    @Operation(
            summary = "List published content",
            description = "Newest first; filter by module, type, language, words in the title or summary, a term "
                    + "(items under it or any term below it) and a tag.")
    public ContentPage list(
            @QueryParam("module") @Parameter(description = "module id, or core") String module,
            @QueryParam("type") @Parameter(description = "content type, e.g. page") String type,
            @QueryParam("lang") @Parameter(description = "en or es") String language,
            @QueryParam("q") @Parameter(description = "words in the title or summary") String text,
            @QueryParam("term") @Parameter(description = "a term's path, e.g. regions/colorado") String term,
            @QueryParam("tag") @Parameter(description = "a free tag") String tag,
            @QueryParam("page") @DefaultValue("0") int page,
            @QueryParam("size") @DefaultValue("20") int size) {
        int safeSize = Math.max(1, Math.min(size, 100));
        int safePage = Math.max(0, page);
        PublishedContent.Page<ContentItem> result =
                published.list(module, type, language, text, term, tag, safePage, safeSize);
        return new ContentPage(
                result.total(),
                safePage,
                safeSize,
                result.items().stream().map(i -> json(i, false)).toList());
    }

    @GET
    @Path("/{type}/{slug}")
    @Operation(summary = "One published item", description = "With its body as sanitized HTML.")
    public ContentJson one(
            @PathParam("type") String type,
            @PathParam("slug") String slug,
            @QueryParam("lang") @DefaultValue("en") String language) {
        return published.find(type, language, slug).map(i -> json(i, true)).orElseThrow(NotFoundException::new);
    }

    private ContentJson json(ContentItem item, boolean withBody) {
        return new ContentJson(
                item.typeName(),
                item.getModuleId(),
                item.getSlug(),
                item.getLanguage(),
                item.getTitle(),
                item.getSummary(),
                item.publicPath(),
                item.getPublishedAt(),
                item.getUpdatedAt(),
                item.getTerms().stream()
                        .map(t -> new TermJson(t.path(), t.getVocabulary().getKey(), t.label(item.getLanguage())))
                        .toList(),
                item.getTags(),
                withBody ? markdown.toSafeHtml(item.getBody()) : null);
    }
}
