package org.beaconportal.resources.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.text.Normalizer;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.beaconportal.resources.domain.Organization;
import org.beaconportal.resources.domain.OrganizationRepository;

/**
 * The public service directory: listings that meet every criterion exactly, then, when words are
 * given, only those containing every word, ranked by where the words occur (name over description
 * over the other details).
 *
 * <pre>{@code
 * DirectoryResults results = directory.search(new DirectoryQuery(
 *         new DirectoryFilter(ServiceKind.LEGAL, "Adams", "es"), "immigration", 0, 20));
 * }</pre>
 */
@ApplicationScoped
public class ServiceDirectory {

    @Inject
    OrganizationRepository repository;

    @Inject
    Clock clock;

    @Transactional
    public DirectoryResults search(DirectoryQuery query) {
        List<String> words = words(query.text());
        List<Organization> matching = repository.published(query.filter(), OffsetDateTime.now(clock));
        List<Organization> ranked;
        if (words.isEmpty()) {
            ranked = matching;
        } else {
            record Scored(Organization org, int score) {}
            ranked = matching.stream()
                    .map(org -> new Scored(org, score(org, words)))
                    .filter(s -> s.score() > 0)
                    .sorted(Comparator.comparingInt(Scored::score)
                            .reversed()
                            .thenComparing(s -> s.org().getTitle(), String.CASE_INSENSITIVE_ORDER))
                    .map(Scored::org)
                    .toList();
        }
        int from = Math.min(ranked.size(), query.page() * query.size());
        int to = Math.min(ranked.size(), from + query.size());
        return new DirectoryResults(ranked.size(), ranked.subList(from, to), query.page(), query.size());
    }

    @Transactional
    public Optional<Organization> find(String slug) {
        return repository.publishedBySlug(slug, OffsetDateTime.now(clock));
    }

    /** Relevance of a listing for words that must all occur; 0 when one is missing. */
    static int score(Organization org, List<String> words) {
        String name = normalize(org.getTitle());
        String summary = normalize(org.getSummary());
        String details = normalize(String.join(
                " ",
                String.join(" ", org.getServices()),
                String.join(" ", org.getPopulations()),
                String.join(" ", org.getCounties()),
                String.valueOf(org.getAddress()),
                String.valueOf(org.getBody())));
        int total = 0;
        for (String word : words) {
            int score = (name.contains(word) ? 10 : 0)
                    + (summary.contains(word) ? 4 : 0)
                    + (details.contains(word) ? 1 : 0);
            if (score == 0) {
                return 0;
            }
            total += score;
        }
        return total;
    }

    static List<String> words(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return Arrays.stream(normalize(text).split("[^\\p{L}\\p{N}]+"))
                .filter(w -> w.length() > 1)
                .distinct()
                .limit(10)
                .toList();
    }

    /** Lower case without accents, so "inmigración" finds "inmigracion". */
    static String normalize(String text) {
        if (text == null) {
            return "";
        }
        return Normalizer.normalize(text, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT);
    }
}
