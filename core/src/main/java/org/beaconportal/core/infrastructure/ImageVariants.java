package org.beaconportal.core.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.imageio.ImageIO;

/**
 * Makes the smaller renditions of an uploaded image with javax.imageio: {@code thumb} (320 px wide)
 * and {@code medium} (960 px wide), each only when the original is wider, keeping the aspect
 * ratio. PNG and GIF originals give PNG renditions (transparency kept), others JPEG.
 *
 * <pre>{@code
 * for (ImageVariants.Rendition r : variants.render(file, "image/png")) {
 *     blobs.put(new ByteArrayInputStream(r.bytes()));
 * }
 * }</pre>
 */
@ApplicationScoped
public class ImageVariants {

    /** The renditions made, by name, with their widths. */
    public static final Map<String, Integer> WIDTHS = widths();

    /**
     * A size in pixels.
     *
     * @param width pixels
     * @param height pixels
     */
    public record Size(int width, int height) {}

    /**
     * One rendition, encoded.
     *
     * @param name {@code thumb} or {@code medium}
     * @param contentType {@code image/png} or {@code image/jpeg}
     * @param width pixels
     * @param height pixels
     * @param bytes the encoded image
     */
    public record Rendition(String name, String contentType, int width, int height, byte[] bytes) {}

    private static Map<String, Integer> widths() {
        Map<String, Integer> widths = new LinkedHashMap<>();
        widths.put("thumb", 320);
        widths.put("medium", 960);
        return Map.copyOf(widths);
    }

    /**
     * The size of an image scaled to {@code targetWidth}, keeping its aspect ratio (height rounded,
     * at least 1), or empty when the image is not wider than the target (no upscaling).
     */
    public static Optional<Size> fit(int width, int height, int targetWidth) {
        if (width <= 0 || height <= 0 || targetWidth <= 0) {
            throw new IllegalArgumentException("Sizes must be positive");
        }
        if (width <= targetWidth) {
            return Optional.empty();
        }
        long scaledHeight = Math.round((double) height * targetWidth / width);
        return Optional.of(new Size(targetWidth, (int) Math.max(1, scaledHeight)));
    }

    /** The content type of renditions of an original of this type. */
    public static String outputType(String originalType) {
        return originalType.startsWith("image/png") || originalType.startsWith("image/gif")
                ? "image/png"
                : "image/jpeg";
    }

    /** Renders the renditions the image needs (none when it is small); thumb first. */
    public List<Rendition> render(Path source, String originalType) throws IOException {
        BufferedImage original = ImageIO.read(source.toFile());
        if (original == null) {
            throw new IOException("Not a readable image: " + source.getFileName());
        }
        String outputType = outputType(originalType);
        List<Rendition> renditions = new ArrayList<>();
        for (String name : List.of("thumb", "medium")) {
            Optional<Size> size = fit(original.getWidth(), original.getHeight(), WIDTHS.get(name));
            if (size.isPresent()) {
                BufferedImage scaled = scale(original, size.get(), outputType.equals("image/png"));
                byte[] bytes = encode(scaled, outputType.equals("image/png") ? "png" : "jpg");
                renditions.add(new Rendition(
                        name, outputType, size.get().width(), size.get().height(), bytes));
            }
        }
        return renditions;
    }

    /** Scales in halving steps (better quality than one big bilinear step). */
    private static BufferedImage scale(BufferedImage original, Size target, boolean alpha) {
        BufferedImage current = original;
        int width = original.getWidth();
        int height = original.getHeight();
        do {
            width = Math.max(target.width(), width / 2);
            height = width == target.width() ? target.height() : Math.max(target.height(), height / 2);
            BufferedImage next =
                    new BufferedImage(width, height, alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
            Graphics2D g = next.createGraphics();
            try {
                g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
                g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
                if (!alpha) {
                    g.setColor(Color.WHITE);
                    g.fillRect(0, 0, width, height);
                }
                g.drawImage(current, 0, 0, width, height, null);
            } finally {
                g.dispose();
            }
            current = next;
        } while (width != target.width());
        return current;
    }

    private static byte[] encode(BufferedImage image, String format) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (!ImageIO.write(image, format, out)) {
            throw new IOException("No ImageIO writer for " + format);
        }
        return out.toByteArray();
    }
}
