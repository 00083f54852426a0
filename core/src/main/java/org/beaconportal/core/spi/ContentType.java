package org.beaconportal.core.spi;

import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.regex.Pattern;
import org.beaconportal.core.domain.ContentItem;
import org.beaconportal.core.domain.Slug;

/**
 * A kind of content a module publishes (a law, a topic page, a news item), so that core's staff
 * editor can create and edit it like any page: same workflow, revisions, autosave, files, terms.
 *
 * <p>The entity extends {@link ContentItem}; its own fields travel as text through {@code
 * typeFields()} / {@code restoreTypeFields(Map)}, which is how revisions keep them and how the
 * editor edits them. The optional {@code fieldsFragment} is a Facelets fragment from the module's
 * jar, shown in the editor under the common fields, whose inputs bind to {@code
 * #{contentEdit.fields['name']}} (text values, validated by the entity).
 *
 * <pre>{@code
 * new ContentType("law", "resources.type.law", Law.class,
 *         (slug, language, title, author, now) -> new Law(slug, language, title, author, now),
 *         "/resources/admin/law-fields.xhtml")
 * }</pre>
 *
 * @param name the type's stable name, equal to the entity's {@code typeName()}
 * @param labelKey key of the type's name in the module's bundle (or core's)
 * @param entityClass the JPA entity
 * @param factory makes a new, unsaved item of this type
 * @param fieldsFragment the editor fragment for the type's own fields, or {@code null}
 * @since 1
 */
public record ContentType(
        String name,
        String labelKey,
        Class<? extends ContentItem> entityClass,
        Factory factory,
        String fieldsFragment) {

    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9-]{0,39}");

    /** Makes a new item of the type, not yet stored. */
    @FunctionalInterface
    public interface Factory {
        ContentItem create(Slug slug, String language, String title, String author, OffsetDateTime now);
    }

    public ContentType {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(labelKey, "labelKey");
        Objects.requireNonNull(entityClass, "entityClass");
        Objects.requireNonNull(factory, "factory");
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("Content type names are lower-case words: " + name);
        }
        if (fieldsFragment != null && (!fieldsFragment.startsWith("/") || !fieldsFragment.endsWith(".xhtml"))) {
            throw new IllegalArgumentException("Fields fragment must be an absolute .xhtml path: " + fieldsFragment);
        }
    }
}
