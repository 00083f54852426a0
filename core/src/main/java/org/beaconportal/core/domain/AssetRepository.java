package org.beaconportal.core.domain;

import java.util.List;
import java.util.Optional;

/** Stored {@link Asset}s (metadata only; the bytes are in the blob store). */
public interface AssetRepository {

    void save(Asset asset);

    void flush();

    Optional<Asset> find(long id);

    /** Newest first. */
    List<Asset> list(int first, int max);

    long count();
}
