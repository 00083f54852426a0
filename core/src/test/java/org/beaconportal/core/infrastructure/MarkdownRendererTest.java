package org.beaconportal.core.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.enterprise.context.ApplicationScoped;
import java.lang.reflect.Modifier;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;

class MarkdownRendererTest {

    private final MarkdownRenderer markdown = new MarkdownRenderer();

    private Element render(String source) {
        return Jsoup.parseBodyFragment(markdown.toSafeHtml(source)).body();
    }

    @Test
    void nullAndBlankGiveEmptyOutput() {
        assertEquals("", markdown.toSafeHtml(null));
        assertEquals("", markdown.toSafeHtml("  \n\t"));
        assertEquals("", markdown.toPlainText(null));
        assertEquals("", markdown.toPlainText(" \n "));
    }

    @Test
    void rendersAParagraphExactly() {
        assertEquals(
                "<p>Hello <strong>world</strong></p>",
                markdown.toSafeHtml("Hello **world**").trim());
    }

    @Test
    void headingOneBecomesHeadingTwoAndOthersKeepTheirLevel() {
        Element body = render("# Title\n\n## Section\n\n### Sub\n\n###### Deepest");

        assertTrue(body.select("h1").isEmpty());
        assertEquals(List.of("Title", "Section"), body.select("h2").eachText());
        assertEquals("Sub", body.selectFirst("h3").text());
        assertEquals("Deepest", body.selectFirst("h6").text());
    }

    @Test
    void setextHeadingOneIsAlsoDemoted() {
        Element body = render("Title\n=====\n\nText");

        assertTrue(body.select("h1").isEmpty());
        assertEquals("Title", body.selectFirst("h2").text());
    }

    @Test
    void keepsListsAndTheirStartNumber() {
        Element body = render("- one\n- two\n\n3. three\n4. four");

        assertEquals(List.of("one", "two"), body.select("ul > li").eachText());
        assertEquals(List.of("three", "four"), body.select("ol > li").eachText());
        assertEquals("3", body.selectFirst("ol").attr("start"));
    }

    @Test
    void keepsEmphasisQuotesRulesAndLineBreaks() {
        Element body = render("*em* and **strong**\\\nnext line\n\n> quoted\n\n---\n\nend");

        assertEquals("em", body.selectFirst("p > em").text());
        assertEquals("strong", body.selectFirst("p > strong").text());
        assertNotNull(body.selectFirst("p > br"));
        assertEquals("quoted", body.selectFirst("blockquote > p").text());
        assertNotNull(body.selectFirst("hr"));
    }

    @Test
    void codeBlocksKeepAngleBracketsAsText() {
        String html = markdown.toSafeHtml("```java\nif (a < b && c > d) { return \"<b>\"; }\n```");
        Element body = Jsoup.parseBodyFragment(html).body();

        Element code = body.selectFirst("pre > code");
        assertNotNull(code, html);
        assertEquals("if (a < b && c > d) { return \"<b>\"; }\n", code.wholeText());
        assertTrue(code.children().isEmpty(), html);
        assertTrue(html.contains("a &lt; b"), html);
        assertFalse(code.hasAttr("class"), html);
    }

    @Test
    void inlineCodeKeepsMarkupAsText() {
        Element code = render("Use `<em>` for emphasis").selectFirst("p > code");

        assertEquals("<em>", code.text());
        assertTrue(code.children().isEmpty());
    }

    @Test
    void rawHtmlIsShownAsTextNotMarkup() {
        Element body = render("Some <b>bold</b> text\n\n<div class=\"x\">block</div>");

        assertTrue(body.select("b, div").isEmpty(), body.html());
        assertTrue(body.text().contains("<b>bold</b>"), body.text());
        assertTrue(body.text().contains("<div class=\"x\">block</div>"), body.text());
    }

    @Test
    void rendersTablesWithColumnHeaders() {
        Element body = render("| Country | Cases |\n|:--|--:|\n| Peru | 12 |\n| Chile | 7 |");

        Element table = body.selectFirst("table");
        assertNotNull(table);
        Elements headers = table.select("thead > tr > th");
        assertEquals(List.of("Country", "Cases"), headers.eachText());
        assertEquals(List.of("col", "col"), headers.eachAttr("scope"));
        assertEquals(
                List.of("Peru", "12", "Chile", "7"),
                table.select("tbody > tr > td").eachText());
        assertTrue(table.select("[align], [style]").isEmpty(), table.outerHtml());
    }

    @Test
    void keepsARelativeLinkRelativeAndWithoutRel() {
        Element link = render("See [the guide](/resources/labour-trafficking \"Guide\").")
                .selectFirst("a");

        assertEquals("/resources/labour-trafficking", link.attr("href"));
        assertEquals("Guide", link.attr("title"));
        assertEquals("the guide", link.text());
        assertFalse(link.hasAttr("rel"));
    }

    @Test
    void keepsQueryAndFragmentOfARelativeLink() {
        Element link =
                render("[search](/search?q=forced+labour&page=2#results)").selectFirst("a");

        assertEquals("/search?q=forced+labour&page=2#results", link.attr("href"));
    }

    @Test
    void externalLinksGetNoopenerNoreferrerNofollow() {
        Element body = render("[ILO](https://www.ilo.org/topics/forced-labour) and <http://example.org/a>");

        Elements links = body.select("a");
        assertEquals(2, links.size());
        assertEquals("https://www.ilo.org/topics/forced-labour", links.get(0).attr("href"));
        assertEquals("noopener noreferrer nofollow", links.get(0).attr("rel"));
        assertEquals("http://example.org/a", links.get(1).attr("href"));
        assertEquals("noopener noreferrer nofollow", links.get(1).attr("rel"));
    }

    @Test
    void keepsMailtoAndTelLinks() {
        Elements links = render("[Write](mailto:help@beacon.example) or [call](tel:+51-1-555-0100)")
                .select("a");

        assertEquals("mailto:help@beacon.example", links.get(0).attr("href"));
        assertEquals("tel:+51-1-555-0100", links.get(1).attr("href"));
        assertFalse(links.get(0).hasAttr("rel"));
        assertFalse(links.get(1).hasAttr("rel"));
    }

    @Test
    void emailAutolinksBecomeMailtoLinks() {
        Element link = render("<help@beacon.example>").selectFirst("a");

        assertEquals("mailto:help@beacon.example", link.attr("href"));
    }

    @Test
    void refusedLinksKeepTheirTextButLoseTheirAddress() {
        Element body = render("[relative](resources/x) [protocol relative](//evil.example/x) [ftp](ftp://x.example/f)");

        Elements links = body.select("a");
        assertEquals(List.of("relative", "protocol relative", "ftp"), links.eachText());
        assertTrue(body.select("a[href]").isEmpty(), body.html());
    }

    @Test
    void aRelativeImageKeepsItsSourceAndAlternativeText() {
        Element image =
                render("![Map of cases](/files/map.png \"Cases by region\")").selectFirst("img");

        assertNotNull(image);
        assertEquals("/files/map.png", image.attr("src"));
        assertEquals("Map of cases", image.attr("alt"));
        assertEquals("Cases by region", image.attr("title"));
    }

    @Test
    void httpsImagesAreKept() {
        Element image = render("![Logo](https://cdn.example.org/logo.png)").selectFirst("img");

        assertEquals("https://cdn.example.org/logo.png", image.attr("src"));
    }

    @Test
    void plainHttpAndDataImagesAreReplacedByTheirAlternativeText() {
        Element body =
                render("![Insecure](http://cdn.example.org/a.png) ![Inline](data:image/png;base64,iVBORw0KGgo=)");

        assertTrue(body.select("img").isEmpty(), body.html());
        assertEquals("Insecure Inline", body.text());
    }

    @Test
    void nonAsciiTextIsKeptAsCharacters() {
        String html = markdown.toSafeHtml("Niños y niñas — 强迫劳动");

        assertTrue(html.contains("Niños y niñas — 强迫劳动"), html);
    }

    @Test
    void percentEncodesSpacesInAddresses() {
        Element link = render("[report](</files/annual report.pdf>)").selectFirst("a");

        assertEquals("/files/annual%20report.pdf", link.attr("href"));
    }

    @Test
    void plainTextHasNoMarkupAndSeparatesBlocks() {
        String text = markdown.toPlainText(
                "# Forced labour\n\nSome *emphasis* and [a link](/x).\n\n- one\n- two\n\n| a | b |\n|---|---|\n| c | d |");

        assertEquals("Forced labour Some emphasis and a link. one two a b c d", text);
    }

    @Test
    void plainTextNormalizesWhitespace() {
        assertEquals("a b c", markdown.toPlainText("  a   b\n\n\n\tc  "));
    }

    @Test
    void plainTextKeepsCodeAndEscapedHtmlAsText() {
        assertEquals("x < y and <b>z</b>", markdown.toPlainText("`x < y` and <b>z</b>"));
    }

    @Test
    void isAnApplicationScopedBeanWithAPublicNoArgumentConstructor() throws ReflectiveOperationException {
        assertTrue(MarkdownRenderer.class.isAnnotationPresent(ApplicationScoped.class));
        assertFalse(Modifier.isFinal(MarkdownRenderer.class.getModifiers()), "CDI proxies subclass the bean");
        assertTrue(Modifier.isPublic(MarkdownRenderer.class.getConstructor().getModifiers()));
    }
}
