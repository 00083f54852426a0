package org.beaconportal.resources.application;

import java.io.Serializable;
import java.util.List;

/**
 * What a CSV import did: listings created, listings updated, listings already up to date, and each
 * refused row with its line and reason (message key and arguments).
 */
public record ImportReport(int created, int updated, int unchanged, List<RowError> errors) implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A refused row. */
    public record RowError(int line, String name, String reasonKey, List<String> reasonArgs) implements Serializable {

        private static final long serialVersionUID = 1L;

        public int getLine() {
            return line;
        }

        public String getName() {
            return name;
        }
    }

    public int getCreated() {
        return created;
    }

    public int getUpdated() {
        return updated;
    }

    public int getUnchanged() {
        return unchanged;
    }

    public List<RowError> getErrors() {
        return errors;
    }
}
