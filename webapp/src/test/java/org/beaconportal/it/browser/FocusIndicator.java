package org.beaconportal.it.browser;

import java.util.List;
import org.openqa.selenium.WebElement;

/**
 * How the browser draws the keyboard focus on an element, read from its computed style: an outline
 * (style other than {@code none}, width above zero) or a box shadow counts as a visible indicator.
 *
 * <pre>{@code
 * FocusIndicator indicator = FocusIndicator.of(browser, browser.tab());
 * assertTrue(indicator.isVisible(), indicator.toString());
 * }</pre>
 */
public record FocusIndicator(String element, String outlineStyle, double outlineWidthPx, String boxShadow) {

    private static final String READ_STYLE = "var e = arguments[0], s = getComputedStyle(e);"
            + "var text = (e.innerText || e.value || '').trim().replace(/\\s+/g, ' ').substring(0, 40);"
            + "return [e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (text ? ' \"' + text + '\"' : ''),"
            + " s.outlineStyle, s.outlineWidth, s.boxShadow];";

    public static FocusIndicator of(Browser browser, WebElement element) {
        List<?> style = (List<?>) browser.script(READ_STYLE, element);
        String width = String.valueOf(style.get(2));
        return new FocusIndicator(
                String.valueOf(style.get(0)),
                String.valueOf(style.get(1)),
                width.endsWith("px") ? Double.parseDouble(width.substring(0, width.length() - 2)) : 0,
                String.valueOf(style.get(3)));
    }

    public boolean hasOutline() {
        return !"none".equals(outlineStyle) && outlineWidthPx > 0;
    }

    public boolean hasBoxShadow() {
        return !"none".equals(boxShadow) && !boxShadow.isBlank();
    }

    public boolean isVisible() {
        return hasOutline() || hasBoxShadow();
    }

    @Override
    public String toString() {
        return element + ": outline " + outlineStyle + " " + outlineWidthPx + "px, box-shadow " + boxShadow;
    }
}
