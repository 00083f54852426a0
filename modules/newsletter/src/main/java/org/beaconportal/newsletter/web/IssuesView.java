package org.beaconportal.newsletter.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.beaconportal.newsletter.application.IssueService;
import org.beaconportal.newsletter.application.SendProgress;
import org.beaconportal.newsletter.domain.Issue;

/** {@code /admin/newsletter}: every issue, newest first, with its state and progress. */
@Named
@RequestScoped
public class IssuesView {

    @Inject
    IssueService issues;

    private List<Issue> all;

    public List<Issue> getIssues() {
        if (all == null) {
            all = issues.all();
        }
        return all;
    }

    public SendProgress progress(Issue issue) {
        return issues.progress(issue.getId());
    }
}
