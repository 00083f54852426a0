package org.beaconportal.compliance.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.beaconportal.compliance.domain.AssessmentScoring.ScoredQuestion;
import org.junit.jupiter.api.Test;

class AssessmentScoringTest {

    @Test
    void stepScoreIsTheWeightedShareOfTheHighestLevelRoundedHalfUp() {
        // weights 2 and 1; levels 3 of 4 and 4 of 4: 100 × (2×3/4 + 1×4/4) / 3 = 100 × 2.5 / 3 = 83.33 → 83
        AssessmentScore score =
                AssessmentScoring.score(List.of(new ScoredQuestion(1, 2, 4, 3), new ScoredQuestion(1, 1, 4, 4)));

        assertEquals(Map.of(1, 83), score.stepScores());
        assertEquals(83, score.overall());
    }

    @Test
    void unansweredQuestionsEarnNothingAndOverallIsTheMeanOfSteps() {
        // step 1: 100 × (1×2/4) / 2 = 25; step 2: 100 × (3×4/4) / 3 = 100; mean 62.5 → 63 (half up)
        AssessmentScore score = AssessmentScoring.score(List.of(
                new ScoredQuestion(1, 1, 4, 2), new ScoredQuestion(1, 1, 4, null), new ScoredQuestion(2, 3, 4, 4)));

        assertEquals(Map.of(1, 25, 2, 100), score.stepScores());
        assertEquals(63, score.overall());
    }

    @Test
    void halfAPointRoundsUp() {
        // 100 × (1×1/8) / 1 = 12.5 → 13
        AssessmentScore score = AssessmentScoring.score(List.of(new ScoredQuestion(3, 1, 8, 1)));

        assertEquals(13, score.stepScores().get(3));
    }

    @Test
    void sameAnswersAlwaysGiveTheSameScore() {
        List<ScoredQuestion> answers =
                List.of(new ScoredQuestion(1, 3, 3, 1), new ScoredQuestion(2, 2, 4, 3), new ScoredQuestion(5, 1, 4, 0));
        assertEquals(AssessmentScoring.score(answers), AssessmentScoring.score(answers));
        // step 1: 100 × 1/3 = 33.3 → 33; step 2: 75; step 5: 0; overall 108/3 = 36
        assertEquals(36, AssessmentScoring.score(answers).overall());
    }

    @Test
    void noQuestionsScoreZero() {
        assertEquals(0, AssessmentScoring.score(List.of()).overall());
    }
}
