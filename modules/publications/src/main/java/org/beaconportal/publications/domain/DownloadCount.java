package org.beaconportal.publications.domain;

/**
 * How many times one file was downloaded in one month. Only this count is kept: no address, no
 * time of day, no user agent.
 *
 * @param fileId the publication file
 * @param month {@code yyyy-MM}
 * @param downloads the count
 */
public record DownloadCount(long fileId, String month, long downloads) {

    public long getFileId() {
        return fileId;
    }

    public String getMonth() {
        return month;
    }

    public long getDownloads() {
        return downloads;
    }
}
