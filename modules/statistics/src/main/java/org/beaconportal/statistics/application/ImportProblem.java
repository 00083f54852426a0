package org.beaconportal.statistics.application;

/**
 * One thing wrong with an uploaded file, precise enough to fix it: the file line, the column's
 * name, and a message key of the statistics bundle with its arguments.
 *
 * @param line line of the file (the header is line 1); 0 for a problem of the whole file
 * @param column the column's header name, or empty
 * @param messageKey key in {@code i18n/statistics.properties}
 * @param arguments the message's arguments after line and column
 */
public record ImportProblem(int line, String column, String messageKey, Object... arguments) {

    public ImportProblem {
        arguments = arguments.clone();
    }
}
