package org.beaconportal.statistics.application;

import java.util.List;
import org.beaconportal.core.application.BusinessRuleException;

/** An uploaded file was refused; nothing was changed. Carries every problem found. */
public class InvalidImportException extends BusinessRuleException {

    private static final long serialVersionUID = 1L;

    private final transient List<ImportProblem> problems;

    public InvalidImportException(List<ImportProblem> problems) {
        super("statistics.import.invalid", problems.size());
        this.problems = List.copyOf(problems);
    }

    public List<ImportProblem> problems() {
        return problems;
    }
}
