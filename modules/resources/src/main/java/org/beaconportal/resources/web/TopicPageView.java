package org.beaconportal.resources.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.Optional;
import org.beaconportal.core.infrastructure.MarkdownRenderer;
import org.beaconportal.core.web.PageLanguage;
import org.beaconportal.resources.application.TopicSections;
import org.beaconportal.resources.domain.TopicPage;

/** A topic page at {@code /resources/topics/{slug}} with its section's contents and previous/next links. */
@Named
@RequestScoped
public class TopicPageView {

    @Inject
    PublicItems items;

    @Inject
    TopicSections sections;

    @Inject
    MarkdownRenderer markdown;

    @Inject
    PageLanguage language;

    private TopicSections.Reading reading;
    private String html;

    public void load() throws IOException {
        Optional<TopicPage> page = items.load(TopicPage.class, TopicPage.TYPE);
        if (page.isEmpty()) {
            return;
        }
        reading = sections.read(language.getCode(), page.get().getSlug()).orElse(null);
        if (reading == null) {
            items.notFound();
            return;
        }
        html = markdown.toSafeHtml(reading.page().getBody());
    }

    public TopicPage getPage() {
        return reading == null ? null : reading.page();
    }

    public java.util.List<TopicPage> getSection() {
        return reading.section();
    }

    public TopicPage getPrevious() {
        return reading.previous();
    }

    public TopicPage getNext() {
        return reading.next();
    }

    public String getHtml() {
        return html;
    }
}
