package org.beaconportal.resources.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.beaconportal.core.web.PageLanguage;
import org.beaconportal.resources.application.LawCatalog;
import org.beaconportal.resources.domain.Jurisdiction;
import org.beaconportal.resources.domain.Law;
import org.beaconportal.resources.domain.LawFilter;
import org.beaconportal.resources.domain.LawKind;

/**
 * The laws list at {@code /resources/laws}: filters by jurisdiction, kind and year that combine,
 * kept in the URL ({@code ?jurisdiction=colorado&kind=statute&year=2014&view=timeline}) so that a
 * filtered list can be shared; a list view with pages and a timeline view grouped by year.
 */
@Named
@RequestScoped
public class LawListView {

    public static final int PAGE_SIZE = 20;

    @Inject
    LawCatalog catalog;

    @Inject
    PageLanguage language;

    private String jurisdiction;
    private String kind;
    private String year;
    private String view;
    private int page = 1;

    private LawFilter filter;
    private LawCatalog.Page results;
    private List<YearGroup> timeline = List.of();

    /** The laws of one year, for the timeline. */
    public record YearGroup(Integer year, List<Law> laws) {
        public Integer getYear() {
            return year;
        }

        public List<Law> getLaws() {
            return laws;
        }
    }

    public void load() {
        Jurisdiction j = Jurisdiction.fromCode(jurisdiction);
        LawKind k = LawKind.fromCode(kind);
        Integer y = parseYear(year);
        jurisdiction = j == null ? null : j.code();
        kind = k == null ? null : k.code();
        year = y == null ? null : String.valueOf(y);
        filter = new LawFilter(j, k, y);
        if (isTimeline()) {
            Map<Integer, List<Law>> byYear = new LinkedHashMap<>();
            for (Law law : catalog.timeline(language.getCode(), filter)) {
                byYear.computeIfAbsent(law.getYearEnacted(), x -> new ArrayList<>())
                        .add(law);
            }
            timeline = byYear.entrySet().stream()
                    .map(e -> new YearGroup(e.getKey(), e.getValue()))
                    .toList();
            results = new LawCatalog.Page(
                    timeline.stream().mapToLong(g -> g.laws().size()).sum(), List.of());
        } else {
            results = catalog.list(language.getCode(), filter, Math.max(0, page - 1), PAGE_SIZE);
            if (page > 1 && results.laws().isEmpty()) {
                page = 1;
                results = catalog.list(language.getCode(), filter, 0, PAGE_SIZE);
            }
        }
    }

    private static Integer parseYear(String text) {
        if (text == null || !text.strip().matches("[0-9]{4}")) {
            return null;
        }
        int value = Integer.parseInt(text.strip());
        return value >= Law.FIRST_YEAR && value <= Law.LAST_YEAR ? value : null;
    }

    public boolean isTimeline() {
        return "timeline".equals(view);
    }

    public List<Law> getLaws() {
        return results.laws();
    }

    public long getTotal() {
        return results.total();
    }

    public List<YearGroup> getYearGroups() {
        return timeline;
    }

    public int getPages() {
        return (int) Math.max(1, (results.total() + PAGE_SIZE - 1) / PAGE_SIZE);
    }

    public boolean isFiltered() {
        return jurisdiction != null || kind != null || year != null;
    }

    public List<Jurisdiction> getJurisdictions() {
        return List.of(Jurisdiction.values());
    }

    public List<LawKind> getKinds() {
        return List.of(LawKind.values());
    }

    public List<Integer> getYears() {
        return catalog.years(language.getCode());
    }

    /** The list's address with the current filters and another view or page. */
    public String url(String otherView, int otherPage) {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("jurisdiction", jurisdiction);
        query.put("kind", kind);
        query.put("year", year);
        query.put("view", "timeline".equals(otherView) ? "timeline" : null);
        query.put("page", otherPage > 1 ? String.valueOf(otherPage) : null);
        return language.link("/resources/laws", query);
    }

    public String getJurisdiction() {
        return jurisdiction;
    }

    public void setJurisdiction(String jurisdiction) {
        this.jurisdiction = jurisdiction;
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public String getYear() {
        return year;
    }

    public void setYear(String year) {
        this.year = year;
    }

    public String getView() {
        return view;
    }

    public void setView(String view) {
        this.view = view;
    }

    public int getPage() {
        return page;
    }

    /** The page number from the URL; anything but a positive number means the first page. */
    public String getPageParam() {
        return page > 1 ? String.valueOf(page) : null;
    }

    public void setPageParam(String text) {
        this.page = PageNumber.parse(text);
    }
}
