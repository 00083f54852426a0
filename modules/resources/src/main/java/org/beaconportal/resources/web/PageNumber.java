package org.beaconportal.resources.web;

/** A page number from a URL parameter: 1 for anything that is not a positive number. */
final class PageNumber {

    private PageNumber() {}

    static int parse(String text) {
        if (text == null || !text.strip().matches("[0-9]{1,6}")) {
            return 1;
        }
        return Math.max(1, Integer.parseInt(text.strip()));
    }
}
