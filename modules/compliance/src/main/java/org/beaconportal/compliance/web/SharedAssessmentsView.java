package org.beaconportal.compliance.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.beaconportal.compliance.application.AssessmentSharing;

/** Staff's list of the assessments companies share with them ({@code /admin/compliance/shared}). */
@Named
@RequestScoped
public class SharedAssessmentsView {

    @Inject
    AssessmentSharing sharing;

    private List<AssessmentSharing.SharedSummary> rows;

    public List<AssessmentSharing.SharedSummary> getRows() {
        if (rows == null) {
            rows = sharing.shared();
        }
        return rows;
    }
}
