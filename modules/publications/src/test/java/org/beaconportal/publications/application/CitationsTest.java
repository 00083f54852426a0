package org.beaconportal.publications.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.beaconportal.core.domain.Slug;
import org.beaconportal.publications.domain.Publication;
import org.junit.jupiter.api.Test;

class CitationsTest {

    private static final OffsetDateTime NOW = OffsetDateTime.of(2026, 3, 1, 10, 0, 0, 0, ZoneOffset.UTC);
    private static final String URL = "https://beacon.example/publications/hidden-hands";

    private static Publication report() {
        Publication p = new Publication(Slug.of("hidden-hands"), "en", "Hidden hands", "ana", NOW);
        p.edit("Hidden hands", "Farmworkers & forced labour: 100% {braces}", "", "ana", NOW);
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("subtitle", "Labour trafficking in Colorado agriculture");
        fields.put("kind", "research-report");
        fields.put("publisher", "Colorado Anti-Trafficking Coalition");
        fields.put("date", "2024-09-30");
        fields.put("reportNumber", "RR-2024-02");
        fields.put("authors", "Moreno, Ana Lucía\nOkafor, Daniel\nColorado Anti-Trafficking Coalition");
        p.editFields(fields, "ana", NOW);
        return p;
    }

    @Test
    void apaListsInitialsYearTitleReportNumberAndPublisher() {
        assertEquals(
                "Moreno, A. L., Okafor, D., & Colorado Anti-Trafficking Coalition. (2024). Hidden hands: Labour"
                        + " trafficking in Colorado agriculture (Report No. RR-2024-02). Colorado Anti-Trafficking"
                        + " Coalition. " + URL,
                Citations.apa(report(), URL));
    }

    @Test
    void chicagoInvertsOnlyTheFirstAuthor() {
        assertEquals(
                "Moreno, Ana Lucía, Daniel Okafor, and Colorado Anti-Trafficking Coalition. Hidden hands: Labour"
                        + " trafficking in Colorado agriculture. Report RR-2024-02. Colorado Anti-Trafficking"
                        + " Coalition, 2024. " + URL,
                Citations.chicago(report(), URL));
    }

    @Test
    void aDoiReplacesTheAddressAndAnOrganizationAloneIsNotRepeated() {
        Publication p = new Publication(Slug.of("annual"), "en", "Annual report 2024", "ana", NOW);
        p.editFields(
                Map.of(
                        "kind",
                        "annual-report",
                        "date",
                        "2025",
                        "authors",
                        "Beacon Coalition",
                        "publisher",
                        "Beacon Coalition",
                        "doi",
                        "10.5555/beacon.2025"),
                "ana",
                NOW);

        assertEquals(
                "Beacon Coalition. (2025). Annual report 2024. https://doi.org/10.5555/beacon.2025",
                Citations.apa(p, URL));
    }

    @Test
    void bibtexParsesAndHoldsAuthorsYearAndTitle() {
        String bib = Citations.bibtex(report(), URL);

        BibEntry entry = BibEntry.parse(bib);

        assertEquals("techreport", entry.type());
        assertEquals("hidden-hands-2024", entry.key());
        assertEquals(
                "Moreno, Ana Lucía and Okafor, Daniel and {Colorado Anti-Trafficking Coalition}",
                entry.fields().get("author"));
        assertEquals("2024", entry.fields().get("year"));
        assertEquals("{Hidden hands}", entry.fields().get("title"));
        assertEquals("Colorado Anti-Trafficking Coalition", entry.fields().get("institution"));
        assertEquals(
                "Farmworkers \\& forced labour: 100\\% \\{braces\\}",
                entry.fields().get("abstract"));
    }

    @Test
    void risParsesAndHoldsAuthorsYearAndTitle() {
        String ris = Citations.ris(report(), URL);

        List<String[]> tags = RisRecord.parse(ris);

        assertEquals("TY", tags.get(0)[0]);
        assertEquals("RPRT", tags.get(0)[1]);
        assertEquals("ER", tags.get(tags.size() - 1)[0]);
        assertEquals(
                List.of("Moreno, Ana Lucía", "Okafor, Daniel", "Colorado Anti-Trafficking Coalition"),
                values(tags, "AU"));
        assertEquals(List.of("2024"), values(tags, "PY"));
        assertEquals(List.of("Hidden hands"), values(tags, "TI"));
        assertEquals(List.of(URL), values(tags, "UR"));
    }

    private static List<String> values(List<String[]> tags, String tag) {
        return tags.stream().filter(t -> t[0].equals(tag)).map(t -> t[1]).toList();
    }

    /** A strict reader of one BibTeX entry: balanced braces, {@code name = {value}} fields. */
    record BibEntry(String type, String key, Map<String, String> fields) {

        static BibEntry parse(String text) {
            String s = text.strip();
            if (!s.startsWith("@")) {
                throw new IllegalArgumentException("no @");
            }
            int open = s.indexOf('{');
            String type = s.substring(1, open);
            int comma = s.indexOf(',', open);
            String key = s.substring(open + 1, comma).strip();
            if (!key.matches("[A-Za-z0-9_:-]+")) {
                throw new IllegalArgumentException("bad key " + key);
            }
            Map<String, String> fields = new LinkedHashMap<>();
            int i = comma + 1;
            while (true) {
                while (Character.isWhitespace(s.charAt(i))) {
                    i++;
                }
                if (s.charAt(i) == '}') {
                    if (i != s.length() - 1) {
                        throw new IllegalArgumentException("text after entry");
                    }
                    return new BibEntry(type, key, fields);
                }
                int eq = s.indexOf('=', i);
                String name = s.substring(i, eq).strip();
                if (!name.matches("[a-z]+")) {
                    throw new IllegalArgumentException("bad field name " + name);
                }
                i = eq + 1;
                while (Character.isWhitespace(s.charAt(i))) {
                    i++;
                }
                if (s.charAt(i) != '{') {
                    throw new IllegalArgumentException("value must be braced: " + name);
                }
                int depth = 0;
                int start = i + 1;
                for (; ; i++) {
                    char c = s.charAt(i);
                    if (c == '\\') {
                        i++;
                        continue;
                    }
                    if (c == '{') {
                        depth++;
                    } else if (c == '}') {
                        depth--;
                        if (depth == 0) {
                            break;
                        }
                    }
                }
                if (fields.put(name, s.substring(start, i)) != null) {
                    throw new IllegalArgumentException("repeated field " + name);
                }
                i++;
                while (Character.isWhitespace(s.charAt(i))) {
                    i++;
                }
                if (s.charAt(i) == ',') {
                    i++;
                }
            }
        }
    }

    /** A strict reader of one RIS record: every line {@code XX  - value}, CRLF, TY first, ER last. */
    static final class RisRecord {
        static List<String[]> parse(String text) {
            if (!text.endsWith("\r\n")) {
                throw new IllegalArgumentException("lines end with CRLF");
            }
            List<String[]> tags = new ArrayList<>();
            for (String line : text.split("\r\n")) {
                if (!line.matches("[A-Z][A-Z0-9]  - .*")) {
                    throw new IllegalArgumentException("bad line: " + line);
                }
                tags.add(new String[] {line.substring(0, 2), line.substring(6)});
            }
            assertTrue(tags.get(0)[0].equals("TY"));
            return tags;
        }
    }
}
