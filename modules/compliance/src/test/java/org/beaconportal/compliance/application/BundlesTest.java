package org.beaconportal.compliance.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** English and Spanish texts have the same keys, and every key a page or class names exists. */
class BundlesTest {

    @Test
    void englishAndSpanishHaveTheSameKeys() throws IOException {
        assertEquals(keys("/i18n/compliance.properties"), keys("/i18n/compliance_es.properties"));
    }

    @Test
    void everyLiteralKeyUsedInPagesAndCodeExists() throws IOException {
        Set<String> known = keys("/i18n/compliance.properties");
        Pattern used = Pattern.compile("\"(compliance\\.[a-zA-Z0-9.]+)\"|'(compliance\\.[a-zA-Z0-9.]+)'");
        Set<String> missing = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main"))) {
            for (Path file : files.filter(
                            p -> p.toString().endsWith(".xhtml") || p.toString().endsWith(".java"))
                    .toList()) {
                String text = Files.readString(file, StandardCharsets.UTF_8);
                Matcher m = used.matcher(text);
                while (m.find()) {
                    if (text.substring(Math.max(0, m.start() - 7), m.start()).equals("record(")) {
                        continue; // an audit action name, not a text
                    }
                    String key = m.group(1) != null ? m.group(1) : m.group(2);
                    if (!key.endsWith(".") && !known.contains(key)) {
                        missing.add(key + " (" + file.getFileName() + ")");
                    }
                }
            }
        }
        assertTrue(missing.isEmpty(), "missing keys: " + missing);
    }

    private static Set<String> keys(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = BundlesTest.class.getResourceAsStream(resource)) {
            properties.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return new TreeSet<>(properties.stringPropertyNames());
    }
}
