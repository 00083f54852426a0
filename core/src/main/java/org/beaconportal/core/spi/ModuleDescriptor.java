package org.beaconportal.core.spi;

import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Identity of a module: what the registry knows before asking the module for anything else.
 *
 * <pre>{@code
 * new ModuleDescriptor("newsletter", "1.0.0", "newsletter.module.name", 1, Set.of("publications"), "/newsletter")
 * }</pre>
 *
 * @param id stable identifier, lower case letters and digits ({@code "publications"}); also names
 *     the module's migration folder {@code db/migration/<id>} and its bundle {@code i18n/<id>}
 * @param version the module's own version, shown to staff
 * @param nameKey key of the module's display name in its resource bundle
 * @param requiredSpiVersion the {@link CoreSpi#VERSION} this module was written against
 * @param dependencies ids of the modules this one needs enabled
 * @param basePath the public URL prefix the module owns ({@code "/publications"}); its staff
 *     pages live under {@code /admin} followed by the same prefix
 * @since 1
 */
public record ModuleDescriptor(
        String id, String version, String nameKey, int requiredSpiVersion, Set<String> dependencies, String basePath) {

    private static final Pattern ID = Pattern.compile("[a-z][a-z0-9]{1,30}");

    public ModuleDescriptor {
        Objects.requireNonNull(id, "id");
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException("Module id must be lower-case letters and digits: " + id);
        }
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(nameKey, "nameKey");
        dependencies = Set.copyOf(Objects.requireNonNull(dependencies, "dependencies"));
        if (dependencies.contains(id)) {
            throw new IllegalArgumentException("Module " + id + " cannot depend on itself");
        }
        Objects.requireNonNull(basePath, "basePath");
        if (!basePath.startsWith("/") || basePath.endsWith("/") || basePath.length() < 2) {
            throw new IllegalArgumentException("Base path must look like /name: " + basePath);
        }
    }

    /** Classpath folder of the module's SQL migrations. */
    public String migrationLocation() {
        return "db/migration/" + id;
    }

    /** Base name of the module's resource bundle (English default, {@code _es} for Spanish). */
    public String bundleBaseName() {
        return "i18n." + id;
    }

    /** URL prefix of the module's staff pages. */
    public String staffBasePath() {
        return "/admin" + basePath;
    }
}
