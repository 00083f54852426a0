package org.beaconportal.it.browser;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assertions;

/**
 * The axe-core verdict on the page a browser shows, limited to violations that block people:
 * impact {@code serious} or {@code critical}. No rule is disabled.
 *
 * <pre>{@code
 * AccessibilityReport.of(browser).assertNoSeriousViolations("home page");
 * }</pre>
 */
public final class AccessibilityReport {

    private static final Set<String> BLOCKING = Set.of("serious", "critical");

    private final List<Rule> blocking;

    private AccessibilityReport(List<Rule> blocking) {
        this.blocking = blocking;
    }

    /** Runs axe-core on the current page. */
    public static AccessibilityReport of(Browser browser) {
        Results results = new AxeBuilder().analyze(browser.driver());
        if (results.isErrored()) {
            throw new IllegalStateException(
                    "axe-core failed on " + results.getUrl() + ": " + results.getErrorMessage());
        }
        return new AccessibilityReport(results.getViolations().stream()
                .filter(rule -> BLOCKING.contains(rule.getImpact()))
                .toList());
    }

    public List<Rule> seriousViolations() {
        return blocking;
    }

    /** Fails with one line per violation (id, impact, help) and the selectors of the offending elements. */
    public void assertNoSeriousViolations(String page) {
        Assertions.assertTrue(
                blocking.isEmpty(),
                () -> blocking.size() + " serious or critical accessibility violation(s) on " + page + ":\n"
                        + blocking.stream().map(AccessibilityReport::describe).collect(Collectors.joining("\n")));
    }

    private static String describe(Rule rule) {
        return "- " + rule.getId() + " [" + rule.getImpact() + "] " + rule.getHelp() + " (" + rule.getHelpUrl() + ")"
                + rule.getNodes().stream()
                        .map(AccessibilityReport::describeNode)
                        .collect(Collectors.joining());
    }

    private static String describeNode(CheckedNode node) {
        String summary = node.getFailureSummary() == null
                ? ""
                : ": " + node.getFailureSummary().replaceAll("\\s+", " ").trim();
        return "\n    at " + node.getTarget() + summary;
    }
}
