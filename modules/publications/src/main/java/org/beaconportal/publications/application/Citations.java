package org.beaconportal.publications.application;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.beaconportal.publications.domain.Publication;

/**
 * Suggested citations of a publication, generated from its metadata: APA (7th edition) and
 * Chicago (notes and bibliography) as plain text, and BibTeX and RIS records for reference
 * managers. Authors written {@code Family, Given} are people; any other line is an organization
 * and is kept whole.
 *
 * <pre>{@code
 * String apa = Citations.apa(report, "https://beacon.example/publications/annual-report-2024");
 * String bib = Citations.bibtex(report, url);
 * }</pre>
 */
public final class Citations {

    private Citations() {}

    /** APA: {@code Family, G. (2024). Title: Subtitle (Report No. 7). Publisher. https://doi.org/…} */
    public static String apa(Publication p, String url) {
        StringBuilder s = new StringBuilder();
        List<String> authors =
                p.getAuthorList().stream().map(Citations::apaName).toList();
        if (!authors.isEmpty()) {
            s.append(joinApa(authors));
            s.append(authors.get(authors.size() - 1).endsWith(".") ? " " : ". ");
        }
        s.append('(').append(p.getYear() == null ? "n.d." : p.getYear()).append("). ");
        s.append(fullTitle(p));
        if (p.getReportNumber() != null) {
            s.append(" (Report No. ").append(p.getReportNumber()).append(')');
        }
        s.append(". ");
        if (p.getPublisher() != null && !sameAsOnlyAuthor(p)) {
            s.append(p.getPublisher()).append(". ");
        }
        s.append(link(p, url));
        return s.toString().strip();
    }

    /** Chicago bibliography: {@code Family, Given, and Given Family. Title: Subtitle. Publisher, 2024. URL.} */
    public static String chicago(Publication p, String url) {
        StringBuilder s = new StringBuilder();
        List<String> authors = p.getAuthorList();
        if (!authors.isEmpty()) {
            List<String> names = new ArrayList<>();
            for (int i = 0; i < authors.size(); i++) {
                names.add(i == 0 ? authors.get(i) : givenFirst(authors.get(i)));
            }
            s.append(joinChicago(names));
            s.append(s.charAt(s.length() - 1) == '.' ? " " : ". ");
        }
        s.append(fullTitle(p)).append(". ");
        if (p.getReportNumber() != null) {
            s.append("Report ").append(p.getReportNumber()).append(". ");
        }
        if (p.getPublisher() != null) {
            s.append(p.getPublisher()).append(", ");
        }
        s.append(p.getYear() == null ? "n.d." : String.valueOf(p.getYear())).append(". ");
        s.append(link(p, url));
        return s.toString().strip();
    }

    /** A BibTeX entry; the key is the slug with the year. */
    public static String bibtex(Publication p, String url) {
        StringBuilder s = new StringBuilder();
        String key = p.getSlug() + (p.getYear() == null ? "" : "-" + p.getYear());
        s.append('@').append(p.getKind().bibtexType()).append('{').append(key).append(",\n");
        if (!p.getAuthorList().isEmpty()) {
            List<String> names = p.getAuthorList().stream()
                    .map(a -> a.contains(",") ? bibEscape(a) : "{" + bibEscape(a) + "}")
                    .toList();
            field(s, "author", String.join(" and ", names));
        }
        field(s, "title", "{" + bibEscape(p.getTitle()) + "}");
        if (p.getSubtitle() != null) {
            field(s, "subtitle", bibEscape(p.getSubtitle()));
        }
        if (p.getYear() != null) {
            field(s, "year", String.valueOf(p.getYear()));
        }
        if (p.getIssued() != null) {
            field(s, "date", p.getIssued().toString());
        }
        if (p.getPublisher() != null) {
            field(
                    s,
                    p.getKind().bibtexType().equals("techreport") ? "institution" : "publisher",
                    bibEscape(p.getPublisher()));
        }
        if (p.getReportNumber() != null) {
            field(s, "number", bibEscape(p.getReportNumber()));
        }
        if (p.getIsbn() != null) {
            field(s, "isbn", p.getIsbn());
        }
        if (p.getDoi() != null) {
            field(s, "doi", bibEscape(p.getDoi()));
        }
        field(s, "url", bibEscape(url));
        field(s, "langid", p.getLanguage().equals("es") ? "spanish" : "english");
        if (p.getSummary() != null) {
            field(s, "abstract", bibEscape(p.getSummary()));
        }
        s.setLength(s.length() - 2);
        s.append("\n}\n");
        return s.toString();
    }

    /** A RIS record (lines end with CRLF, as the format asks). */
    public static String ris(Publication p, String url) {
        StringBuilder s = new StringBuilder();
        ris(s, "TY", p.getKind().risType());
        p.getAuthorList().forEach(a -> ris(s, "AU", a));
        ris(s, "TI", p.getTitle());
        if (p.getSubtitle() != null) {
            ris(s, "T2", p.getSubtitle());
        }
        if (p.getYear() != null) {
            ris(s, "PY", String.valueOf(p.getYear()));
        }
        if (p.getIssued() != null) {
            ris(s, "DA", p.getIssued().toString().replace('-', '/'));
        }
        if (p.getPublisher() != null) {
            ris(s, "PB", p.getPublisher());
        }
        if (p.getReportNumber() != null) {
            ris(s, "M1", p.getReportNumber());
        }
        if (p.getIsbn() != null) {
            ris(s, "SN", p.getIsbn());
        }
        if (p.getDoi() != null) {
            ris(s, "DO", p.getDoi());
        }
        ris(s, "LA", p.getLanguage());
        if (p.getSummary() != null) {
            ris(s, "AB", p.getSummary());
        }
        ris(s, "UR", url);
        s.append("ER  - \r\n");
        return s.toString();
    }

    private static void ris(StringBuilder s, String tag, String value) {
        s.append(tag).append("  - ").append(value.replaceAll("[\\r\\n]+", " ")).append("\r\n");
    }

    private static void field(StringBuilder s, String name, String value) {
        s.append("  ").append(name).append(" = {").append(value).append("},\n");
    }

    /** Escapes what BibTeX treats specially, keeping braces balanced. */
    static String bibEscape(String value) {
        StringBuilder out = new StringBuilder();
        for (char c : value.replaceAll("[\\r\\n]+", " ").toCharArray()) {
            switch (c) {
                case '\\' -> out.append("\\textbackslash{}");
                case '{', '}', '%', '&', '$', '#', '_' -> out.append('\\').append(c);
                case '~' -> out.append("\\textasciitilde{}");
                case '^' -> out.append("\\textasciicircum{}");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    private static String fullTitle(Publication p) {
        if (p.getSubtitle() == null) {
            return p.getTitle();
        }
        String title = p.getTitle();
        return title.endsWith("?") || title.endsWith("!") || title.endsWith(":")
                ? title + " " + p.getSubtitle()
                : title + ": " + p.getSubtitle();
    }

    private static String link(Publication p, String url) {
        return p.getDoi() != null ? "https://doi.org/" + p.getDoi() : url;
    }

    private static boolean sameAsOnlyAuthor(Publication p) {
        return p.getAuthorList().size() == 1 && p.getAuthorList().get(0).equalsIgnoreCase(p.getPublisher());
    }

    /** {@code Family, Given Middle} → {@code Family, G. M.}; organizations unchanged. */
    static String apaName(String author) {
        int comma = author.indexOf(',');
        if (comma < 0) {
            return author;
        }
        String family = author.substring(0, comma).strip();
        StringBuilder initials = new StringBuilder();
        for (String given : author.substring(comma + 1).strip().split("[\\s]+")) {
            if (given.isEmpty()) {
                continue;
            }
            String[] hyphenated = given.split("-");
            List<String> parts = new ArrayList<>();
            for (String part : hyphenated) {
                if (!part.isEmpty()) {
                    parts.add(part.substring(0, 1).toUpperCase(Locale.ROOT) + ".");
                }
            }
            if (initials.length() > 0) {
                initials.append(' ');
            }
            initials.append(String.join("-", parts));
        }
        return initials.length() == 0 ? family : family + ", " + initials;
    }

    /** {@code Family, Given} → {@code Given Family}. */
    static String givenFirst(String author) {
        int comma = author.indexOf(',');
        return comma < 0
                ? author
                : author.substring(comma + 1).strip() + " "
                        + author.substring(0, comma).strip();
    }

    private static String joinApa(List<String> names) {
        if (names.size() == 1) {
            return names.get(0);
        }
        if (names.size() == 2) {
            return names.get(0) + ", & " + names.get(1);
        }
        if (names.size() > 20) {
            return String.join(", ", names.subList(0, 19)) + ", . . . " + names.get(names.size() - 1);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + ", & " + names.get(names.size() - 1);
    }

    private static String joinChicago(List<String> names) {
        if (names.size() == 1) {
            return names.get(0);
        }
        if (names.size() == 2) {
            return names.get(0) + ", and " + names.get(1);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + ", and " + names.get(names.size() - 1);
    }
}
