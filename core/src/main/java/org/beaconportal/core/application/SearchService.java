package org.beaconportal.core.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashSet;
import java.util.Set;

/**
 * Site-wide search for readers and staff. Readers only ever get published documents of enabled
 * modules; staff search finds drafts too.
 */
@ApplicationScoped
public class SearchService {

    public static final int PAGE_SIZE = 10;

    @Inject
    SearchIndex index;

    @Inject
    ModuleRegistry registry;

    public SearchResults searchPublic(
            String text, String language, String moduleFilter, String typeFilter, String languageFilter, int page) {
        return index.search(new SearchQuery(
                text,
                language,
                visibleModules(),
                moduleFilter,
                typeFilter,
                languageFilter,
                false,
                Math.max(0, page),
                PAGE_SIZE));
    }

    /** Staff search: drafts and items in review are found too. */
    public SearchResults searchStaff(Editor editor, String text, String language, int page) {
        editor.requireStaff();
        return index.search(new SearchQuery(
                text, language, visibleModules(), null, null, null, true, Math.max(0, page), PAGE_SIZE));
    }

    /** Core's own content plus every enabled module. */
    public Set<String> visibleModules() {
        Set<String> modules = new HashSet<>();
        modules.add(SearchIndexer.CORE);
        registry.enabledModules().forEach(m -> modules.add(m.descriptor().id()));
        return modules;
    }
}
