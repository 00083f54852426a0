package org.beaconportal.resources.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.beaconportal.core.application.ContentService;
import org.beaconportal.core.application.Editor;
import org.beaconportal.core.domain.ContentItem;
import org.beaconportal.core.domain.Slug;
import org.beaconportal.core.domain.WorkflowAction;
import org.beaconportal.resources.domain.Hotline;
import org.beaconportal.resources.domain.Law;
import org.beaconportal.resources.domain.Organization;
import org.beaconportal.resources.domain.OrganizationCsv;
import org.beaconportal.resources.domain.TopicPage;

/**
 * The module's demo content, loaded once on a portal's first start: topic pages, laws and hotline
 * cards in English and Spanish (Markdown files with a header of fields under {@code
 * seed/resources/} in the jar, listed in {@code index.txt}) and a set of clearly marked demo
 * listings for the directory ({@code organizations.csv}, with 555-01xx numbers and example.org
 * addresses only). Everything goes through {@link ContentService}, so it has revisions, audit
 * entries and search documents like staff-written content.
 */
@ApplicationScoped
public class ResourcesDemoContent {

    static final String FOLDER = "seed/resources/";

    @Inject
    ContentService content;

    @Inject
    Clock clock;

    @Transactional
    public void load(String author) {
        Editor editor = new Editor(author, Editor.SYSTEM.roles());
        OffsetDateTime now = OffsetDateTime.now(clock);
        Map<String, ContentItem> byTranslation = new HashMap<>();
        for (String file : read("index.txt").lines().map(String::strip).toList()) {
            if (file.isEmpty() || file.startsWith("#")) {
                continue;
            }
            Parsed parsed = parse(read(file), author, now, file);
            ContentItem item = parsed.item();
            ContentItem original = parsed.translation() == null ? null : byTranslation.get(parsed.translation());
            if (original != null) {
                item.linkTranslation(original);
            } else if (parsed.translation() != null) {
                byTranslation.put(parsed.translation(), item);
            }
            content.create(editor, item, "Demo content");
            content.transition(editor, item.getId(), WorkflowAction.PUBLISH, null);
        }
        for (OrganizationCsv.Row row : OrganizationCsv.read(read("organizations.csv"), now)) {
            if (!row.valid()) {
                throw new IllegalStateException("Demo listing on line " + row.line() + " is invalid: " + row.errorKey()
                        + " " + row.errorArgs());
            }
            Organization org = new Organization(Slug.of(row.slug()), "en", row.name(), author, now);
            org.edit(row.name(), row.values().get("summary"), "", author, now);
            Map<String, String> fields = new LinkedHashMap<>(row.organizationFields());
            fields.put("demo", "true");
            org.describe(fields);
            content.create(editor, org, "Demo content");
            content.transition(editor, org.getId(), WorkflowAction.PUBLISH, null);
        }
    }

    /** A demo item and the key that pairs it with its translation. */
    record Parsed(ContentItem item, String translation) {}

    static Parsed parse(String text, String author, OffsetDateTime now, String file) {
        int end = text.indexOf("\n---\n");
        if (end < 0) {
            throw new IllegalStateException(file + " has no field header");
        }
        Map<String, String> header = new LinkedHashMap<>();
        for (String line : text.substring(0, end).lines().toList()) {
            int colon = line.indexOf(':');
            if (colon > 0) {
                header.put(
                        line.substring(0, colon).strip(),
                        line.substring(colon + 1).strip());
            }
        }
        String body = text.substring(end + 5).strip() + "\n";
        String type = header.remove("type");
        Slug slug = Slug.of(header.remove("slug"));
        String language = header.remove("language");
        String title = header.remove("title");
        String summary = header.remove("summary");
        String translation = header.remove("translation");
        ContentItem item =
                switch (type) {
                    case TopicPage.TYPE -> new TopicPage(slug, language, title, author, now);
                    case Law.TYPE -> new Law(slug, language, title, author, now);
                    case Hotline.TYPE -> new Hotline(slug, language, title, author, now);
                    default -> throw new IllegalStateException(file + ": unknown type " + type);
                };
        item.edit(title, summary, body, author, now);
        item.editFields(header, author, now);
        return new Parsed(item, translation);
    }

    static String read(String name) {
        try (InputStream in = ResourcesDemoContent.class.getClassLoader().getResourceAsStream(FOLDER + name)) {
            if (in == null) {
                throw new IllegalStateException("Missing demo file " + FOLDER + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\r\n", "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The demo files, for tests that check each one parses. */
    static List<String> files() {
        return read("index.txt")
                .lines()
                .map(String::strip)
                .filter(l -> !l.isEmpty() && !l.startsWith("#"))
                .toList();
    }
}
