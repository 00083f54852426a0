package org.beaconportal.resources.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** English and Spanish texts have the same keys, so no page shows a key instead of a text. */
class BundleTest {

    @Test
    void englishAndSpanishHaveTheSameKeys() throws IOException {
        assertEquals(
                new TreeSet<>(load("i18n/resources.properties").stringPropertyNames()),
                new TreeSet<>(load("i18n/resources_es.properties").stringPropertyNames()));
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = BundleTest.class.getClassLoader().getResourceAsStream(name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
