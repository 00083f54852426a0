package org.beaconportal.core.application;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

/**
 * Content-addressed storage of bytes: a blob's name is the SHA-256 of its content, so storing
 * equal content twice keeps one copy and a stored blob never changes.
 *
 * <pre>{@code
 * BlobStore.Stored stored = blobs.put(upload);
 * try (InputStream in = blobs.open(stored.sha256()).orElseThrow()) { ... }
 * }</pre>
 */
public interface BlobStore {

    /**
     * The result of {@link #put}.
     *
     * @param sha256 the blob's name, 64 lower-case hex digits
     * @param size its length in bytes
     * @param created true when this call wrote it, false when equal content was there already
     */
    record Stored(String sha256, long size, boolean created) {}

    /** Stores the stream's bytes (read to the end, not closed) and names them by their hash. */
    Stored put(InputStream content) throws IOException;

    /** The blob's bytes, or empty when there is no blob of that name. */
    Optional<InputStream> open(String sha256) throws IOException;

    boolean exists(String sha256);

    /** Removes a blob (used to undo a write whose transaction rolled back). */
    void delete(String sha256) throws IOException;
}
