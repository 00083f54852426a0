package org.beaconportal.compliance.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class GuidancePublicationsTest {

    @Test
    void yearComesFromTheIssueDateOrIsUnknown() {
        assertEquals(2021, GuidancePublications.yearOf("2021-05-01"));
        assertEquals(2019, GuidancePublications.yearOf("2019"));
        assertNull(GuidancePublications.yearOf(""));
        assertNull(GuidancePublications.yearOf(null));
        assertNull(GuidancePublications.yearOf("May 2021"));
    }
}
