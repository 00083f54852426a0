package org.beaconportal.compliance.domain;

import java.util.Map;

/**
 * Scores of one assessment: 0 to 100 per step that has questions, and overall.
 *
 * @param stepScores step number to score, in step order
 * @param overall the mean of the step scores, rounded half up
 */
public record AssessmentScore(Map<Integer, Integer> stepScores, int overall) {

    public AssessmentScore {
        stepScores = Map.copyOf(stepScores);
    }
}
