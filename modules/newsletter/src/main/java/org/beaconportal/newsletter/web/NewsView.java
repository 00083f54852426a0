package org.beaconportal.newsletter.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.beaconportal.core.infrastructure.MarkdownRenderer;
import org.beaconportal.core.web.CleanUrlServlet;
import org.beaconportal.core.web.PageLanguage;
import org.beaconportal.newsletter.application.NewsAndEvents;
import org.beaconportal.newsletter.domain.NewsItem;

/** {@code /newsletter/news} (paged list, newest first) and {@code /newsletter/news/{slug}}. */
@Named
@RequestScoped
public class NewsView {

    public static final int PAGE_SIZE = 10;

    @Inject
    NewsAndEvents content;

    @Inject
    PageLanguage language;

    @Inject
    MarkdownRenderer markdown;

    private int page;
    private NewsItem item;

    public List<NewsItem> getItems() {
        return content.news(language.getCode(), page * PAGE_SIZE, PAGE_SIZE);
    }

    public boolean isHasNext() {
        return content.newsCount(language.getCode()) > (long) (page + 1) * PAGE_SIZE;
    }

    public void loadItem() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        String slug = (String) external.getRequestMap().get(CleanUrlServlet.SLUG_ATTRIBUTE);
        item = slug == null ? null : content.newsItem(language.getCode(), slug).orElse(null);
        if (item == null) {
            external.responseSendError(HttpServletResponse.SC_NOT_FOUND, null);
            faces.responseComplete();
        }
    }

    public NewsItem getItem() {
        return item;
    }

    public String getHtml() {
        return markdown.toSafeHtml(item.getBody());
    }

    public int getPage() {
        return page;
    }

    public void setPage(int page) {
        this.page = Math.max(0, Math.min(page, 10_000));
    }
}
