package org.beaconportal.publications.api;

import jakarta.servlet.http.HttpServletRequest;

/** Absolute addresses for links the module writes into files and feeds. */
final class Origins {

    private Origins() {}

    /** Scheme, host, port and context path of the request. */
    static String of(HttpServletRequest request) {
        int port = request.getServerPort();
        boolean standard = ("http".equals(request.getScheme()) && port == 80)
                || ("https".equals(request.getScheme()) && port == 443);
        return request.getScheme() + "://" + request.getServerName() + (standard ? "" : ":" + port)
                + request.getContextPath();
    }
}
