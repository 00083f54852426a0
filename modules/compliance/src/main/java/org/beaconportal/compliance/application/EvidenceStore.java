package org.beaconportal.compliance.application;

import java.io.InputStream;

/**
 * Where evidence files' bytes live: one folder per company, files named by their random id. Never
 * content-addressed, so identical files of two companies are two separate files.
 */
public interface EvidenceStore {

    /** Stores the bytes and returns their size; refuses more than {@code maxBytes}. */
    long store(long companyId, String fileId, InputStream content, long maxBytes);

    InputStream open(long companyId, String fileId);

    void delete(long companyId, String fileId);

    /** Removes every file of the company. */
    void deleteCompany(long companyId);
}
