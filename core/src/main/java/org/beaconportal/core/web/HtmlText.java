package org.beaconportal.core.web;

/**
 * Escaping of text placed into HTML the portal writes itself (search snippets, mail bodies, embed
 * pages): {@code & < > " '} become entities, so the text can stand in element content and in
 * quoted attribute values.
 *
 * <pre>{@code
 * "<p>" + HtmlText.escape(title) + "</p>"
 * }</pre>
 */
public final class HtmlText {

    private HtmlText() {}

    /** The text escaped; {@code null} gives an empty string. */
    public static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            append(out, text.charAt(i));
        }
        return out.toString();
    }

    /** Appends one character, escaped if HTML gives it a meaning. */
    public static void append(StringBuilder out, char c) {
        switch (c) {
            case '&' -> out.append("&amp;");
            case '<' -> out.append("&lt;");
            case '>' -> out.append("&gt;");
            case '"' -> out.append("&quot;");
            case '\'' -> out.append("&#39;");
            default -> out.append(c);
        }
    }
}
