package org.beaconportal.statistics.application;

import java.math.BigDecimal;

/** The descriptive fields of a dataset as staff edit them; blank optional fields mean none. */
public record DatasetDetails(
        String title,
        String titleEs,
        String description,
        String descriptionEs,
        String sourceOrganisation,
        String citation,
        String sourceUrl,
        String licence,
        String referencePeriod,
        String methodology,
        String methodologyEs,
        BigDecimal suppressionThreshold) {}
