package org.beaconportal.core.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.DefaultUrlSanitizer;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;
import org.jsoup.nodes.TextNode;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

/**
 * Turns Markdown written by editors and company users into HTML that is safe to put in a page,
 * and into plain text for search indexing and summaries.
 *
 * <pre>{@code
 * MarkdownRenderer markdown = new MarkdownRenderer(); // or @Inject
 * markdown.toSafeHtml("# Help\nSee [our guide](/resources/labour-trafficking).");
 * // <h2>Help</h2>
 * // <p>See <a href="/resources/labour-trafficking">our guide</a>.</p>
 * markdown.toPlainText("# Help\nSee *our* guide."); // "Help See our guide."
 * }</pre>
 *
 * <p>CommonMark with GFM tables is rendered with raw HTML escaped (it shows as text, never as
 * markup), then cleaned by an allow-list: headings {@code h2}–{@code h6} ({@code h1} becomes
 * {@code h2}, as the page owns its only {@code h1}), paragraphs, line breaks, rules, emphasis,
 * code, quotes, lists, links, images and tables, with no {@code class}, {@code id} or {@code style}
 * attribute. Links may point to {@code http}, {@code https}, {@code mailto}, {@code tel} or to a
 * path on this site ({@code /...}); absolute web links get {@code rel="noopener noreferrer
 * nofollow"}. Images may come from this site ({@code /...}) or from {@code https}; any other image
 * is replaced by its alternative text. A link whose address is refused keeps its text.
 */
@ApplicationScoped
public class MarkdownRenderer {

    /** A base address that cannot be reached, used only to let jsoup judge relative addresses. */
    static final String BASE_URI = "https://beacon.invalid/";

    /** {@code rel} of links that leave the portal. */
    static final String EXTERNAL_REL = "noopener noreferrer nofollow";

    private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create());
    private static final Set<String> LINK_SCHEMES = Set.of("http", "https", "mailto", "tel");
    private static final Pattern SCHEME = Pattern.compile("[a-zA-Z][a-zA-Z0-9+.-]*");
    private static final Safelist SAFELIST = new Safelist()
            .addTags(
                    "h2",
                    "h3",
                    "h4",
                    "h5",
                    "h6",
                    "p",
                    "br",
                    "hr",
                    "strong",
                    "em",
                    "code",
                    "pre",
                    "blockquote",
                    "ul",
                    "ol",
                    "li",
                    "a",
                    "img",
                    "table",
                    "thead",
                    "tbody",
                    "tr",
                    "th",
                    "td")
            .addAttributes("a", "href", "title")
            .addAttributes("img", "src", "alt", "title")
            .addAttributes("ol", "start")
            .addAttributes("th", "scope")
            .addProtocols("a", "href", "http", "https", "mailto", "tel")
            .addProtocols("img", "src", "https")
            .preserveRelativeLinks(true);

    private final Parser parser;
    private final HtmlRenderer renderer;

    public MarkdownRenderer() {
        this.parser = Parser.builder().extensions(EXTENSIONS).build();
        this.renderer = HtmlRenderer.builder()
                .extensions(EXTENSIONS)
                .escapeHtml(true)
                .sanitizeUrls(true)
                .urlSanitizer(new DefaultUrlSanitizer(LINK_SCHEMES))
                .percentEncodeUrls(true)
                .build();
    }

    /** The Markdown as HTML safe to insert in a page; the empty string for {@code null}. */
    public String toSafeHtml(String markdown) {
        if (markdown == null || markdown.isBlank()) {
            return "";
        }
        return sanitize(renderer.render(parser.parse(markdown)));
    }

    /**
     * The text a reader sees, without markup, with every run of whitespace turned into one space
     * and no leading or trailing space; the empty string for {@code null}.
     */
    public String toPlainText(String markdown) {
        String html = toSafeHtml(markdown);
        if (html.isEmpty()) {
            return "";
        }
        return Jsoup.parseBodyFragment(html).body().text().trim();
    }

    /**
     * Cleans an HTML fragment with the allow-list and address rules of this class. Package-private
     * so that tests can exercise it with raw HTML that the Markdown step would have escaped.
     */
    static String sanitize(String html) {
        Document dirty = Jsoup.parseBodyFragment(html, BASE_URI);
        for (Element heading : dirty.select("h1")) {
            heading.tagName("h2");
        }
        for (Element header : dirty.select("thead th")) {
            header.attr("scope", "col");
        }
        Document clean = new Cleaner(SAFELIST).clean(dirty);
        for (Element link : clean.select("a[href]")) {
            switch (classify(link.attr("href"))) {
                case SITE, OTHER -> {}
                case WEB -> link.attr("rel", EXTERNAL_REL);
                case REFUSED -> link.removeAttr("href");
            }
        }
        for (Element image : clean.select("img")) {
            String source = image.attr("src");
            UrlKind kind = classify(source);
            boolean allowed =
                    kind == UrlKind.SITE || (kind == UrlKind.WEB && source.regionMatches(true, 0, "https:", 0, 6));
            if (!allowed) {
                String alt = image.attr("alt");
                if (alt.isEmpty()) {
                    image.remove();
                } else {
                    image.replaceWith(new TextNode(alt));
                }
            }
        }
        clean.outputSettings()
                .prettyPrint(false)
                .charset(StandardCharsets.UTF_8)
                .escapeMode(Entities.EscapeMode.base);
        return clean.body().html();
    }

    private enum UrlKind {
        /** A path on this site, such as {@code /resources/x}. */
        SITE,
        /** An absolute {@code http} or {@code https} address with a host. */
        WEB,
        /** {@code mailto:} or {@code tel:}. */
        OTHER,
        REFUSED
    }

    /**
     * Judges an address as the browser will read it. Whitespace, control characters and
     * backslashes are refused outright, since browsers drop or reinterpret them ({@code /\host}
     * means {@code //host}); so are protocol-relative addresses and relative ones that do not
     * start with {@code /}.
     */
    private static UrlKind classify(String url) {
        if (url.isEmpty()) {
            return UrlKind.REFUSED;
        }
        for (int i = 0; i < url.length(); i++) {
            char c = url.charAt(i);
            if (c <= ' ' || c == 0x7F || c == '\\' || Character.isWhitespace(c) || Character.isISOControl(c)) {
                return UrlKind.REFUSED;
            }
        }
        if (url.charAt(0) == '/') {
            return url.startsWith("//") ? UrlKind.REFUSED : UrlKind.SITE;
        }
        int colon = url.indexOf(':');
        if (colon <= 0 || !SCHEME.matcher(url.substring(0, colon)).matches()) {
            return UrlKind.REFUSED;
        }
        String scheme = url.substring(0, colon).toLowerCase(Locale.ROOT);
        if (!LINK_SCHEMES.contains(scheme)) {
            return UrlKind.REFUSED;
        }
        if (scheme.equals("mailto") || scheme.equals("tel")) {
            return UrlKind.OTHER;
        }
        try {
            URI uri = new URI(url);
            String host = uri.getHost();
            return url.startsWith("//", colon + 1) && host != null && !host.isEmpty() ? UrlKind.WEB : UrlKind.REFUSED;
        } catch (URISyntaxException e) {
            return UrlKind.REFUSED;
        }
    }
}
