package org.beaconportal.resources.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.beaconportal.core.web.PageLanguage;
import org.beaconportal.resources.application.DirectoryQuery;
import org.beaconportal.resources.application.DirectoryResults;
import org.beaconportal.resources.application.ServiceDirectory;
import org.beaconportal.resources.domain.ColoradoCounties;
import org.beaconportal.resources.domain.DirectoryFilter;
import org.beaconportal.resources.domain.Organization;
import org.beaconportal.resources.domain.ServiceKind;

/**
 * The service directory at {@code /resources/directory}: a GET form (service, county, language,
 * words) whose state is the URL, results by relevance with their count, and pages.
 */
@Named
@RequestScoped
public class DirectoryView {

    public static final int PAGE_SIZE = 20;

    @Inject
    ServiceDirectory directory;

    @Inject
    PageLanguage language;

    private String service;
    private String county;
    private String spoken;
    private String q;
    private int page = 1;
    private DirectoryResults results;

    public void load() {
        ServiceKind s = ServiceKind.fromCode(service);
        service = s == null ? null : s.code();
        county = ColoradoCounties.normalize(county)
                .filter(c -> !ColoradoCounties.STATEWIDE.equals(c))
                .orElse(null);
        spoken = spoken != null && spoken.strip().matches("[a-z]{2,3}") ? spoken.strip() : null;
        q = q == null || q.isBlank()
                ? null
                : q.strip().substring(0, Math.min(q.strip().length(), 200));
        DirectoryFilter filter = new DirectoryFilter(s, county, spoken);
        results = directory.search(new DirectoryQuery(filter, q, page - 1, PAGE_SIZE));
        if (page > 1 && results.hits().isEmpty()) {
            page = 1;
            results = directory.search(new DirectoryQuery(filter, q, 0, PAGE_SIZE));
        }
    }

    public boolean isSearched() {
        return service != null || county != null || spoken != null || q != null;
    }

    public List<Organization> getHits() {
        return results.hits();
    }

    public long getTotal() {
        return results.total();
    }

    public int getPages() {
        return Math.max(1, results.getPages());
    }

    public List<ServiceKind> getServices() {
        return List.of(ServiceKind.values());
    }

    public List<String> getCounties() {
        return ColoradoCounties.ALL;
    }

    /** The address of another page of these results. */
    public String pageUrl(int other) {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("service", service);
        query.put("county", county);
        query.put("speaks", spoken);
        query.put("q", q);
        query.put("page", other > 1 ? String.valueOf(other) : null);
        return language.link("/resources/directory", query);
    }

    public String getService() {
        return service;
    }

    public void setService(String service) {
        this.service = service;
    }

    public String getCounty() {
        return county;
    }

    public void setCounty(String county) {
        this.county = county;
    }

    /** The language the reader wants to be served in ({@code speaks} in the URL). */
    public String getSpeaks() {
        return spoken;
    }

    public void setSpeaks(String speaks) {
        this.spoken = speaks;
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
    }

    public int getPage() {
        return page;
    }

    public String getPageParam() {
        return page > 1 ? String.valueOf(page) : null;
    }

    public void setPageParam(String text) {
        this.page = PageNumber.parse(text);
    }
}
