package org.beaconportal.compliance.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class GuidanceStepTest {

    @Test
    void linksPublicationsInTheChosenOrderWithoutRepeatsOrGaps() {
        GuidanceStep step = new GuidanceStep(4, "en", "Communicate and train", "Summary");
        step.linkPublications(Arrays.asList(30L, 10L, null, 30L, 20L));
        assertEquals(List.of(30L, 10L, 20L), step.getPublicationIds());
        step.linkPublications(List.of());
        assertEquals(List.of(), step.getPublicationIds());
    }

    @Test
    void refusesMoreThanTheLimitAndKeepsTheLinksItHad() {
        GuidanceStep step = new GuidanceStep(4, "en", "Communicate and train", "Summary");
        step.linkPublications(List.of(1L));
        List<Long> tooMany = new ArrayList<>(LongStream.rangeClosed(1, GuidanceStep.MAX_PUBLICATIONS + 1L)
                .boxed()
                .toList());
        assertThrows(IllegalArgumentException.class, () -> step.linkPublications(tooMany));
        assertEquals(List.of(1L), step.getPublicationIds());
    }
}
