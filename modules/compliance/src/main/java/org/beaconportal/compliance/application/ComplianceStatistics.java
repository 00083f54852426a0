package org.beaconportal.compliance.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.beaconportal.compliance.domain.Assessment;
import org.beaconportal.compliance.domain.AssessmentRepository;
import org.beaconportal.compliance.domain.CompanyRepository;
import org.beaconportal.compliance.domain.SourcingRepository;
import org.beaconportal.core.application.StaffOnly;

/**
 * Anonymous figures across companies for staff: no company name, no answer. Averages are shown
 * only when at least {@link #MIN_COMPANIES} companies contribute, and a good is listed only when
 * that many companies source it, so that no single company can be recognised.
 */
@ApplicationScoped
public class ComplianceStatistics {

    public static final int MIN_COMPANIES = 3;

    /**
     * The figures.
     *
     * @param companies registered companies
     * @param assessed companies with a submitted assessment
     * @param averageByStep average of each company's latest score per step (empty below the threshold)
     * @param averageOverall average latest overall score, or null below the threshold
     * @param commonRiskGoods listed goods sourced by the most companies, with their company counts
     */
    public record Figures(
            int companies,
            int assessed,
            Map<Integer, BigDecimal> averageByStep,
            BigDecimal averageOverall,
            Map<String, Integer> commonRiskGoods) {}

    @Inject
    CompanyRepository companies;

    @Inject
    AssessmentRepository assessments;

    @Inject
    SourcingRepository sourcing;

    @Inject
    SourcingService sourcingService;

    @Transactional
    @StaffOnly
    public Figures figures() {
        Map<Long, Assessment> latest = new LinkedHashMap<>();
        for (Assessment a : assessments.submitted()) {
            latest.putIfAbsent(a.getCompanyId(), a);
        }
        Map<Integer, BigDecimal> byStep = new TreeMap<>();
        BigDecimal overall = null;
        if (latest.size() >= MIN_COMPANIES) {
            Map<Integer, List<Integer>> scores = new TreeMap<>();
            int sum = 0;
            for (Assessment a : latest.values()) {
                a.getStepScores().forEach((step, score) -> scores.computeIfAbsent(step, k -> new ArrayList<>())
                        .add(score));
                sum += a.getOverallScore();
            }
            scores.forEach((step, list) -> byStep.put(
                    step, average(list.stream().mapToInt(Integer::intValue).sum(), list.size())));
            overall = average(sum, latest.size());
        }
        Map<String, Set<Long>> goods = new HashMap<>();
        for (ScreeningResult r : sourcingService.screen(sourcing.allLines())) {
            if (r.isListed()) {
                goods.computeIfAbsent(r.match().good(), k -> new HashSet<>())
                        .add(r.line().getCompanyId());
            }
        }
        Map<String, Integer> common = new LinkedHashMap<>();
        goods.entrySet().stream()
                .filter(e -> e.getValue().size() >= MIN_COMPANIES)
                .sorted((a, b) -> b.getValue().size() != a.getValue().size()
                        ? Integer.compare(b.getValue().size(), a.getValue().size())
                        : a.getKey().compareTo(b.getKey()))
                .limit(10)
                .forEach(e -> common.put(e.getKey(), e.getValue().size()));
        return new Figures(companies.all().size(), latest.size(), byStep, overall, common);
    }

    private static BigDecimal average(int sum, int count) {
        return BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(count), 1, RoundingMode.HALF_UP);
    }
}
