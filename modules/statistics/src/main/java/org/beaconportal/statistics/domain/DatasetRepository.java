package org.beaconportal.statistics.domain;

import java.util.List;
import java.util.Optional;

/** Where datasets, their charts and their saved versions are kept. */
public interface DatasetRepository {

    List<Dataset> all();

    Optional<Dataset> bySlug(String slug);

    Optional<DatasetChart> chartByKey(String key);

    void add(Dataset dataset);

    void addVersion(DatasetVersion version);

    /** Saved versions of a dataset, newest first. */
    List<DatasetVersion> versions(Dataset dataset);

    Optional<DatasetVersion> version(Dataset dataset, int number);

    /** The next free version number of a dataset (1 for the first). */
    int nextVersionNumber(Dataset dataset);
}
