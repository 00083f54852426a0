package org.beaconportal.resources.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.beaconportal.core.infrastructure.MarkdownRenderer;
import org.beaconportal.core.web.PageLanguage;
import org.beaconportal.resources.application.HotlineCards;
import org.beaconportal.resources.application.TopicSections;
import org.beaconportal.resources.domain.Hotline;
import org.beaconportal.resources.domain.TopicPage;

/**
 * The Get help page and the home panels: hotline cards, the help section's pages ("What happens
 * when I call", "Browse safely") and the "understanding" topics.
 */
@Named
@RequestScoped
public class HelpView {

    @Inject
    HotlineCards hotlines;

    @Inject
    TopicSections topics;

    @Inject
    MarkdownRenderer markdown;

    @Inject
    PageLanguage language;

    private List<Hotline> cards;
    private List<TopicPage> helpPages;
    private List<TopicPage> understanding;

    public List<Hotline> getHotlines() {
        if (cards == null) {
            cards = hotlines.published(language.getCode());
        }
        return cards;
    }

    /** The help section's pages in order; the first is shown in full on the Get help page. */
    public List<TopicPage> getHelpPages() {
        if (helpPages == null) {
            helpPages = topics.section(language.getCode(), TopicPage.HELP);
        }
        return helpPages;
    }

    public TopicPage getExplainer() {
        return getHelpPages().isEmpty() ? null : getHelpPages().get(0);
    }

    public String getExplainerHtml() {
        TopicPage explainer = getExplainer();
        return explainer == null ? "" : markdown.toSafeHtml(explainer.getBody());
    }

    public List<TopicPage> getUnderstanding() {
        if (understanding == null) {
            understanding = topics.section(language.getCode(), TopicPage.UNDERSTANDING);
        }
        return understanding;
    }

    /** Renders an item's Markdown body, for the hotline cards. */
    public String html(String body) {
        return body == null || body.isBlank() ? "" : markdown.toSafeHtml(body);
    }
}
