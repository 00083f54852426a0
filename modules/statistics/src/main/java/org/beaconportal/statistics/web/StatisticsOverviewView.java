package org.beaconportal.statistics.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.beaconportal.statistics.application.DatasetService;
import org.beaconportal.statistics.application.PublicDataset;

/** The {@code /statistics} overview: key figures and the list of datasets. */
@Named
@RequestScoped
public class StatisticsOverviewView {

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
