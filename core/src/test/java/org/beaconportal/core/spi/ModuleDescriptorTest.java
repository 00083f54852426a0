package org.beaconportal.core.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ModuleDescriptorTest {

    private static ModuleDescriptor descriptor(String id, Set<String> dependencies, String basePath) {
        return new ModuleDescriptor(id, "1.0.0", id + ".module.name", CoreSpi.VERSION, dependencies, basePath);
    }

    @ParameterizedTest
    @ValueSource(strings = {"publications", "ab", "news2", "a234567890123456789012345678901"})
    void acceptsLowerCaseIdsStartingWithALetter(String id) {
        ModuleDescriptor descriptor = descriptor(id, Set.of(), "/" + id);

        assertEquals(id, descriptor.id());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "a",
                "News",
                "2news",
                "news-letter",
                "news_letter",
                "news letter",
                "newsé",
                "a2345678901234567890123456789012"
            })
    void rejectsMalformedIds(String id) {
        assertThrows(IllegalArgumentException.class, () -> descriptor(id, Set.of(), "/news"));
    }

    @Test
    void rejectsNullId() {
        assertThrows(NullPointerException.class, () -> descriptor(null, Set.of(), "/news"));
    }

    @Test
    void rejectsDependencyOnItself() {
        assertThrows(
                IllegalArgumentException.class, () -> descriptor("newsletter", Set.of("newsletter"), "/newsletter"));
    }

    @Test
    void rejectsNullDependencies() {
        assertThrows(NullPointerException.class, () -> descriptor("newsletter", null, "/newsletter"));
    }

    @Test
    void keepsAnImmutableCopyOfTheDependencies() {
        Set<String> dependencies = new HashSet<>(Set.of("publications"));
        ModuleDescriptor descriptor = descriptor("newsletter", dependencies, "/newsletter");

        dependencies.add("events");

        assertEquals(Set.of("publications"), descriptor.dependencies());
        assertThrows(
                UnsupportedOperationException.class,
                () -> descriptor.dependencies().add("events"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/n", "/newsletter", "/news/letter"})
    void acceptsBasePathsStartingWithSlashWithoutTrailingSlash(String basePath) {
        ModuleDescriptor descriptor = descriptor("newsletter", Set.of(), basePath);

        assertEquals(basePath, descriptor.basePath());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "/", "newsletter", "/newsletter/"})
    void rejectsMalformedBasePaths(String basePath) {
        assertThrows(IllegalArgumentException.class, () -> descriptor("newsletter", Set.of(), basePath));
    }

    @Test
    void rejectsNullBasePathVersionAndNameKey() {
        assertThrows(NullPointerException.class, () -> descriptor("newsletter", Set.of(), null));
        assertThrows(
                NullPointerException.class,
                () -> new ModuleDescriptor("newsletter", null, "key", 1, Set.of(), "/newsletter"));
        assertThrows(
                NullPointerException.class,
                () -> new ModuleDescriptor("newsletter", "1.0.0", null, 1, Set.of(), "/newsletter"));
    }

    @Test
    void migrationLocationIsNamedAfterTheId() {
        ModuleDescriptor descriptor = descriptor("publications", Set.of(), "/resources");

        assertEquals("db/migration/publications", descriptor.migrationLocation());
    }

    @Test
    void bundleBaseNameIsNamedAfterTheId() {
        ModuleDescriptor descriptor = descriptor("publications", Set.of(), "/resources");

        assertEquals("i18n.publications", descriptor.bundleBaseName());
    }

    @Test
    void staffBasePathIsTheBasePathUnderAdmin() {
        ModuleDescriptor descriptor = descriptor("publications", Set.of(), "/resources");

        assertEquals("/admin/resources", descriptor.staffBasePath());
    }
}
