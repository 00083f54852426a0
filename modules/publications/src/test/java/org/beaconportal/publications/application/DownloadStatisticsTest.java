package org.beaconportal.publications.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class DownloadStatisticsTest {

    @Test
    void csvCellsAreQuotedAndFormulasDefused() {
        assertEquals("plain", DownloadStatistics.cell("plain"));
        assertEquals("\"a, b\"", DownloadStatistics.cell("a, b"));
        assertEquals("\"say \"\"hi\"\"\"", DownloadStatistics.cell("say \"hi\""));
        assertEquals("'=SUM(A1)", DownloadStatistics.cell("=SUM(A1)"));
        assertEquals("", DownloadStatistics.cell(null));
    }
}
