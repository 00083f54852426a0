package org.beaconportal.publications.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.beaconportal.core.application.TaxonomyService;
import org.beaconportal.core.application.TaxonomyService.TermNode;
import org.beaconportal.core.domain.Term;
import org.beaconportal.core.domain.Vocabulary;
import org.beaconportal.core.web.PageLanguage;
import org.beaconportal.publications.application.CatalogPage;
import org.beaconportal.publications.application.CatalogQuery;
import org.beaconportal.publications.application.PublicationCatalog;
import org.beaconportal.publications.domain.Publication;
import org.beaconportal.publications.domain.PublicationKind;

/**
 * The catalogue at {@code /publications}: a plain GET form (words, sort) and facet links (kind,
 * topic, region, year, language), paged by links. Request-scoped: readers get no session.
 */
@Named
@RequestScoped
public class PublicationCatalogView {

    /** A facet value with its count and the link that selects it (or clears it when selected). */
    public record Facet(String label, long count, String href, boolean selected, int depth) {
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

        public int getDepth() {
            return depth;
        }
    }

    /** A page link. */
    public record PageLink(int number, String href, boolean current) {
        public int getNumber() {
            return number;
        }

        public String getHref() {
            return href;
        }

        public boolean isCurrent() {
            return current;
        }
    }

    @Inject
    PublicationCatalog catalog;

    @Inject
    TaxonomyService taxonomy;

    @Inject
    PageLanguage language;

    private String q;
    private String kind;
    private String topic;
    private String region;
    private String year;
    private String lang;
    private String sort;
    private int page;
    private CatalogPage results;
    private CatalogQuery query;
    private Map<Vocabulary, List<TermNode>> forest;

    public void load() {
        PublicationKind kindValue = PublicationKind.fromKey(kind).orElse(null);
        kind = kindValue == null ? null : kind;
        Long topicId = termId("topics", topic);
        topic = topicId == null ? null : topic;
        Long regionId = termId("regions", region);
        region = regionId == null ? null : region;
        Integer yearValue = year != null && year.matches("\\d{4}") ? Integer.valueOf(year) : null;
        year = yearValue == null ? null : year;
        boolean hasText = q != null && !q.isBlank();
        query = new CatalogQuery(
                q,
                kindValue,
                topicId,
                regionId,
                yearValue,
                lang,
                CatalogQuery.Sort.fromKey(sort, hasText),
                page,
                language.getCode());
        lang = query.language();
        q = query.text();
        sort = query.sort().getKey();
        page = query.page();
        results = catalog.search(query);
    }

    private Long termId(String vocabulary, String key) {
        if (key == null || !key.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
            return null;
        }
        return taxonomy.byPath(vocabulary + "/" + key).map(Term::getId).orElse(null);
    }

    public List<Facet> getKindFacets() {
        List<Facet> facets = new ArrayList<>();
        for (PublicationKind k : PublicationKind.values()) {
            long count = results.kinds().getOrDefault(k.key(), 0L);
            boolean selected = k.key().equals(kind);
            if (count > 0 || selected) {
                facets.add(new Facet(
                        PublicationTexts.text(language.getLocale(), k.getLabelKey()),
                        count,
                        link("kind", selected ? null : k.key()),
                        selected,
                        0));
            }
        }
        return facets;
    }

    public List<Facet> getTopicFacets() {
        return termFacets("topics", "topic", topic);
    }

    public List<Facet> getRegionFacets() {
        return termFacets("regions", "region", region);
    }

    private List<Facet> termFacets(String vocabularyKey, String parameter, String current) {
        if (forest == null) {
            forest = taxonomy.forest();
        }
        List<Facet> facets = new ArrayList<>();
        forest.forEach((vocabulary, nodes) -> {
            if (!vocabulary.getKey().equals(vocabularyKey)) {
                return;
            }
            for (TermNode node : nodes) {
                long count = results.terms().getOrDefault(node.term().getId(), 0L);
                boolean selected = node.term().getKey().equals(current);
                if (count > 0 || selected) {
                    facets.add(new Facet(
                            node.term().label(language.getCode()),
                            count,
                            link(parameter, selected ? null : node.term().getKey()),
                            selected,
                            node.depth()));
                }
            }
        });
        return facets;
    }

    public List<Facet> getYearFacets() {
        List<Facet> facets = new ArrayList<>();
        results.years().forEach((y, count) -> {
            boolean selected = String.valueOf(y).equals(year);
            facets.add(new Facet(
                    String.valueOf(y), count, link("year", selected ? null : String.valueOf(y)), selected, 0));
        });
        return facets;
    }

    public List<Facet> getLanguageFacets() {
        List<Facet> facets = new ArrayList<>();
        results.languages().forEach((code, count) -> {
            boolean selected = code.equals(lang);
            facets.add(new Facet(
                    PublicationTexts.text(language.getLocale(), "publications.language." + code),
                    count,
                    link("lang", selected ? null : code),
                    selected,
                    0));
        });
        return facets;
    }

    /** Whether any filter is on (offers "clear all"). */
    public boolean isFiltered() {
        return kind != null || topic != null || region != null || year != null || lang != null || q != null;
    }

    public String getClearUrl() {
        return language.link("/publications");
    }

    public List<PageLink> getPageLinks() {
        int pages = results.getPages();
        List<PageLink> links = new ArrayList<>();
        if (pages <= 1) {
            return links;
        }
        int from = Math.max(0, page - 3);
        int to = Math.min(pages - 1, page + 3);
        for (int p = from; p <= to; p++) {
            links.add(new PageLink(p + 1, pageLink(p), p == page));
        }
        return links;
    }

    public String getNextPageUrl() {
        return page + 1 < results.getPages() ? pageLink(page + 1) : null;
    }

    public String getPreviousPageUrl() {
        return page > 0 ? pageLink(page - 1) : null;
    }

    public long getFirstShown() {
        return results.total() == 0 ? 0 : (long) page * CatalogQuery.PAGE_SIZE + 1;
    }

    public long getLastShown() {
        return Math.min(results.total(), (long) (page + 1) * CatalogQuery.PAGE_SIZE);
    }

    /** The public link of a publication, in its own language. */
    public String detailLink(Publication p) {
        return language.linkIn(p.getLanguage(), p.publicPath());
    }

    /** Label of a publication's kind in the page language. */
    public String kindLabel(Publication p) {
        return PublicationTexts.text(language.getLocale(), p.getKind().getLabelKey());
    }

    public List<Map.Entry<String, String>> getSortOptions() {
        List<Map.Entry<String, String>> options = new ArrayList<>();
        for (CatalogQuery.Sort s : CatalogQuery.Sort.values()) {
            if (s == CatalogQuery.Sort.RELEVANCE && q == null) {
                continue;
            }
            options.add(Map.entry(
                    s.getKey(), PublicationTexts.text(language.getLocale(), "publications.sort." + s.getKey())));
        }
        return options;
    }

    private String pageLink(int toPage) {
        return link(null, null, toPage);
    }

    private String link(String changed, String value) {
        return link(changed, value, 0);
    }

    /** This catalogue with one parameter changed (null removes it), at the given page. */
    private String link(String changed, String value, int toPage) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("q", q);
        params.put("kind", kind);
        params.put("topic", topic);
        params.put("region", region);
        params.put("year", year);
        params.put("lang", lang);
        boolean defaultSort = sort == null || sort.equals(q == null ? "date" : "relevance");
        params.put("sort", defaultSort ? null : sort);
        if (changed != null) {
            params.put(changed, value);
        }
        if (toPage > 0) {
            params.put("page", String.valueOf(toPage));
        }
        return language.link("/publications", params);
    }

    public Optional<CatalogPage> results() {
        return Optional.ofNullable(results);
    }

    public CatalogPage getResults() {
        return results;
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public String getTopic() {
        return topic;
    }

    public void setTopic(String topic) {
        this.topic = topic;
    }

    public String getRegion() {
        return region;
    }

    public void setRegion(String region) {
        this.region = region;
    }

    public String getYear() {
        return year;
    }

    public void setYear(String year) {
        this.year = year;
    }

    public String getLang() {
        return lang;
    }

    public void setLang(String lang) {
        this.lang = lang;
    }

    public String getSort() {
        return sort;
    }

    public void setSort(String sort) {
        this.sort = sort;
    }

    public int getPage() {
        return page;
    }

    /** Zero-based, like core's search. */
    public void setPage(int page) {
        this.page = page;
    }
}
