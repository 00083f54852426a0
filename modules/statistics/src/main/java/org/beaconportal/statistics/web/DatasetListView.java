package org.beaconportal.statistics.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.beaconportal.statistics.application.DatasetService;
import org.beaconportal.statistics.application.PublicDataset;

/** The staff list of datasets, {@code /admin/statistics}. */
@Named
@RequestScoped
public class DatasetListView {

    @Inject
    DatasetService datasets;

    private List<PublicDataset> list;

    public List<PublicDataset> getDatasets() {
        if (list == null) {
            list = datasets.published();
        }
        return list;
    }
}
