package org.beaconportal.core.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ImageVariantsTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @CsvSource({
        "1920, 1080, 320, 320, 180",
        "1920, 1080, 960, 960, 540",
        "1000, 3000, 320, 320, 960",
        "4000, 3,    320, 320, 1",
        "333,  100,  320, 320, 96",
        "641,  481,  320, 320, 240"
    })
    void scalesToTheTargetWidthKeepingTheAspectRatio(int w, int h, int target, int expectedW, int expectedH) {
        assertEquals(Optional.of(new ImageVariants.Size(expectedW, expectedH)), ImageVariants.fit(w, h, target));
    }

    @ParameterizedTest
    @CsvSource({"320, 200, 320", "100, 100, 320", "960, 10, 960"})
    void neverUpscales(int w, int h, int target) {
        assertTrue(ImageVariants.fit(w, h, target).isEmpty());
    }

    @Test
    void refusesNonsenseSizes() {
        assertThrows(IllegalArgumentException.class, () -> ImageVariants.fit(0, 10, 320));
        assertThrows(IllegalArgumentException.class, () -> ImageVariants.fit(10, -1, 320));
    }

    @Test
    void pngAndGifGivePngOthersJpeg() {
        assertEquals("image/png", ImageVariants.outputType("image/png"));
        assertEquals("image/png", ImageVariants.outputType("image/gif"));
        assertEquals("image/jpeg", ImageVariants.outputType("image/jpeg"));
        assertEquals("image/jpeg", ImageVariants.outputType("image/webp"));
    }

    @Test
    void rendersThumbAndMediumForALargeImage() throws IOException {
        Path png = UploadInspectorTest.writeImage(dir, "big.png", "png", 2000, 1000);

        List<ImageVariants.Rendition> renditions = new ImageVariants().render(png, "image/png");

        assertEquals(
                List.of("thumb", "medium"),
                renditions.stream().map(ImageVariants.Rendition::name).toList());
        BufferedImage thumb =
                ImageIO.read(new ByteArrayInputStream(renditions.get(0).bytes()));
        assertEquals(320, thumb.getWidth());
        assertEquals(160, thumb.getHeight());
        assertEquals("image/png", renditions.get(0).contentType());
        BufferedImage medium =
                ImageIO.read(new ByteArrayInputStream(renditions.get(1).bytes()));
        assertEquals(960, medium.getWidth());
        assertEquals(480, medium.getHeight());
    }

    @Test
    void rendersOnlyAThumbForAMediumSizedJpeg() throws IOException {
        Path jpeg = UploadInspectorTest.writeImage(dir, "photo.jpg", "jpg", 800, 600);

        List<ImageVariants.Rendition> renditions = new ImageVariants().render(jpeg, "image/jpeg");

        assertEquals(1, renditions.size());
        assertEquals("image/jpeg", renditions.get(0).contentType());
        assertEquals(240, renditions.get(0).height());
    }
}
