package org.beaconportal.resources.domain;

import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.beaconportal.core.domain.ContentItem;
import org.beaconportal.core.domain.InvalidContentException;
import org.beaconportal.core.domain.Slug;
import org.beaconportal.resources.ResourcesModule;

/**
 * A page explaining one topic ("Sex trafficking", "Signs and indicators"), served at {@code
 * /resources/topics/{slug}}. Topics of the same section are read in order of their position, with
 * a table of contents and previous/next links.
 *
 * <pre>{@code
 * TopicPage page = new TopicPage(Slug.of("sex-trafficking"), "en", "Sex trafficking", "editor", now);
 * page.placeIn("understanding", 3);
 * }</pre>
 */
@Entity
@Table(name = "resources_topic")
@DiscriminatorValue(TopicPage.TYPE)
public class TopicPage extends ContentItem {

    private static final long serialVersionUID = 1L;

    public static final String TYPE = "topic";

    /** The section the six "understanding trafficking" topics belong to. */
    public static final String UNDERSTANDING = "understanding";

    /** The section of the help pages ("What happens when I call", "Browse safely"). */
    public static final String HELP = "help";

    private static final Pattern SECTION = Pattern.compile("[a-z][a-z0-9-]{0,39}");

    @Column(name = "section_key", nullable = false, length = 40)
    private String section = UNDERSTANDING;

    @Column(name = "sort_order", nullable = false)
    private int position;

    protected TopicPage() {}

    public TopicPage(Slug slug, String language, String title, String author, OffsetDateTime now) {
        super(ResourcesModule.ID, slug, language, title, author, now);
    }

    @Override
    public String typeName() {
        return TYPE;
    }

    @Override
    public String publicPath() {
        return "/resources/topics/" + getSlug();
    }

    /** Puts the page in a section at a position (lower first). */
    public void placeIn(String newSection, int newPosition) {
        if (newSection == null || !SECTION.matcher(newSection.strip()).matches()) {
            throw new InvalidContentException("resources.topic.sectionInvalid", String.valueOf(newSection));
        }
        if (newPosition < 0 || newPosition > 999) {
            throw new InvalidContentException("resources.topic.positionInvalid", String.valueOf(newPosition));
        }
        this.section = newSection.strip();
        this.position = newPosition;
    }

    @Override
    protected Map<String, String> typeFields() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("section", section);
        fields.put("position", String.valueOf(position));
        return fields;
    }

    @Override
    protected void restoreTypeFields(Map<String, String> fields) {
        String sectionText = fields.getOrDefault("section", "");
        String positionText = fields.getOrDefault("position", "").strip();
        int parsed;
        try {
            parsed = positionText.isEmpty() ? 0 : Integer.parseInt(positionText);
        } catch (NumberFormatException e) {
            throw new InvalidContentException("resources.topic.positionInvalid", positionText);
        }
        placeIn(sectionText.isBlank() ? UNDERSTANDING : sectionText, parsed);
    }

    public String getSection() {
        return section;
    }

    public int getPosition() {
        return position;
    }
}
