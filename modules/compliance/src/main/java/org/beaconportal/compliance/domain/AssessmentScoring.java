package org.beaconportal.compliance.domain;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * How an assessment is scored, deterministically and in exact decimal arithmetic.
 *
 * <ul>
 *   <li>A question earns {@code weight × level ÷ highest level}; an unanswered question earns 0.
 *   <li>A step scores {@code 100 × earned ÷ sum of the step's weights}, rounded half up.
 *   <li>Overall is the mean of the scores of the steps that have questions, rounded half up.
 * </ul>
 *
 * <p>Example: weights 2 and 1, answers at level 3 of 4 and level 4 of 4: {@code 100 × (1.5 + 1) ÷ 3 = 83.3 → 83}.
 */
public final class AssessmentScoring {

    private static final MathContext EXACT = new MathContext(20, RoundingMode.HALF_UP);

    /** One question as scoring sees it; {@code level} is null when unanswered. */
    public record ScoredQuestion(int step, int weight, int maxLevel, Integer level) {}

    private AssessmentScoring() {}

    public static AssessmentScore score(List<ScoredQuestion> questions) {
        Map<Integer, BigDecimal> earned = new TreeMap<>();
        Map<Integer, Integer> weights = new TreeMap<>();
        for (ScoredQuestion q : questions) {
            weights.merge(q.step(), q.weight(), Integer::sum);
            BigDecimal points = q.level() == null || q.maxLevel() == 0
                    ? BigDecimal.ZERO
                    : BigDecimal.valueOf((long) q.weight() * q.level()).divide(BigDecimal.valueOf(q.maxLevel()), EXACT);
            earned.merge(q.step(), points, BigDecimal::add);
        }
        Map<Integer, Integer> stepScores = new LinkedHashMap<>();
        int sum = 0;
        for (Map.Entry<Integer, Integer> step : weights.entrySet()) {
            int score = earned.get(step.getKey())
                    .multiply(BigDecimal.valueOf(100))
                    .divide(BigDecimal.valueOf(step.getValue()), EXACT)
                    .setScale(0, RoundingMode.HALF_UP)
                    .intValueExact();
            stepScores.put(step.getKey(), score);
            sum += score;
        }
        int overall = stepScores.isEmpty()
                ? 0
                : BigDecimal.valueOf(sum)
                        .divide(BigDecimal.valueOf(stepScores.size()), EXACT)
                        .setScale(0, RoundingMode.HALF_UP)
                        .intValueExact();
        return new AssessmentScore(new TreeMap<>(stepScores), overall);
    }
}
