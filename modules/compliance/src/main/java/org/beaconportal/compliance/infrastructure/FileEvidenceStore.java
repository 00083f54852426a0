package org.beaconportal.compliance.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.beaconportal.compliance.application.EvidenceStore;
import org.beaconportal.core.application.BusinessRuleException;
import org.beaconportal.core.infrastructure.DataDirectory;

/** Evidence bytes under {@code compliance-evidence/<company id>/<file id>} in the data directory. */
@ApplicationScoped
public class FileEvidenceStore implements EvidenceStore {

    private static final Pattern FILE_ID = Pattern.compile("[0-9a-f-]{36}");

    @Inject
    DataDirectory dataDirectory;

    @Override
    public long store(long companyId, String fileId, InputStream content, long maxBytes) {
        Path target = path(companyId, fileId);
        try {
            Files.createDirectories(target.getParent());
            long written = 0;
            byte[] buffer = new byte[8192];
            try (OutputStream out = Files.newOutputStream(target)) {
                int read;
                while ((read = content.read(buffer)) != -1) {
                    written += read;
                    if (written > maxBytes) {
                        throw new BusinessRuleException("compliance.evidence.tooLarge", maxBytes / (1024 * 1024));
                    }
                    out.write(buffer, 0, read);
                }
            }
            return written;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (BusinessRuleException e) {
            delete(companyId, fileId);
            throw e;
        }
    }

    @Override
    public InputStream open(long companyId, String fileId) {
        try {
            return Files.newInputStream(path(companyId, fileId));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void delete(long companyId, String fileId) {
        try {
            Files.deleteIfExists(path(companyId, fileId));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void deleteCompany(long companyId) {
        Path folder = dataDirectory.folder("compliance-evidence").resolve(Long.toString(companyId));
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Path path(long companyId, String fileId) {
        if (!FILE_ID.matcher(fileId).matches()) {
            throw new IllegalArgumentException("Bad file id");
        }
        return dataDirectory
                .folder("compliance-evidence")
                .resolve(Long.toString(companyId))
                .resolve(fileId);
    }
}
