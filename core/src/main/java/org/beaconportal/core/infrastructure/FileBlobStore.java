package org.beaconportal.core.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;
import org.beaconportal.core.application.BlobStore;

/**
 * {@link BlobStore} on the file system, under the data directory's {@code blobs/} folder: the blob
 * with hash {@code abcd12...} lives at {@code blobs/ab/cd/abcd12...}. Content is first written to
 * a temporary file in {@code blobs/.tmp} (same file system) and then moved into place atomically,
 * so a reader never sees a half-written blob and a crash leaves at most a stray temporary file.
 *
 * <pre>{@code
 * BlobStore blobs = new FileBlobStore(Path.of("/var/beacon/blobs"));
 * String sha256 = blobs.put(Files.newInputStream(upload)).sha256();
 * }</pre>
 */
@ApplicationScoped
public class FileBlobStore implements BlobStore {

    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    private Path root;

    /** For CDI's client proxy only. */
    protected FileBlobStore() {}

    @Inject
    public FileBlobStore(DataDirectory dataDirectory) {
        this(dataDirectory.folder("blobs"));
    }

    /** A store rooted at {@code root} (created when missing). */
    public FileBlobStore(Path root) {
        this.root = root;
    }

    @Override
    public Stored put(InputStream content) throws IOException {
        Path tmpFolder = Files.createDirectories(root.resolve(".tmp"));
        Path tmp = Files.createTempFile(tmpFolder, "blob-", ".part");
        try {
            MessageDigest digest = sha256();
            long size;
            try (OutputStream out = new DigestOutputStream(Files.newOutputStream(tmp), digest)) {
                size = content.transferTo(out);
            }
            String hash = HexFormat.of().formatHex(digest.digest());
            Path target = pathOf(hash);
            if (Files.exists(target)) {
                return new Stored(hash, size, false);
            }
            Files.createDirectories(target.getParent());
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (FileAlreadyExistsException raced) {
                return new Stored(hash, size, false);
            } catch (AtomicMoveNotSupportedException e) {
                throw new IOException("The blob folder does not support atomic moves: " + root, e);
            }
            return new Stored(hash, size, true);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    @Override
    public Optional<InputStream> open(String sha256) throws IOException {
        if (!isName(sha256)) {
            return Optional.empty();
        }
        Path file = pathOf(sha256);
        return Files.isRegularFile(file) ? Optional.of(Files.newInputStream(file)) : Optional.empty();
    }

    @Override
    public boolean exists(String sha256) {
        return isName(sha256) && Files.isRegularFile(pathOf(sha256));
    }

    @Override
    public void delete(String sha256) throws IOException {
        if (isName(sha256)) {
            Files.deleteIfExists(pathOf(sha256));
        }
    }

    /** Where the blob of this hash lives: {@code ab/cd/abcd...} under the root. */
    public Path pathOf(String sha256) {
        if (!isName(sha256)) {
            throw new IllegalArgumentException("Not a SHA-256 name: " + sha256);
        }
        return root.resolve(sha256.substring(0, 2))
                .resolve(sha256.substring(2, 4))
                .resolve(sha256);
    }

    private static boolean isName(String sha256) {
        return sha256 != null && SHA256.matcher(sha256).matches();
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Java without SHA-256", e);
        }
    }
}
