package org.beaconportal.core.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Locale;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.beaconportal.core.application.BusinessRuleException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Decides whether an uploaded file may be stored, from its CONTENT (magic bytes), never from its
 * name: PNG, JPEG, GIF and WebP images, PDF documents, and plain text or CSV (UTF-8 without control
 * characters and without markup, named {@code .txt}, {@code .csv}, {@code .md} or without
 * extension). Everything else is refused with a {@link BusinessRuleException}
 * whose message key (of the core bundle) tells the user why: HTML and SVG (even renamed
 * {@code .png}), scripts, executables, archives, empty or oversized files, images that cannot be
 * decoded or would decode to too many pixels. The stored name is made safe and gets the extension
 * of the type found.
 *
 * <pre>{@code
 * UploadInspector inspector = new UploadInspector(20 * 1024 * 1024);
 * UploadInspector.Inspection found = inspector.inspect("Informe año 2024.PDF", spooledFile);
 * found.contentType(); // application/pdf
 * found.filename();    // Informe-ano-2024.pdf
 * }</pre>
 */
@ApplicationScoped
public class UploadInspector {

    /** Default upload limit: 20 MiB. */
    public static final long DEFAULT_MAX_BYTES = 20L * 1024 * 1024;

    /** Images decoding to more pixels than this are refused (decompression bombs). */
    public static final long MAX_PIXELS = 50_000_000L;

    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    /** Names a text file may have: anything else (.js, .html, .sh, .bat) is code, not text. */
    private static final java.util.Set<String> TEXT_EXTENSIONS = java.util.Set.of("", "txt", "text", "csv", "md");

    private static final Pattern MARKUP = Pattern.compile(
            "<\\s*(script|html|svg|!doctype|\\?xml|iframe|object|embed|body|head|meta|style|a\\s)",
            Pattern.CASE_INSENSITIVE);

    /** What was found in an accepted file. */
    public enum Kind {
        PNG("image/png", "png"),
        JPEG("image/jpeg", "jpg"),
        GIF("image/gif", "gif"),
        WEBP("image/webp", "webp"),
        PDF("application/pdf", "pdf"),
        TEXT("text/plain; charset=utf-8", "txt"),
        CSV("text/csv; charset=utf-8", "csv");

        private final String contentType;
        private final String extension;

        Kind(String contentType, String extension) {
            this.contentType = contentType;
            this.extension = extension;
        }

        public String contentType() {
            return contentType;
        }

        public String extension() {
            return extension;
        }

        public boolean isImage() {
            return contentType.startsWith("image/");
        }
    }

    /**
     * An accepted file.
     *
     * @param kind the type found in the content
     * @param filename the safe name to store, with the type's extension
     * @param size bytes
     * @param width pixels, for images whose size is known (else null)
     * @param height pixels, for images whose size is known (else null)
     * @param decodable true when javax.imageio can decode the image (variants can be made)
     */
    public record Inspection(Kind kind, String filename, long size, Integer width, Integer height, boolean decodable) {

        public String contentType() {
            return kind.contentType();
        }
    }

    private long maxBytes;

    /** For CDI's client proxy only. */
    protected UploadInspector() {}

    @Inject
    public UploadInspector(
            @ConfigProperty(name = "beacon.upload.max.bytes", defaultValue = "" + DEFAULT_MAX_BYTES) long maxBytes) {
        if (maxBytes < 1) {
            throw new IllegalArgumentException("beacon.upload.max.bytes must be positive");
        }
        this.maxBytes = maxBytes;
    }

    /** The largest file accepted, in bytes. */
    public long maxBytes() {
        return maxBytes;
    }

    /**
     * Inspects a file already written to disk.
     *
     * @param originalName the name the browser sent (only used to derive the stored name)
     * @throws BusinessRuleException with a key {@code asset.refused.*} when the file is refused
     */
    public Inspection inspect(String originalName, Path content) {
        try {
            long size = Files.size(content);
            if (size == 0) {
                throw new BusinessRuleException("asset.refused.empty");
            }
            if (size > maxBytes) {
                throw new BusinessRuleException("asset.refused.tooLarge", megabytes(maxBytes));
            }
            byte[] head = readHead(content, 64);
            Kind kind = detect(head, originalName);
            if (kind == null) {
                kind = textKind(content, originalName);
            }
            String filename = safeFilename(originalName, kind.extension());
            return switch (kind) {
                case PNG, JPEG, GIF -> image(kind, filename, size, content, true);
                case WEBP -> webp(filename, size, content, head);
                case PDF -> pdf(filename, size, content);
                case TEXT, CSV -> new Inspection(kind, filename, size, null, null, false);
            };
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The binary type the first bytes announce, or null when they announce none of ours. */
    static Kind detect(byte[] head, String originalName) {
        if (startsWith(head, PNG)) {
            return Kind.PNG;
        }
        if (startsWith(head, JPEG)) {
            return Kind.JPEG;
        }
        if (startsWith(head, "GIF87a".getBytes(StandardCharsets.US_ASCII))
                || startsWith(head, "GIF89a".getBytes(StandardCharsets.US_ASCII))) {
            return Kind.GIF;
        }
        if (head.length >= 16
                && startsWith(head, "RIFF".getBytes(StandardCharsets.US_ASCII))
                && Arrays.equals(Arrays.copyOfRange(head, 8, 12), "WEBP".getBytes(StandardCharsets.US_ASCII))) {
            return Kind.WEBP;
        }
        if (startsWith(head, "%PDF-".getBytes(StandardCharsets.US_ASCII))) {
            return Kind.PDF;
        }
        return null;
    }

    private Inspection image(Kind kind, String filename, long size, Path content, boolean required) throws IOException {
        try (ImageInputStream in = ImageIO.createImageInputStream(content.toFile())) {
            Iterator<ImageReader> readers = ImageIO.getImageReadersByMIMEType(kind.contentType());
            if (in == null || !readers.hasNext()) {
                if (required) {
                    throw new BusinessRuleException("asset.refused.damaged");
                }
                return null;
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                int width = reader.getWidth(0);
                int height = reader.getHeight(0);
                if (width < 1 || height < 1) {
                    throw new BusinessRuleException("asset.refused.damaged");
                }
                if ((long) width * height > MAX_PIXELS) {
                    throw new BusinessRuleException("asset.refused.tooManyPixels");
                }
                if (reader.read(0) == null) {
                    throw new BusinessRuleException("asset.refused.damaged");
                }
                return new Inspection(kind, filename, size, width, height, true);
            } catch (IOException | RuntimeException e) {
                if (e instanceof BusinessRuleException refused) {
                    throw refused;
                }
                throw new BusinessRuleException("asset.refused.damaged");
            } finally {
                reader.dispose();
            }
        }
    }

    /** WebP: decoded when an ImageIO plugin can, otherwise checked and measured from its header. */
    private Inspection webp(String filename, long size, Path content, byte[] head) throws IOException {
        long riffSize = (head[4] & 0xFFL) | (head[5] & 0xFFL) << 8 | (head[6] & 0xFFL) << 16 | (head[7] & 0xFFL) << 24;
        if (riffSize + 8 != size) {
            throw new BusinessRuleException("asset.refused.damaged");
        }
        Inspection decoded = image(Kind.WEBP, filename, size, content, false);
        if (decoded != null) {
            return decoded;
        }
        int[] dimensions = webpDimensions(readHead(content, 40));
        if (dimensions == null) {
            throw new BusinessRuleException("asset.refused.damaged");
        }
        if ((long) dimensions[0] * dimensions[1] > MAX_PIXELS) {
            throw new BusinessRuleException("asset.refused.tooManyPixels");
        }
        return new Inspection(Kind.WEBP, filename, size, dimensions[0], dimensions[1], false);
    }

    /** Width and height from a WebP header (VP8, VP8L or VP8X chunk), or null. */
    static int[] webpDimensions(byte[] h) {
        if (h.length < 30) {
            return null;
        }
        String chunk = new String(h, 12, 4, StandardCharsets.US_ASCII);
        switch (chunk) {
            case "VP8X":
                return new int[] {1 + le24(h, 24), 1 + le24(h, 27)};
            case "VP8L":
                if ((h[20] & 0xFF) != 0x2F) {
                    return null;
                }
                int bits = (h[21] & 0xFF) | (h[22] & 0xFF) << 8 | (h[23] & 0xFF) << 16 | (h[24] & 0xFF) << 24;
                return new int[] {1 + (bits & 0x3FFF), 1 + ((bits >> 14) & 0x3FFF)};
            case "VP8 ":
                if ((h[23] & 0xFF) != 0x9D || (h[24] & 0xFF) != 0x01 || (h[25] & 0xFF) != 0x2A) {
                    return null;
                }
                int width = ((h[26] & 0xFF) | (h[27] & 0xFF) << 8) & 0x3FFF;
                int height = ((h[28] & 0xFF) | (h[29] & 0xFF) << 8) & 0x3FFF;
                return width > 0 && height > 0 ? new int[] {width, height} : null;
            default:
                return null;
        }
    }

    private static int le24(byte[] h, int offset) {
        return (h[offset] & 0xFF) | (h[offset + 1] & 0xFF) << 8 | (h[offset + 2] & 0xFF) << 16;
    }

    /** A PDF must end like one ({@code %%EOF} near the end), not just start like one. */
    private static Inspection pdf(String filename, long size, Path content) throws IOException {
        byte[] tail;
        try (InputStream in = Files.newInputStream(content)) {
            int length = (int) Math.min(1024, size);
            in.skipNBytes(size - length);
            tail = in.readNBytes(length);
        }
        if (!new String(tail, StandardCharsets.ISO_8859_1).contains("%%EOF")) {
            throw new BusinessRuleException("asset.refused.damaged");
        }
        return new Inspection(Kind.PDF, filename, size, null, null, false);
    }

    /** Plain text or CSV: strict UTF-8, no NUL or other control characters, no markup, no script. */
    private static Kind textKind(Path content, String originalName) throws IOException {
        byte[] bytes = Files.readAllBytes(content);
        String text;
        try {
            text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new BusinessRuleException("asset.refused.type");
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') || c == 0x7F) {
                throw new BusinessRuleException("asset.refused.type");
            }
        }
        String start = text.startsWith("\uFEFF") ? text.substring(1).stripLeading() : text.stripLeading();
        if (start.startsWith("<")
                || start.startsWith("#!")
                || MARKUP.matcher(text).find()) {
            throw new BusinessRuleException("asset.refused.markup");
        }
        String extension = extensionOf(originalName);
        if (!TEXT_EXTENSIONS.contains(extension)) {
            throw new BusinessRuleException("asset.refused.type");
        }
        return extension.equals("csv") ? Kind.CSV : Kind.TEXT;
    }

    /**
     * A name safe in URLs, headers and file systems: the last path segment, accents removed, only
     * ASCII letters, digits, hyphens and underscores in the base name, and the given extension.
     */
    public static String safeFilename(String originalName, String extension) {
        String name = originalName == null ? "" : originalName;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        int dot = name.lastIndexOf('.');
        String base = dot >= 0 ? name.substring(0, dot) : name;
        base = Normalizer.normalize(base, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        base = base.replaceAll("[^A-Za-z0-9_-]+", "-").replaceAll("-{2,}", "-").replaceAll("^[-_]+|[-_]+$", "");
        int room = 120 - extension.length() - 1;
        if (base.length() > room) {
            base = base.substring(0, room).replaceAll("[-_]+$", "");
        }
        return (base.isEmpty() ? "file" : base) + "." + extension;
    }

    private static String extensionOf(String name) {
        if (name == null) {
            return "";
        }
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT).strip();
    }

    private static byte[] readHead(Path content, int length) throws IOException {
        try (InputStream in = Files.newInputStream(content)) {
            return in.readNBytes(length);
        }
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        return bytes.length >= prefix.length && Arrays.equals(Arrays.copyOf(bytes, prefix.length), prefix);
    }

    private static String megabytes(long bytes) {
        return String.valueOf(Math.max(1, Math.round(bytes / (1024.0 * 1024.0))));
    }
}
