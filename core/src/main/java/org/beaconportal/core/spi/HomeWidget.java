package org.beaconportal.core.spi;

import java.util.Objects;

/**
 * A panel a module contributes to the home page: a Facelets fragment from the module's jar.
 *
 * <p>The fragment is included inside the home page's widget grid and must be stateless (it runs on
 * a public page with a transient view): request-scoped beans only, no forms that post back.
 *
 * <pre>{@code
 * new HomeWidget("latest-publications", "/publications/widgets/latest.xhtml", 20, Width.HALF)
 * }</pre>
 *
 * @param id unique within the module
 * @param fragment path of the Facelets fragment ({@code META-INF/resources} of the module jar)
 * @param order position on the home page, lower first
 * @param width share of the row the panel needs
 * @since 1
 */
public record HomeWidget(String id, String fragment, int order, Width width) {

    /** Share of a row on wide screens; on phones every widget takes the full width. */
    public enum Width {
        FULL,
        HALF,
        THIRD
    }

    public HomeWidget {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(fragment, "fragment");
        Objects.requireNonNull(width, "width");
        if (!fragment.startsWith("/") || !fragment.endsWith(".xhtml")) {
            throw new IllegalArgumentException("Widget fragment must be an absolute .xhtml path: " + fragment);
        }
    }
}
