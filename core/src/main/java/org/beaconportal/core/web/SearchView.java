package org.beaconportal.core.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.beaconportal.core.application.ModuleRegistry;
import org.beaconportal.core.application.SearchResults;
import org.beaconportal.core.application.SearchService;

/**
 * The public search page {@code /search?q=...}: a plain GET form, stateless, with facets by module,
 * type and language, and paging. Snippets are escaped HTML with {@code <mark>} around matches.
 */
@Named
@RequestScoped
public class SearchView {

    /** A facet value with its count and the link that selects or clears it. */
    public record Facet(String label, long count, String href, boolean selected) {
        public String getLabel() {
            return label;
        }

        public long getCount() {
            return count;
        }

        public String getHref() {
            return href;
        }

        public boolean isSelected() {
            return selected;
        }
    }

    @Inject
    SearchService search;

    @Inject
    ModuleRegistry registry;

    @Inject
    PageLanguage language;

    private String q;
    private String module;
    private String type;
    private String lang;
    private int page;
    private SearchResults results = SearchResults.empty();

    public void load() {
        if (q != null && q.length() > 200) {
            q = q.substring(0, 200);
        }
        if (q != null && !q.isBlank()) {
            results = search.searchPublic(q, language.getCode(), blank(module), blank(type), blank(lang), page);
        }
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    public List<Facet> getModuleFacets() {
        return facets(results.moduleFacets(), "module", module, this::moduleLabel);
    }

    public List<Facet> getLanguageFacets() {
        return facets(results.languageFacets(), "lang", lang, code -> code.equals("es") ? "Español" : "English");
    }

    private String moduleLabel(String id) {
        return registry.find(id)
                .map(m -> ModuleTexts.text(m, m.descriptor().nameKey(), language.getLocale()))
                .orElseGet(() -> Texts.core(language.getLocale(), "search.module." + id));
    }

    private List<Facet> facets(
            Map<String, Long> counts, String name, String current, java.util.function.Function<String, String> label) {
        List<Facet> facets = new ArrayList<>();
        counts.forEach((value, count) -> {
            boolean selected = value.equals(current);
            facets.add(new Facet(label.apply(value), count, link(name, selected ? null : value, 0), selected));
        });
        return facets;
    }

    /** Link to this search with one parameter changed (null removes it) and the given page. */
    private String link(String changed, String value, int toPage) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("q", q);
        params.put("module", module);
        params.put("type", type);
        params.put("lang", lang);
        params.put(changed, value);
        if (toPage > 0) {
            params.put("page", String.valueOf(toPage));
        }
        return language.link("/search", params);
    }

    public String getNextPageUrl() {
        return (page + 1) * SearchService.PAGE_SIZE < results.total() ? link("page", null, page + 1) : null;
    }

    public String getPreviousPageUrl() {
        return page > 0 ? link("page", null, page - 1) : null;
    }

    public int getFirstShown() {
        return results.total() == 0 ? 0 : page * SearchService.PAGE_SIZE + 1;
    }

    public long getLastShown() {
        return Math.min(results.total(), (long) (page + 1) * SearchService.PAGE_SIZE);
    }

    public boolean isSearched() {
        return q != null && !q.isBlank();
    }

    public SearchResults getResults() {
        return results;
    }

    public List<SearchResults.SearchHit> getHits() {
        return results.hits();
    }

    /** Link to a hit in the hit's own language. */
    public String hitLink(SearchResults.SearchHit hit) {
        return language.linkIn(hit.language(), hit.path());
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
    }

    public String getModule() {
        return module;
    }

    public void setModule(String module) {
        this.module = module;
    }

    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type;
    }

    public String getLang() {
        return lang;
    }

    public void setLang(String lang) {
        this.lang = lang == null ? null : lang.toLowerCase(Locale.ROOT);
    }

    public int getPage() {
        return page;
    }

    public void setPage(int page) {
        this.page = Math.max(0, Math.min(page, 1000));
    }
}
