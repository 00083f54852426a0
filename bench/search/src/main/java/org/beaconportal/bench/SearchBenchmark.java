package org.beaconportal.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.beaconportal.core.application.SearchIndex;
import org.beaconportal.core.application.SearchQuery;
import org.beaconportal.core.application.SearchResults;
import org.beaconportal.core.infrastructure.LuceneSearchIndex;
import org.beaconportal.core.spi.SearchDocument;

/**
 * Benchmark (not a test) of the embedded search index, {@link LuceneSearchIndex}.
 *
 * <p>For each corpus size (10,000 and 100,000 by default) it builds a fresh index with {@code
 * replaceAll} from synthetic, deterministic documents generated lazily (English and Spanish about
 * 80/20, five modules, 150 to 600 words of anti-trafficking vocabulary over a Zipf-like filler
 * tail, about 90% published), times the build, then runs a warm-up and a measured series of public
 * queries of several shapes and reports latency percentiles. The last line says whether the target
 * of the content issue is met: p95 under 50 ms at 100,000 items.
 *
 * <p>System properties (all optional): {@code bench.sizes} (comma-separated, default {@code
 * 10000,100000}), {@code bench.queries} (measured queries per size, default 320, at least 200),
 * {@code bench.warmup} (default 50), {@code bench.target.ms} (default 50), {@code bench.target.size}
 * (default 100000), {@code bench.adapter} ({@code lucene}, the default, or {@code postgres}: {@link
 * org.beaconportal.core.infrastructure.PostgresSearchIndex} in a fresh schema of the database given
 * by {@code bench.db.name} and BEACON_DB_HOST, BEACON_DB_PORT, BEACON_DB_USER, BEACON_DB_PASSWORD).
 */
public final class SearchBenchmark {

    static final long DOCUMENT_SEED = 20_240_611L;
    static final long QUERY_SEED = 7_919L;
    static final long WARMUP_SEED = 104_729L;

    static final Set<String> MODULES = Set.of("resources", "publications", "newsletter", "statistics", "core");
    static final String[] MODULE_ORDER = {"resources", "publications", "newsletter", "statistics", "core"};
    /** Share of documents per module, same order as MODULE_ORDER. */
    static final double[] MODULE_WEIGHTS = {0.30, 0.20, 0.25, 0.10, 0.15};

    static final Map<String, String[]> TYPES = Map.of(
            "resources", new String[] {"resource", "guide", "toolkit", "factsheet"},
            "publications", new String[] {"publication", "report", "brief"},
            "newsletter", new String[] {"issue", "article"},
            "statistics", new String[] {"dataset", "indicator"},
            "core", new String[] {"page", "news", "event"});

    /** {@code lucene} (default) or {@code postgres}: which adapter is measured. */
    static final String ADAPTER = System.getProperty("bench.adapter", "lucene");

    public static void main(String[] args) throws IOException {
        int[] sizes = Arrays.stream(System.getProperty("bench.sizes", "10000,100000").split(","))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .mapToInt(s -> Integer.parseInt(s.replace("_", "")))
                .toArray();
        int measured = Math.max(200, Integer.getInteger("bench.queries", 320));
        int warmup = Integer.getInteger("bench.warmup", 50);
        double targetMs = Double.parseDouble(System.getProperty("bench.target.ms", "50"));
        int targetSize = Integer.getInteger("bench.target.size", 100_000);

        System.out.printf(Locale.ROOT,
                "Search index benchmark (" + ADAPTER + "): java %s, %d processors, max heap %d MB, load average %s, sizes %s, %d warm-up + %d measured queries%n",
                System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20,
                loadAverage(),
                Arrays.toString(sizes),
                warmup,
                measured);

        Vocabulary vocabulary = new Vocabulary();
        List<BenchQuery> warmupQueries = new QueryGenerator(vocabulary, new Random(WARMUP_SEED)).mixed(warmup);
        List<BenchQuery> measuredQueries = new QueryGenerator(vocabulary, new Random(QUERY_SEED)).mixed(measured);

        Path root = Files.createTempDirectory("beacon-search-bench-");
        List<String> summaries = new ArrayList<>();
        Double targetP95 = null;
        String targetSlowestShape = null;
        try {
            for (int n : sizes) {
                Result result = run(n, root.resolve("index-" + n), vocabulary, warmupQueries, measuredQueries);
                summaries.add(result.summary());
                if (n == targetSize) {
                    targetP95 = result.p95Ms;
                    targetSlowestShape = result.slowestShape;
                }
            }
        } finally {
            deleteRecursively(root);
        }

        System.out.println();
        System.out.println("load average at the end: " + loadAverage());
        summaries.forEach(System.out::println);
        if (targetP95 == null) {
            System.out.printf(Locale.ROOT, "TARGET NOT MEASURED (size %,d was not run)%n", targetSize);
        } else if (targetP95 < targetMs) {
            System.out.printf(Locale.ROOT, "TARGET MET (p95 %.1f ms < %.0f ms at %,d items)%n", targetP95, targetMs, targetSize);
        } else {
            System.out.printf(Locale.ROOT,
                    "TARGET MISSED (p95 %.1f ms >= %.0f ms at %,d items, over by %.1f ms; slowest shape by p95: %s)%n",
                    targetP95, targetMs, targetSize, targetP95 - targetMs, targetSlowestShape);
        }
    }

    private static Result run(
            int n, Path folder, Vocabulary vocabulary, List<BenchQuery> warmupQueries, List<BenchQuery> measuredQueries)
            throws IOException {
        System.out.printf(Locale.ROOT, "%n== %,d items ==%n", n);

        long heapBaseline = usedHeapAfterGc();

        // Generating the documents is part of replaceAll's time below; measure it alone too, so that
        // the index's own share is known.
        long generationStart = System.nanoTime();
        long[] textChars = {0};
        long[] published = {0};
        long[] spanish = {0};
        documents(n, vocabulary).forEach(d -> {
            textChars[0] += d.text().length();
            if (d.published()) {
                published[0]++;
            }
            if ("es".equals(d.language())) {
                spanish[0]++;
            }
        });
        double generationS = (System.nanoTime() - generationStart) / 1e9;
        System.out.printf(Locale.ROOT,
                "corpus: %,d docs, %.0f MB of body text, %.1f%% published, %.1f%% Spanish; generation alone %.2f s%n",
                n, textChars[0] / 1e6, 100.0 * published[0] / n, 100.0 * spanish[0] / n, generationS);

        try (BenchIndex bench = BenchIndex.open(ADAPTER, folder, n)) {
            SearchIndex index = bench.index();
            long buildStart = System.nanoTime();
            index.replaceAll(documents(n, vocabulary));
            double buildS = (System.nanoTime() - buildStart) / 1e9;
            long indexed = index.size();
            if (indexed != n) {
                throw new IllegalStateException("indexed " + indexed + " documents, expected " + n);
            }
            long heapUsed = usedHeapAfterGc();
            long diskBytes = bench.storageBytes();
            System.out.printf(Locale.ROOT,
                    "build (replaceAll, %s): %.2f s, %,.0f docs/s (%.2f s excluding generation);"
                            + " index %.0f MB on disk%s%n",
                    ADAPTER, buildS, n / buildS, buildS - generationS, diskBytes / 1e6, bench.storageDetail());
            System.out.printf(Locale.ROOT,
                    "heap used after build (after System.gc()): %.0f MB (before generation: %.0f MB)%n",
                    heapUsed / 1e6, heapBaseline / 1e6);

            for (BenchQuery q : warmupQueries) {
                index.search(q.query());
            }

            Map<Shape, List<Long>> byShape = new EnumMap<>(Shape.class);
            Map<Shape, Long> hitsByShape = new EnumMap<>(Shape.class);
            Map<Shape, Long> zeroByShape = new EnumMap<>(Shape.class);
            long[] latencies = new long[measuredQueries.size()];
            long totalHits = 0;
            long zeroHitQueries = 0;
            for (int i = 0; i < measuredQueries.size(); i++) {
                BenchQuery q = measuredQueries.get(i);
                long start = System.nanoTime();
                SearchResults results = index.search(q.query());
                long elapsed = System.nanoTime() - start;
                latencies[i] = elapsed;
                totalHits += results.total();
                if (results.total() == 0) {
                    zeroHitQueries++;
                }
                byShape.computeIfAbsent(q.shape(), s -> new ArrayList<>()).add(elapsed);
                hitsByShape.merge(q.shape(), results.total(), Long::sum);
                zeroByShape.merge(q.shape(), results.total() == 0 ? 1L : 0L, Long::sum);
            }

            System.out.printf(Locale.ROOT, "  %-14s %6s %9s %9s %9s %10s %5s  %s%n",
                    "shape", "count", "median", "p95", "max", "mean hits", "zero", "first query of the shape");
            String slowest = null;
            double slowestP95 = -1;
            for (Map.Entry<Shape, List<Long>> e : byShape.entrySet()) {
                long[] values = e.getValue().stream().mapToLong(Long::longValue).toArray();
                Arrays.sort(values);
                double p95 = ms(percentile(values, 95));
                if (p95 > slowestP95) {
                    slowestP95 = p95;
                    slowest = e.getKey().label;
                }
                BenchQuery example = measuredQueries.stream()
                        .filter(q -> q.shape() == e.getKey())
                        .findFirst()
                        .orElseThrow();
                System.out.printf(Locale.ROOT, "  %-14s %6d %6.2f ms %6.2f ms %6.2f ms %10.0f %5d  %s%n",
                        e.getKey().label,
                        values.length,
                        ms(percentile(values, 50)),
                        p95,
                        ms(values[values.length - 1]),
                        (double) hitsByShape.get(e.getKey()) / values.length,
                        zeroByShape.get(e.getKey()),
                        example.describe());
            }

            Arrays.sort(latencies);
            Result result = new Result(
                    n,
                    buildS,
                    n / buildS,
                    heapUsed,
                    diskBytes,
                    latencies.length,
                    ms(percentile(latencies, 50)),
                    ms(percentile(latencies, 95)),
                    ms(percentile(latencies, 99)),
                    ms(latencies[latencies.length - 1]),
                    (double) totalHits / latencies.length,
                    zeroHitQueries,
                    slowest);
            System.out.println(result.summary());
            return result;
        } finally {
            deleteRecursively(folder);
        }
    }

    // ---------------------------------------------------------------------------------------------
    // Documents

    /** The corpus of size n, generated lazily in order; the same n always gives the same documents. */
    static Stream<SearchDocument> documents(int n, Vocabulary vocabulary) {
        Random random = new Random(DOCUMENT_SEED);
        OffsetDateTime base = OffsetDateTime.of(2025, 6, 1, 12, 0, 0, 0, ZoneOffset.UTC);
        return IntStream.range(0, n).sequential().mapToObj(i -> document(i, random, vocabulary, base));
    }

    private static SearchDocument document(int i, Random random, Vocabulary v, OffsetDateTime base) {
        String module = MODULE_ORDER[pick(random, MODULE_WEIGHTS)];
        String[] types = TYPES.get(module);
        String type = types[random.nextInt(types.length)];
        boolean spanish = random.nextDouble() < 0.20;
        Language lang = spanish ? v.spanish : v.english;
        boolean published = random.nextDouble() < 0.90;

        // A few topic words per document, repeated more than the rest: term frequencies within a
        // document are then skewed as in real articles.
        String[] topic = new String[3 + random.nextInt(3)];
        for (int t = 0; t < topic.length; t++) {
            topic[t] = lang.domain.sample(random);
        }

        String title = capitalize(sentence(random, lang, topic, 4 + random.nextInt(6), 0.65));
        if (type.equals("report") || type.equals("dataset") || type.equals("issue")) {
            title += " " + (2015 + random.nextInt(11));
        }
        String summary = sentence(random, lang, topic, 12 + random.nextInt(19), 0.30) + ".";

        int words = 150 + random.nextInt(451);
        StringBuilder body = new StringBuilder(words * 8);
        int written = 0;
        while (written < words) {
            int length = Math.min(words - written, 8 + random.nextInt(15));
            if (body.length() > 0) {
                body.append(random.nextInt(6) == 0 ? "\n\n" : " ");
            }
            body.append(capitalize(sentence(random, lang, topic, length, 0.20))).append('.');
            written += length;
        }

        String key = type + "-" + i;
        OffsetDateTime updated = base.minusMinutes(random.nextInt(10 * 365 * 24 * 60));
        return new SearchDocument(
                module,
                type,
                key,
                spanish ? "es" : "en",
                title,
                summary,
                body.toString(),
                "/" + module + "/" + key,
                published,
                updated);
    }

    /** Words joined by spaces: domain words with probability domainShare (half of them topic words). */
    private static String sentence(Random random, Language lang, String[] topic, int words, double domainShare) {
        StringBuilder s = new StringBuilder(words * 8);
        for (int w = 0; w < words; w++) {
            if (w > 0) {
                s.append(' ');
            }
            double r = random.nextDouble();
            if (r < 0.004) {
                s.append(lang.rare[random.nextInt(lang.rare.length)]);
            } else if (r < domainShare) {
                s.append(random.nextBoolean() ? topic[random.nextInt(topic.length)] : lang.domain.sample(random));
            } else {
                s.append(lang.filler.sample(random));
            }
        }
        return s.toString();
    }

    // ---------------------------------------------------------------------------------------------
    // Queries

    enum Shape {
        COMMON("common-1", "en"),
        RARE("rare-1", "en"),
        TWO_TERMS("two-term", "en"),
        THREE_TERMS("three-term", "en"),
        MISSPELLED("misspelled", "en"),
        SPANISH("spanish", "es"),
        MODULE_FILTER("module-filter", "en"),
        PAGE_2("page-2", "en");

        final String label;
        final String language;

        Shape(String label, String language) {
            this.label = label;
            this.language = language;
        }
    }

    record BenchQuery(Shape shape, SearchQuery query) {
        String describe() {
            StringBuilder s = new StringBuilder("\"").append(query.text()).append("\" lang=").append(query.language());
            if (query.moduleFilter() != null) {
                s.append(" module=").append(query.moduleFilter());
            }
            if (query.page() > 0) {
                s.append(" page=").append(query.page() + 1);
            }
            return s.toString();
        }
    }

    static final class QueryGenerator {
        private final Vocabulary v;
        private final Random random;

        QueryGenerator(Vocabulary vocabulary, Random random) {
            this.v = vocabulary;
            this.random = random;
        }

        /** count queries, the shapes in equal numbers, in a shuffled order. */
        List<BenchQuery> mixed(int count) {
            Shape[] shapes = Shape.values();
            List<BenchQuery> queries = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                queries.add(query(shapes[i % shapes.length]));
            }
            Collections.shuffle(queries, random);
            return queries;
        }

        BenchQuery query(Shape shape) {
            String moduleFilter = null;
            int page = 0;
            String text = switch (shape) {
                case COMMON -> oneOf(v.english.commonSingle);
                case RARE -> random.nextBoolean()
                        ? oneOf(v.english.rare)
                        : v.english.filler.word(2_000 + random.nextInt(v.english.filler.size() - 2_000));
                case TWO_TERMS -> String.join(" ", distinct(v.english.commonSingle, 2));
                case THREE_TERMS -> random.nextBoolean()
                        ? oneOf(v.english.phrases)
                        : String.join(" ", distinct(v.english.commonSingle, 3));
                case MISSPELLED -> misspell(oneOf(v.english.misspellable));
                case SPANISH -> switch (random.nextInt(3)) {
                    case 0 -> oneOf(v.spanish.commonSingle);
                    case 1 -> oneOf(v.spanish.phrases);
                    default -> String.join(" ", distinct(v.spanish.commonSingle, 2));
                };
                case MODULE_FILTER -> {
                    moduleFilter = MODULE_ORDER[random.nextInt(MODULE_ORDER.length)];
                    yield random.nextBoolean()
                            ? oneOf(v.english.commonSingle)
                            : String.join(" ", distinct(v.english.commonSingle, 2));
                }
                case PAGE_2 -> {
                    page = 1;
                    yield random.nextBoolean()
                            ? oneOf(v.english.commonSingle)
                            : String.join(" ", distinct(v.english.commonSingle, 2));
                }
            };
            return new BenchQuery(
                    shape, new SearchQuery(text, shape.language, MODULES, moduleFilter, null, null, false, page, 10));
        }

        private String oneOf(String[] words) {
            return words[random.nextInt(words.length)];
        }

        private List<String> distinct(String[] words, int count) {
            Set<String> chosen = new LinkedHashSet<>();
            while (chosen.size() < count) {
                chosen.add(oneOf(words));
            }
            return new ArrayList<>(chosen);
        }

        /** One edit (deletion, substitution, insertion or transposition) after the first letter. */
        private String misspell(String word) {
            StringBuilder s = new StringBuilder(word);
            int at = 1 + random.nextInt(word.length() - 2);
            char letter = (char) ('a' + random.nextInt(26));
            switch (random.nextInt(4)) {
                case 0 -> s.deleteCharAt(at);
                case 1 -> s.setCharAt(at, letter == s.charAt(at) ? (char) ('a' + (letter - 'a' + 1) % 26) : letter);
                case 2 -> s.insert(at, letter);
                default -> {
                    char c = s.charAt(at);
                    s.setCharAt(at, s.charAt(at + 1));
                    s.setCharAt(at + 1, c);
                }
            }
            String result = s.toString();
            return result.equals(word) ? word.substring(0, word.length() - 1) : result;
        }
    }

    // ---------------------------------------------------------------------------------------------
    // Vocabulary

    /** Words of one language: domain words (Zipf), rare domain words, filler with a long Zipf tail. */
    static final class Language {
        final Zipf domain;
        final String[] rare;
        final Zipf filler;
        final String[] commonSingle;
        final String[] misspellable;
        final String[] phrases;

        Language(String[] domain, String[] rare, String[] commonFiller, String[] tail, String[] phrases) {
            this.domain = new Zipf(domain, 0.9);
            this.rare = rare;
            String[] filler = Arrays.copyOf(commonFiller, commonFiller.length + tail.length);
            System.arraycopy(tail, 0, filler, commonFiller.length, tail.length);
            this.filler = new Zipf(filler, 1.05);
            // The 40 most frequent single-word domain terms are the "common" query terms.
            this.commonSingle = Arrays.stream(domain).filter(w -> !w.contains(" ")).limit(40).toArray(String[]::new);
            this.misspellable = Arrays.stream(domain)
                    .filter(w -> !w.contains(" ") && w.length() >= 6 && w.chars().allMatch(c -> c < 128))
                    .toArray(String[]::new);
            this.phrases = phrases;
        }
    }

    static final class Vocabulary {
        final Language english;
        final Language spanish;

        Vocabulary() {
            String[] tail = pseudoWords(20_000, new Random(DOCUMENT_SEED ^ 0x5DEECE66DL));
            english = new Language(EN_DOMAIN, EN_RARE, EN_FILLER, tail, EN_PHRASES);
            spanish = new Language(ES_DOMAIN, ES_RARE, ES_FILLER, tail, ES_PHRASES);
        }
    }

    /** Pronounceable made-up words for the long tail of the filler distribution. */
    static String[] pseudoWords(int count, Random random) {
        String[] onsets = {"b", "c", "d", "f", "g", "h", "l", "m", "n", "p", "r", "s", "t", "v", "br", "cl", "dr",
            "gr", "pl", "pr", "st", "tr", "sh", "ch", "th"};
        String[] vowels = {"a", "e", "i", "o", "u", "ea", "io", "ou", "ai"};
        String[] codas = {"", "", "", "n", "r", "s", "l", "t", "nd", "st", "m", "ck"};
        Set<String> words = new LinkedHashSet<>();
        while (words.size() < count) {
            StringBuilder w = new StringBuilder();
            int syllables = 2 + random.nextInt(3);
            for (int s = 0; s < syllables; s++) {
                w.append(onsets[random.nextInt(onsets.length)])
                        .append(vowels[random.nextInt(vowels.length)])
                        .append(codas[random.nextInt(codas.length)]);
            }
            words.add(w.toString());
        }
        return words.toArray(String[]::new);
    }

    /** Samples words with probability proportional to 1 / rank^exponent. */
    static final class Zipf {
        private final String[] words;
        private final double[] cumulative;

        Zipf(String[] words, double exponent) {
            this.words = words;
            this.cumulative = new double[words.length];
            double sum = 0;
            for (int r = 0; r < words.length; r++) {
                sum += 1.0 / Math.pow(r + 1, exponent);
                cumulative[r] = sum;
            }
            for (int r = 0; r < words.length; r++) {
                cumulative[r] /= sum;
            }
        }

        String sample(Random random) {
            int at = Arrays.binarySearch(cumulative, random.nextDouble());
            return words[Math.min(words.length - 1, at >= 0 ? at : -at - 1)];
        }

        String word(int rank) {
            return words[rank];
        }

        int size() {
            return words.length;
        }
    }

    // Domain terms, most frequent first (their Zipf rank).
    static final String[] EN_DOMAIN = {
        "trafficking", "labour", "forced", "survivor", "victims", "exploitation", "workers", "human",
        "hotline", "coercion", "supply chain", "shelter", "Colorado", "services", "recruitment", "debt",
        "migrant", "employer", "wages", "prevention", "protection", "cocoa", "cotton", "children", "report",
        "community", "training", "awareness", "advocacy", "legal", "housing", "immigration", "visa",
        "agriculture", "domestic", "servitude", "bondage", "prosecution", "law enforcement", "police",
        "coalition", "partnership", "outreach", "referral", "identification", "trauma", "care", "health",
        "interpreter", "multilingual", "statistics", "data", "survey", "prevalence", "estimate", "indicator",
        "annual", "guide", "toolkit", "policy", "legislation", "Denver", "Aurora", "county", "federal", "grant",
        "funding", "volunteer", "donor", "newsletter", "webinar", "conference", "case management", "audit",
        "compliance", "brand", "factory", "farm", "fishing", "seafood", "garment", "mining", "construction",
        "hospitality", "youth", "minors", "sexual", "commercial", "online", "grooming", "certification",
        "task force", "passport", "document", "confiscation", "smuggling", "border", "asylum", "refugee",
        "rights", "abuse", "deception", "fraud", "threats", "isolation", "restitution", "benefits", "sourcing",
        "transparency", "due diligence", "supplier", "importer", "customs", "ranch", "dairy", "meatpacking",
        "restaurant", "cleaning", "nail salon", "massage", "trucking", "warehouse", "harvest", "orchard",
    };

    static final String[] EN_RARE = {
        "peonage", "indentured", "sharecropping", "restavek", "kafala", "brickkiln", "quarry", "shrimp",
        "palm oil", "mica", "cobalt", "polysilicon", "tomatoes", "sugarcane", "hazelnut", "tobacco",
        "vanilla", "gold panning", "charcoal", "rubber", "tea estate", "carpet", "bricks", "sapphire",
        "jade", "sheepherder", "au pair", "diplomatic", "debt bondage", "withheld", "unpaid", "overtime",
    };

    static final String[] EN_FILLER = {
        "the", "of", "and", "to", "in", "a", "is", "that", "for", "it", "as", "was", "with", "be", "by", "on",
        "not", "this", "are", "or", "from", "at", "which", "but", "have", "an", "had", "they", "you", "were",
        "their", "one", "all", "we", "can", "has", "there", "been", "if", "more", "when", "will", "would",
        "who", "so", "no", "people", "work", "year", "new", "also", "time", "many", "help", "other", "some",
        "these", "our", "local", "support", "program", "how", "about", "through", "may", "first",
        "information", "most", "after", "between", "including", "each", "both", "state", "need", "provide",
        "those", "well", "only", "public", "such", "make", "over", "use", "group", "during", "within",
        "across", "while", "where", "being", "under", "number", "example", "often", "family", "families",
        "school", "city", "area", "region", "staff", "team", "office", "organization", "partners", "access",
        "resources", "learn", "know", "understand", "share", "find", "contact", "call", "free", "confidential",
        "safe", "safety", "available", "languages", "english", "spanish", "women", "men", "young", "adults",
        "job", "jobs", "employment", "industry", "business", "businesses", "companies", "products", "goods",
        "market", "price", "cost", "money", "pay", "paid", "hours", "week", "month", "day", "days", "recent",
        "increase", "decrease", "change", "trend", "rate", "percent", "total", "key", "findings", "results",
        "important", "risk", "risks", "signs", "response", "respond", "plan", "strategy", "goal", "goals",
    };

    static final String[] EN_PHRASES = {
        "forced labour cocoa", "human trafficking hotline", "cotton supply chain", "survivor shelter Colorado",
        "debt bondage migrant", "labour trafficking agriculture", "domestic servitude survivors",
        "law enforcement training", "child labour cocoa", "trafficking prevalence estimate",
        "seafood supply chain", "recruitment fees workers", "shelter housing survivors",
        "visa immigration survivors", "annual trafficking report", "forced labour garment factory",
        "hotline call statistics", "coercion threats isolation", "supply chain due diligence",
        "online grooming minors",
    };

    static final String[] ES_DOMAIN = {
        "trata", "trabajo", "forzoso", "personas", "sobreviviente", "víctimas", "explotación",
        "trabajadores", "línea directa", "coerción", "cadena de suministro", "refugio", "Colorado", "servicios",
        "reclutamiento", "deuda", "migrante", "empleador", "salario", "prevención", "protección", "cacao",
        "algodón", "niños", "informe", "comunidad", "capacitación", "sensibilización", "defensa", "legal",
        "vivienda", "inmigración", "visa", "agricultura", "doméstico", "servidumbre", "denuncia", "fiscalía",
        "policía", "coalición", "alianza", "identificación", "trauma", "atención", "salud", "intérprete",
        "estadísticas", "datos", "encuesta", "prevalencia", "indicador", "anual", "guía", "política", "ley",
        "Denver", "Aurora", "condado", "federal", "subvención", "voluntario", "boletín", "seminario",
        "auditoría", "fábrica", "granja", "pesca", "mariscos", "minería", "construcción", "hotelería", "jóvenes",
        "menores", "sexual", "comercial", "pasaporte", "documentos", "frontera", "asilo", "refugiado",
        "derechos", "abuso", "engaño", "fraude", "amenazas", "aislamiento", "cosecha", "restaurante", "limpieza",
    };

    static final String[] ES_RARE = {
        "peonaje", "servidumbre por deudas", "ladrilleras", "cantera", "camarón", "aceite de palma", "mica",
        "cobalto", "tomates", "caña de azúcar", "tabaco", "vainilla", "carbón", "caucho", "alfombras",
        "horas extra", "impagado", "retenido",
    };

    static final String[] ES_FILLER = {
        "de", "la", "que", "el", "en", "y", "a", "los", "del", "se", "las", "por", "un", "para", "con", "no",
        "una", "su", "al", "lo", "como", "más", "pero", "sus", "le", "ya", "o", "este", "porque", "esta",
        "entre", "cuando", "muy", "sin", "sobre", "también", "hasta", "hay", "donde", "quien", "desde", "todo",
        "nos", "durante", "todos", "uno", "les", "contra", "otros", "ese", "eso", "ante", "ellos", "esto",
        "antes", "algunos", "unos", "otro", "otras", "otra", "tanto", "esa", "estos", "mucho", "quienes",
        "muchos", "cual", "poco", "ella", "estar", "estas", "algunas", "algo", "año", "programa", "apoyo",
        "información", "local", "nuevo", "ayuda", "tiempo", "forma", "parte", "puede", "pueden", "ser",
        "tiene", "tienen", "hacer", "cada", "gobierno", "estado", "país", "vida", "familia", "familias",
        "escuela", "ciudad", "región", "equipo", "oficina", "organización", "acceso", "recursos", "conocer",
        "compartir", "llamar", "gratuito", "confidencial", "seguro", "seguridad", "disponible", "idiomas",
        "mujeres", "hombres", "empleo", "industria", "empresas", "productos", "mercado", "precio", "dinero",
        "pago", "horas", "semana", "mes", "días", "aumento", "cambio", "tendencia", "tasa", "total",
        "resultados", "importante", "riesgo", "señales", "respuesta", "plan", "estrategia", "meta",
    };

    static final String[] ES_PHRASES = {
        "trata de personas", "trabajo forzoso", "línea directa de trata", "sobreviviente de trata",
        "trabajo forzoso cacao", "cadena de suministro algodón", "refugio para sobrevivientes",
        "explotación laboral migrantes", "servidumbre doméstica", "víctimas de trata Colorado",
        "denuncia trabajo forzoso", "victimas de explotacion",
    };

    // ---------------------------------------------------------------------------------------------
    // Results and helpers

    record Result(
            int n,
            double buildS,
            double docsPerS,
            long heapBytes,
            long diskBytes,
            int queries,
            double medianMs,
            double p95Ms,
            double p99Ms,
            double maxMs,
            double meanHits,
            long zeroHitQueries,
            String slowestShape) {

        String summary() {
            return String.format(Locale.ROOT,
                    "SUMMARY n=%d build_s=%.2f docs_per_s=%.0f heap_mb=%.0f index_mb=%.0f queries=%d"
                            + " median_ms=%.2f p95_ms=%.2f p99_ms=%.2f max_ms=%.2f mean_hits=%.0f zero_hit_queries=%d"
                            + " slowest_shape=%s",
                    n, buildS, docsPerS, heapBytes / 1e6, diskBytes / 1e6, queries, medianMs, p95Ms, p99Ms, maxMs,
                    meanHits, zeroHitQueries, slowestShape);
        }
    }

    /** Nearest-rank percentile of sorted values. */
    static long percentile(long[] sorted, double p) {
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    static double ms(long nanos) {
        return nanos / 1e6;
    }

    static int pick(Random random, double[] weights) {
        double r = random.nextDouble();
        for (int i = 0; i < weights.length; i++) {
            r -= weights[i];
            if (r < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }

    static String capitalize(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    static long usedHeapAfterGc() {
        Runtime runtime = Runtime.getRuntime();
        for (int i = 0; i < 2; i++) {
            System.gc();
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return runtime.totalMemory() - runtime.freeMemory();
    }

    /** Segments of the last commit (read-only look at the folder; the adapter keeps its writer). */
    static int segmentCount(Path folder) throws IOException {
        try (Directory directory = FSDirectory.open(folder);
                DirectoryReader reader = DirectoryReader.open(directory)) {
            return reader.leaves().size();
        }
    }

    /** The 1, 5 and 15 minute load averages (Linux), or "n/a". */
    static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).strip().split("\\s+");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (IOException | RuntimeException e) {
            return "n/a";
        }
    }

    static long folderSize(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).mapToLong(p -> {
                try {
                    return Files.size(p);
                } catch (IOException e) {
                    return 0;
                }
            }).sum();
        }
    }

    static void deleteRecursively(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    throw new UncheckedIOException("Cannot delete " + p, e);
                }
            }
        }
    }

    private SearchBenchmark() {}
}
