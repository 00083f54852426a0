package org.beaconportal.core.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.beaconportal.core.application.AssetService;
import org.beaconportal.core.application.BlobStore;
import org.beaconportal.core.domain.Asset;
import org.beaconportal.core.domain.AssetVariant;

/**
 * Serves uploaded files: {@code /files/{id}/{name}} the original, {@code /files/{id}/{variant}/{name}}
 * a rendition ({@code thumb}, {@code medium}). The bytes go out with the type found at upload
 * (never {@code text/html}), {@code nosniff}, {@code inline} for images and PDFs and
 * {@code attachment} for everything else, and are cached for a year: an asset's bytes never change
 * (new content is a new asset with a new id), so the ETag is simply the SHA-256. The name part is
 * for people and search engines; the id decides. Unknown ids or variants answer 404.
 *
 * <pre>{@code
 * <img src="/files/1000/thumb/map.png" alt="Map of the state">
 * }</pre>
 */
@WebServlet("/files/*")
public class FileServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(FileServlet.class.getName());

    /** {@code /{id}/{name}} or {@code /{id}/{variant}/{name}}; the name may contain no slash. */
    private static final Pattern PATH = Pattern.compile("/(\\d{1,18})(?:/([a-z]{1,20}))?/([^/]+)");

    /** A request for a file, parsed from the path after {@code /files}. */
    record FileRequest(long id, String variant, String name) {}

    @Inject
    transient AssetService assets;

    @Inject
    transient BlobStore blobs;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<FileRequest> parsed = parse(request.getPathInfo());
        Optional<Asset> asset = parsed.flatMap(p -> assets.find(p.id()));
        if (asset.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Asset found = asset.get();
        String variantName = parsed.get().variant();
        String sha256;
        String contentType;
        long size;
        String filename;
        if (variantName == null) {
            sha256 = found.getSha256();
            contentType = found.getContentType();
            size = found.getSizeBytes();
            filename = found.getFilename();
        } else {
            Optional<AssetVariant> variant = found.variant(variantName);
            if (variant.isEmpty()) {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
            sha256 = variant.get().getSha256();
            contentType = variant.get().getContentType();
            size = variant.get().getSizeBytes();
            filename = withExtension(found.getFilename(), contentType);
        }
        Optional<InputStream> bytes = blobs.open(sha256);
        if (bytes.isEmpty()) {
            LOG.warning(() -> "The blob of asset " + found.getId() + " is missing from the blob store");
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        try (InputStream in = bytes.get()) {
            String etag = "\"" + sha256 + "\"";
            response.setHeader("ETag", etag);
            response.setHeader("Cache-Control", "public, max-age=31536000, immutable");
            response.setHeader("X-Content-Type-Options", "nosniff");
            response.setHeader("Content-Security-Policy", SecurityHeadersFilter.STRICT_POLICY);
            if (etag.equals(request.getHeader("If-None-Match"))) {
                response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
                return;
            }
            String safeType = safeContentType(contentType);
            response.setContentType(safeType);
            response.setHeader("Content-Disposition", contentDisposition(isInline(safeType), filename));
            response.setContentLengthLong(size);
            if (!"HEAD".equals(request.getMethod())) {
                OutputStream out = response.getOutputStream();
                in.transferTo(out);
            }
        }
    }

    /** The path after {@code /files}, or empty when it is not a file address. */
    static Optional<FileRequest> parse(String pathInfo) {
        if (pathInfo == null) {
            return Optional.empty();
        }
        Matcher m = PATH.matcher(pathInfo);
        if (!m.matches() || m.group(3).equals(".") || m.group(3).equals("..")) {
            return Optional.empty();
        }
        return Optional.of(new FileRequest(Long.parseLong(m.group(1)), m.group(2), m.group(3)));
    }

    /** The stored type, unless it could make a browser run markup: then plain bytes. */
    static String safeContentType(String stored) {
        String lower = stored == null ? "" : stored.toLowerCase(java.util.Locale.ROOT);
        if (lower.isBlank() || lower.contains("html") || lower.contains("xml") || lower.contains("javascript")) {
            return "application/octet-stream";
        }
        return stored;
    }

    static boolean isInline(String contentType) {
        return contentType.startsWith("image/") || contentType.equals("application/pdf");
    }

    /** RFC 6266: an ASCII {@code filename} fallback plus the exact name as {@code filename*}. */
    static String contentDisposition(boolean inline, String filename) {
        String ascii = filename.replaceAll("[^A-Za-z0-9._-]", "_");
        String encoded = URLEncoder.encode(filename, StandardCharsets.UTF_8).replace("+", "%20");
        return (inline ? "inline" : "attachment") + "; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
    }

    private static String withExtension(String filename, String contentType) {
        int dot = filename.lastIndexOf('.');
        String base = dot > 0 ? filename.substring(0, dot) : filename;
        return base + (contentType.equals("image/png") ? ".png" : ".jpg");
    }
}
