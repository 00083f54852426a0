package org.beaconportal.statistics.application;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One running import, so that the staff page can show its progress: how many rows were checked
 * out of how many, then whether it succeeded (and which version keeps the previous values) or why
 * it was refused. Thread-safe: the import runs in the background, the page polls.
 */
public final class ImportJob {

    /** Where a job is. */
    public enum State {
        RUNNING,
        SUCCEEDED,
        REFUSED
    }

    private final String id = UUID.randomUUID().toString();
    private final String owner;
    private final int totalRows;
    private final AtomicInteger checkedRows = new AtomicInteger();
    private volatile State state = State.RUNNING;
    private volatile int importedRows;
    private volatile int savedVersion;
    private volatile List<ImportProblem> problems = List.of();

    ImportJob(String owner, int totalRows) {
        this.owner = owner;
        this.totalRows = totalRows;
    }

    void checked(int rows) {
        checkedRows.set(rows);
    }

    void succeeded(int rows, int version) {
        importedRows = rows;
        savedVersion = version;
        state = State.SUCCEEDED;
    }

    void refused(List<ImportProblem> why) {
        problems = List.copyOf(why);
        state = State.REFUSED;
    }

    public String id() {
        return id;
    }

    /** User name of the staff member who started the import. */
    public String owner() {
        return owner;
    }

    public State state() {
        return state;
    }

    public boolean isFinished() {
        return state != State.RUNNING;
    }

    /**
     * Progress in per cent: checking the rows is the first 90 per cent, saving them the rest.
     */
    public int percent() {
        if (isFinished()) {
            return 100;
        }
        return totalRows == 0 ? 0 : Math.min(90, checkedRows.get() * 90 / totalRows);
    }

    public int importedRows() {
        return importedRows;
    }

    public int savedVersion() {
        return savedVersion;
    }

    public List<ImportProblem> problems() {
        return problems;
    }
}
