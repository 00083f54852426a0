package org.beaconportal.publications.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.beaconportal.core.web.CurrentEditor;
import org.beaconportal.publications.application.DownloadStatistics;

/** Staff page {@code /admin/publications/downloads}: downloads per file per month, with CSV export. */
@Named
@RequestScoped
public class DownloadStatisticsView {

    @Inject
    DownloadStatistics downloads;

    @Inject
    CurrentEditor currentEditor;

    private List<DownloadStatistics.Row> rows;

    public List<DownloadStatistics.Row> getRows() {
        if (rows == null) {
            rows = downloads.rows(currentEditor.get());
        }
        return rows;
    }
}
