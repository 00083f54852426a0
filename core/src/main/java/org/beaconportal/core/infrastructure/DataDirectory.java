package org.beaconportal.core.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The portal's data directory (database, blobs, search index, mail outbox), outside the build
 * output so that {@code mvn clean} keeps content. Setting {@code beacon.data.dir} or the
 * environment variable {@code BEACON_DATA_DIR}; default {@code ~/.beacon}.
 */
@ApplicationScoped
public class DataDirectory {

    private Path root;

    /** For CDI's client proxy only. */
    protected DataDirectory() {}

    @Inject
    public DataDirectory(@ConfigProperty(name = "beacon.data.dir", defaultValue = "") String configured) {
        this.root = resolve(configured);
    }

    static Path resolve(String configured) {
        String value = configured == null ? "" : configured.trim();
        if (value.isEmpty()) {
            return Paths.get(System.getProperty("user.home"), ".beacon").toAbsolutePath();
        }
        if (value.startsWith("~/")) {
            return Paths.get(System.getProperty("user.home"), value.substring(2))
                    .toAbsolutePath();
        }
        return Paths.get(value).toAbsolutePath();
    }

    public Path root() {
        return root;
    }

    /** A sub-folder of the data directory, created on first use. */
    public Path folder(String name) {
        Path folder = root.resolve(name);
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create data folder " + folder, e);
        }
        return folder;
    }
}
