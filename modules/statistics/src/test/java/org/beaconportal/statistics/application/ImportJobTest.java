package org.beaconportal.statistics.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ImportJobTest {

    @Test
    void checkingIsNinetyPerCentAndFinishingTheRest() {
        ImportJob job = new ImportJob("editor", 1000);
        assertEquals(0, job.percent());

        job.checked(500);
        assertEquals(45, job.percent());
        job.checked(1000);
        assertEquals(90, job.percent());
        assertFalse(job.isFinished());

        job.succeeded(1000, 3);
        assertEquals(100, job.percent());
        assertEquals(ImportJob.State.SUCCEEDED, job.state());
        assertEquals(3, job.savedVersion());
    }

    @Test
    void refusedJobKeepsItsProblems() {
        ImportJob job = new ImportJob("editor", 2);

        job.refused(List.of(new ImportProblem(2, "value", "statistics.import.notANumber", "x")));

        assertTrue(job.isFinished());
        assertEquals(ImportJob.State.REFUSED, job.state());
        assertEquals("value", job.problems().get(0).column());
    }
}
