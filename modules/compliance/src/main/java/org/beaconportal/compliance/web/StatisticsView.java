package org.beaconportal.compliance.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.beaconportal.compliance.application.ComplianceStatistics;

/** Staff's anonymous overview ({@code /admin/compliance}). */
@Named
@RequestScoped
public class StatisticsView {

    @Inject
    ComplianceStatistics statistics;

    private ComplianceStatistics.Figures figures;

    public ComplianceStatistics.Figures getFigures() {
        if (figures == null) {
            figures = statistics.figures();
        }
        return figures;
    }

    public List<Map.Entry<Integer, java.math.BigDecimal>> getStepAverages() {
        return new ArrayList<>(getFigures().averageByStep().entrySet());
    }

    public List<Map.Entry<String, Integer>> getRiskGoods() {
        return new ArrayList<>(getFigures().commonRiskGoods().entrySet());
    }

    public int getThreshold() {
        return ComplianceStatistics.MIN_COMPANIES;
    }
}
