package org.beaconportal.core.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Hostile inputs from the usual XSS cheat sheets (OWASP filter evasion, PortSwigger, DOMPurify's
 * mXSS cases). Each one goes through the whole Markdown pipeline, and also straight into the HTML
 * sanitizer, so that the allow-list is tested even where the Markdown step would have escaped the
 * raw HTML anyway.
 */
class MarkdownSanitizerXssTest {

    private static final String NUL = "\u0000";

    private static final List<String> HOSTILE = List.of(
            // script tags: casing, nesting, encodings
            "<script>alert(1)</script>",
            "<SCRIPT>alert(1)</SCRIPT>",
            "<ScRiPt src=//evil.example/x.js></ScRiPt>",
            "<script/xss src=\"http://evil.example/xss.js\"></script>",
            "<<script>alert(1);//<</script>",
            "<scr<script>ipt>alert(1)</scr</script>ipt>",
            "%3Cscript%3Ealert(1)%3C/script%3E",
            "&lt;script&gt;alert(1)&lt;/script&gt;",
            "&#60;script&#62;alert(1)&#60;/script&#62;",
            "\uFF1Cscript\uFF1Ealert(1)\uFF1C/script\uFF1E",
            "<scr" + NUL + "ipt>alert(1)</scr" + NUL + "ipt>",
            "<script>alert(1)",
            // event handlers on every kind of tag
            "<img src=x onerror=alert(1)>",
            "<IMG SRC=/ oNeRrOr=\"alert(1)\">",
            "<img/src=\"x\"/onerror=alert(1)>",
            "<img src=\"/ok.png\" alt=\"x\" onerror  =  alert(1)>",
            "<img src=x:alert(alt) onerror=eval(src) alt=0>",
            "<img src=x one" + NUL + "rror=alert(1)>",
            "<body onload=alert(1)>",
            "<div onmouseover=\"alert(1)\">hover</div>",
            "<a href=\"/x\" onclick=\"alert(1)\">click</a>",
            "<p onfocus=alert(1) autofocus tabindex=0>focus</p>",
            "<h1 onclick=alert(1)>Title</h1>",
            "<input autofocus onfocus=alert(1)>",
            "<video><source onerror=\"alert(1)\"></video>",
            "<audio src=x onerror=alert(1)>",
            "<details open ontoggle=alert(1)>",
            "<marquee onstart=alert(1)>x</marquee>",
            "<table background=\"javascript:alert(1)\"><tr><td onmouseover=alert(1)>x</td></tr></table>",
            "<x onclick=alert(1)>custom element</x>",
            "<a href=\"/x\" title=\"x\" onmouseover=\"alert(1)\">x</a>",
            // javascript:, vbscript: and data: in Markdown links, images, autolinks, references
            "[click](javascript:alert(1))",
            "[click](JAVASCRIPT:alert(1))",
            "[click](   javascript:alert(1)   )",
            "[click](<javascript:alert(1)>)",
            "[click](javascript:alert(1) \"title\")",
            "[click](javascript://%0Aalert(1))",
            "[click](javascript\\:alert(1))",
            "[click](javascript&#58;alert(1))",
            "[click](&#106;avascript:alert(1))",
            "[click](&#x6A;&#x61;&#x76;&#x61;&#x73;&#x63;&#x72;&#x69;&#x70;&#x74;&#x3A;alert(1))",
            "[click](java&#x09;script:alert(1))",
            "[click](jav&#x0A;ascript:alert(1))",
            "[click](jav&#x0D;ascript:alert(1))",
            "[click](java\tscript:alert(1))",
            "[click](java" + NUL + "script:alert(1))",
            "[click](vbscript:msgbox(1))",
            "[click](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
            "[click](DaTa:text/html,<script>alert(1)</script>)",
            "[click](%6A%61vascript:alert(1))",
            "[click](/\\evil.example/)",
            "[click](//evil.example/x)",
            "![img](javascript:alert(1))",
            "![img](vbscript:msgbox(1))",
            "![img](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)",
            "![img](data:image/png;base64,iVBORw0KGgo=)",
            "![img](//evil.example/x.png)",
            "<javascript:alert(1)>",
            "<JavaScript:alert(1)>",
            "<vbscript:msgbox(1)>",
            "<data:text/html,alert(1)>",
            "[ref]\n\n[ref]: javascript:alert(1)",
            "[ref][x]\n\n[x]: data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg== \"title\"",
            "![ref][img]\n\n[img]: javascript:alert(1)",
            "[ref]\n\n[ref]: <vbscript:msgbox(1)>",
            // raw anchors with obfuscated schemes
            "<a href=\"javascript:alert(1)\">x</a>",
            "<a href=\"JaVaScRiPt:alert(1)\">x</a>",
            "<a href=\"&#106;avascript:alert(1)\">x</a>",
            "<a href=\"java&#x09;script:alert(1)\">x</a>",
            "<a href=\"jav&#x0A;ascript:alert(1)\">x</a>",
            "<a href=\"jav&#x0D;ascript:alert(1)\">x</a>",
            "<a href=\" &#14;  javascript:alert(1)\">x</a>",
            "<a href=\"&#x6A&#x61&#x76&#x61&#x73&#x63&#x72&#x69&#x70&#x74&#x3A&#x61&#x6C&#x65&#x72&#x74&#x28&#x31&#x29\">x</a>",
            "<a href=\"&#0000106&#0000097&#0000118&#0000097&#0000115&#0000099&#0000114&#0000105&#0000112&#0000116&#0000058alert(1)\">x</a>",
            "<a href=\"javascript&colon;alert(1)\">x</a>",
            "<a href=\"javascript&#0;:alert(1)\">x</a>",
            "<a href=\"" + NUL + "javascript:alert(1)\">x</a>",
            "<a href=\"javas" + NUL + "cript:alert(1)\">x</a>",
            "<a href=\"java\u2028script:alert(1)\">x</a>",
            "<a href=\"&#x2028;javascript:alert(1)\">x</a>",
            "<a href=javascript:alert(1)>x",
            "<a href=`javascript:alert(1)`>x</a>",
            "<a href=\"vbscript:msgbox(1)\">x</a>",
            "<a href=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">x</a>",
            "<a href=\"/\\evil.example\">x</a>",
            "<img src=\"jav" + NUL + "ascript:alert(1)\">",
            "<img src=\"java&#x09;script:alert(1)\">",
            "<img src=\"data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+\">",
            // svg, math, iframe, object, embed, style, meta, base, link, form
            "<svg onload=alert(1)>",
            "<svg><script>alert(1)</script></svg>",
            "<svg><a xlink:href=\"javascript:alert(1)\"><text x=\"20\" y=\"20\">x</text></a></svg>",
            "<svg><animate onbegin=alert(1) attributeName=x dur=1s>",
            "<math href=\"javascript:alert(1)\">CLICK</math>",
            "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)></style></mglyph></table></mtext></math>",
            "<iframe src=\"javascript:alert(1)\"></iframe>",
            "<iframe srcdoc=\"<script>alert(1)</script>\"></iframe>",
            "<object data=\"javascript:alert(1)\"></object>",
            "<embed src=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">",
            "<style>body{background:url(\"javascript:alert(1)\")}</style>",
            "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">",
            "<base href=\"javascript:alert(1)//\">",
            "<link rel=\"stylesheet\" href=\"javascript:alert(1)\">",
            "<form action=\"javascript:alert(1)\"><input type=\"submit\"></form>",
            "<button formaction=\"javascript:alert(1)\">x</button>",
            "<isindex action=\"javascript:alert(1)\" type=image>",
            "<frameset onload=alert(1)>",
            "<template><script>alert(1)</script></template>",
            // CSS
            "<div style=\"width: expression(alert(1))\">x</div>",
            "<p style=\"background-image: url(javascript:alert(1))\">x</p>",
            "<img style=\"xss:expr/*XSS*/ession(alert(1))\">",
            "<span style=\"behavior: url(xss.htc)\">x</span>",
            // quote and backtick breaking in attributes
            "<img src=\"x` `<script>alert(1)</script>\"` `>",
            "<img \"\"\"><script>alert(1)</script>\">",
            "<a href=\"/x\" title='\"><script>alert(1)</script>'>x</a>",
            "[x](/x \"\\\"><script>alert(1)</script>\")",
            "[x](/x 'a\" onmouseover=\"alert(1)')",
            "![x\" onerror=\"alert(1)](/img.png)",
            "![x](/img.png \"a\\\" onerror=\\\"alert(1)\")",
            // mutation XSS
            "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\"></noscript>",
            "<xmp><p title=\"</xmp><img src=x onerror=alert(1)>\"></xmp>",
            "<noembed><img title=\"</noembed><img src onerror=alert(1)>\"></noembed>",
            "<textarea><p title=\"</textarea><img src=x onerror=alert(1)>\"></textarea>",
            "<!--<img src=\"--><img src=x onerror=alert(1)//\">",
            "<![CDATA[<script>alert(1)</script>]]>",
            "<?xml version=\"1.0\"?><script>alert(1)</script>",
            // Markdown and HTML mixed
            "[<img src=x onerror=alert(1)>](/x)",
            "[![x](javascript:alert(1))](javascript:alert(1))",
            "**<script>alert(1)</script>**",
            "> <iframe src=javascript:alert(1)>",
            "| a | b |\n|---|---|\n| <script>alert(1)</script> | [x](javascript:alert(1)) |",
            "```html\n<script>alert(1)</script>\n```",
            "- [x](vbscript:alert(1))\n- ![y](data:text/html,<script>alert(1)</script>)",
            "<div>\n\n[x](javascript:alert(1))\n\n</div>",
            "# <svg onload=alert(1)>",
            "<a href=\"/x\"><svg onload=alert(1)></a>",
            // unicode tricks
            "[x](\uFF4A\uFF41\uFF56\uFF41\uFF53\uFF43\uFF52\uFF49\uFF50\uFF54:alert(1))",
            "[x](java\u200Bscript:alert(1))",
            "[x](\u202Ejavascript:alert(1))",
            "<a href=\"\uFEFFjavascript:alert(1)\">x</a>",
            "<img src=\"x\" onerror=\"&#97;&#108;&#101;&#114;&#116;(1)\">");

    private static final Set<String> FORBIDDEN_ELEMENTS = Set.of(
            "script", "iframe", "object", "embed", "style", "svg", "math", "form", "input", "meta", "base", "link");

    private static final Set<String> ALLOWED_ELEMENTS = Set.of(
            "body",
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
            "td");

    private static final Set<String> ALLOWED_ATTRIBUTES =
            Set.of("href", "title", "rel", "src", "alt", "start", "scope");

    private static final Set<String> URL_ATTRIBUTES = Set.of(
            "href", "src", "action", "formaction", "xlink:href", "background", "poster", "srcset", "data", "srcdoc");

    private final MarkdownRenderer markdown = new MarkdownRenderer();

    static Stream<Arguments> hostileInputs() {
        return IntStream.range(0, HOSTILE.size()).mapToObj(i -> Arguments.of(i + 1, HOSTILE.get(i)));
    }

    @Test
    void coversAtLeastSixtyDistinctInputs() {
        assertTrue(
                Set.copyOf(HOSTILE).size() >= 60, "only " + Set.copyOf(HOSTILE).size());
        assertEquals(HOSTILE.size(), Set.copyOf(HOSTILE).size(), "duplicate inputs");
    }

    @ParameterizedTest(name = "[{0}] markdown {1}")
    @MethodSource("hostileInputs")
    void markdownOutputIsSafe(int number, String input) {
        String output = markdown.toSafeHtml(input);

        assertSafe(input, output);
    }

    @ParameterizedTest(name = "[{0}] raw html {1}")
    @MethodSource("hostileInputs")
    void sanitizerOutputIsSafeEvenForRawHtml(int number, String input) {
        String output = MarkdownRenderer.sanitize(input);

        assertSafe(input, output);
    }

    @ParameterizedTest(name = "[{0}] stable {1}")
    @MethodSource("hostileInputs")
    void sanitizingTheOutputAgainChangesNothing(int number, String input) {
        String markdownOutput = markdown.toSafeHtml(input);
        String htmlOutput = MarkdownRenderer.sanitize(input);

        assertEquals(markdownOutput, MarkdownRenderer.sanitize(markdownOutput), "markdown path, input " + input);
        assertEquals(htmlOutput, MarkdownRenderer.sanitize(htmlOutput), "raw html path, input " + input);
    }

    @Test
    void theCheckRejectsWhatItShould() {
        assertUnsafe("<script>alert(1)</script>");
        assertUnsafe("<p onclick=\"alert(1)\">x</p>");
        assertUnsafe("<a href=\"java&#x09;script:alert(1)\">x</a>");
        assertUnsafe("<a href=\" JAVASCRIPT:alert(1)\">x</a>");
        assertUnsafe("<img src=\"data:image/png;base64,AAAA\">");
        assertUnsafe("<p style=\"color:red\">x</p>");
        assertUnsafe("<svg></svg>");
        assertUnsafe("<div>x</div>");
    }

    @Test
    void hostileLinkTextSurvivesAsText() {
        String output = markdown.toSafeHtml("[click me](javascript:alert(1))");
        Element link = Jsoup.parseBodyFragment(output).selectFirst("a");

        assertEquals("click me", link.text());
        assertFalse(link.hasAttr("href"), output);
    }

    private static void assertUnsafe(String html) {
        try {
            assertSafe("(check)", html);
        } catch (AssertionError expected) {
            return;
        }
        fail("The safety check accepted " + html);
    }

    /** The four rules of the brief, plus: only allow-listed elements and attributes. */
    private static void assertSafe(String input, String output) {
        String context = "input: " + input + "\noutput: " + output;
        assertFalse(output.toLowerCase(Locale.ROOT).contains("<script"), context);
        Element body = Jsoup.parseBodyFragment(output).body();
        for (Element element : body.getAllElements()) {
            String tag = element.normalName();
            assertFalse(FORBIDDEN_ELEMENTS.contains(tag), () -> "element " + tag + "\n" + context);
            assertTrue(ALLOWED_ELEMENTS.contains(tag), () -> "element " + tag + "\n" + context);
            for (Attribute attribute : element.attributes()) {
                String name = attribute.getKey().toLowerCase(Locale.ROOT);
                assertFalse(name.startsWith("on"), () -> "attribute " + name + "\n" + context);
                assertFalse(name.equals("style"), () -> "style attribute\n" + context);
                assertTrue(ALLOWED_ATTRIBUTES.contains(name), () -> "attribute " + name + "\n" + context);
                if (URL_ATTRIBUTES.contains(name)) {
                    String url = squash(attribute.getValue());
                    for (String scheme : List.of("javascript:", "vbscript:", "data:")) {
                        assertFalse(url.startsWith(scheme), () -> name + "=" + attribute.getValue() + "\n" + context);
                    }
                }
            }
        }
    }

    /** Lower case, without whitespace, control or invisible format characters. */
    private static String squash(String value) {
        StringBuilder out = new StringBuilder();
        value.toLowerCase(Locale.ROOT).codePoints().forEach(c -> {
            int type = Character.getType(c);
            boolean invisible = Character.isWhitespace(c)
                    || Character.isSpaceChar(c)
                    || Character.isISOControl(c)
                    || type == Character.FORMAT
                    || type == Character.CONTROL;
            if (!invisible) {
                out.appendCodePoint(c);
            }
        });
        return out.toString();
    }
}
