package org.beaconportal.core.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.beaconportal.core.domain.Page;
import org.beaconportal.core.spi.ContentType;

/**
 * Every kind of content the editor offers: core's pages and the types of enabled modules.
 *
 * <pre>{@code
 * ContentItem law = contentTypes.find("law").orElseThrow().factory().create(slug, "en", title, author, now);
 * }</pre>
 */
@ApplicationScoped
@Named
public class ContentTypes {

    /** Core's own type: a general page. */
    public static final ContentType PAGE = new ContentType(Page.TYPE, "content.type.page", Page.class, Page::new, null);

    @Inject
    ModuleRegistry registry;

    /** The types staff may create now (core's and those of enabled modules). */
    public List<ContentType> enabled() {
        return Stream.concat(Stream.of(PAGE), registry.enabledModules().flatMap(m -> m.contentTypes().stream()))
                .toList();
    }

    /**
     * Types with editor fragments, of every module whether enabled or not: the editor's page
     * structure must not change between two requests of the same view.
     */
    public List<ContentType> getWithFields() {
        return registry.all().stream()
                .flatMap(m -> m.contentTypes().stream())
                .filter(t -> t.fieldsFragment() != null)
                .toList();
    }

    /** An enabled type by name. */
    public Optional<ContentType> find(String name) {
        return enabled().stream().filter(t -> t.name().equals(name)).findFirst();
    }
}
