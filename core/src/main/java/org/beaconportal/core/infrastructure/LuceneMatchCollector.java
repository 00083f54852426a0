package org.beaconportal.core.infrastructure;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollector;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.util.BytesRef;

/**
 * One pass over every document matching the text and the access filters: counts each match per
 * module, type and language (the facets, from {@link SortedDocValues} ordinals), and hands the
 * matches that also satisfy the facet selections to a top-scoring collector (the page) and to the
 * total.
 */
final class LuceneMatchCollector implements Collector {

    /** What a search found, merged over all slices. */
    record Result(
            long total, TopDocs top, Map<String, Long> modules, Map<String, Long> types, Map<String, Long> languages) {}

    private static final int ANY = Integer.MIN_VALUE;

    private final String[] fields;
    private final String[] selections;
    private final List<Map<String, Long>> counts = new ArrayList<>();
    private final TopScoreDocCollector top;
    private long total;

    /**
     * @param numHits how many of the best selected matches to keep
     * @param fields the three facet fields, module, type and language (single-valued sorted doc
     *     values)
     * @param selections per facet field, the value a match must have to be selected, or null
     */
    LuceneMatchCollector(int numHits, String[] fields, String[] selections) {
        this.fields = fields.clone();
        this.selections = selections.clone();
        for (int i = 0; i < fields.length; i++) {
            counts.add(new HashMap<>());
        }
        // A threshold of MAX_VALUE: every hit is scored and counted, none is skipped.
        this.top = new TopScoreDocCollectorManager(numHits, null, Integer.MAX_VALUE, false).newCollector();
    }

    /** A manager that runs this collector per slice and merges the slices' results. */
    static CollectorManager<LuceneMatchCollector, Result> manager(int numHits, String[] fields, String[] selections) {
        if (fields.length != 3 || selections.length != 3) {
            throw new IllegalArgumentException("module, type and language facets expected");
        }
        return new CollectorManager<>() {
            @Override
            public LuceneMatchCollector newCollector() {
                return new LuceneMatchCollector(numHits, fields, selections);
            }

            @Override
            public Result reduce(Collection<LuceneMatchCollector> collectors) {
                long total = 0;
                List<TopDocs> tops = new ArrayList<>();
                List<Map<String, Long>> merged = new ArrayList<>();
                for (int i = 0; i < fields.length; i++) {
                    merged.add(new HashMap<>());
                }
                for (LuceneMatchCollector collector : collectors) {
                    total += collector.total;
                    tops.add(collector.top.topDocs());
                    for (int i = 0; i < fields.length; i++) {
                        Map<String, Long> target = merged.get(i);
                        collector.counts.get(i).forEach((value, count) -> target.merge(value, count, Long::sum));
                    }
                }
                TopDocs top = tops.size() == 1 ? tops.get(0) : TopDocs.merge(numHits, tops.toArray(TopDocs[]::new));
                return new Result(total, top, sorted(merged.get(0)), sorted(merged.get(1)), sorted(merged.get(2)));
            }
        };
    }

    /** Largest count first, then by value; unmodifiable, in that order. */
    private static Map<String, Long> sorted(Map<String, Long> counts) {
        Map<String, Long> sorted = new LinkedHashMap<>();
        counts.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder())
                        .thenComparing(Map.Entry.comparingByKey()))
                .forEach(entry -> sorted.put(entry.getKey(), entry.getValue()));
        return Collections.unmodifiableMap(sorted);
    }

    @Override
    public ScoreMode scoreMode() {
        return ScoreMode.COMPLETE;
    }

    @Override
    public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
        int dimensions = fields.length;
        SortedDocValues[] values = new SortedDocValues[dimensions];
        // Per dimension, the ordinal a selected match must have, or ANY.
        int[] selected = new int[dimensions];
        int[][] leafCounts = new int[dimensions][];
        boolean selectable = true;
        for (int i = 0; i < dimensions; i++) {
            values[i] = DocValues.getSorted(context.reader(), fields[i]);
            leafCounts[i] = new int[values[i].getValueCount()];
            if (selections[i] == null) {
                selected[i] = ANY;
            } else {
                selected[i] = values[i].lookupTerm(new BytesRef(selections[i]));
                // No document of this segment has the selected value: none is selected.
                selectable &= selected[i] >= 0;
            }
        }
        LeafCollector topLeaf = top.getLeafCollector(context);
        boolean anySelectable = selectable;
        return new LeafCollector() {

            @Override
            public void setScorer(Scorable scorer) throws IOException {
                topLeaf.setScorer(scorer);
            }

            @Override
            public void collect(int doc) throws IOException {
                boolean matchesSelections = anySelectable;
                for (int i = 0; i < dimensions; i++) {
                    if (values[i].advanceExact(doc)) {
                        int ordinal = values[i].ordValue();
                        leafCounts[i][ordinal]++;
                        matchesSelections &= selected[i] == ANY || selected[i] == ordinal;
                    } else {
                        matchesSelections &= selected[i] == ANY;
                    }
                }
                if (matchesSelections) {
                    total++;
                    topLeaf.collect(doc);
                }
            }

            @Override
            public void finish() throws IOException {
                for (int i = 0; i < dimensions; i++) {
                    Map<String, Long> target = counts.get(i);
                    int[] dimensionCounts = leafCounts[i];
                    for (int ordinal = 0; ordinal < dimensionCounts.length; ordinal++) {
                        if (dimensionCounts[ordinal] > 0) {
                            String value = values[i].lookupOrd(ordinal).utf8ToString();
                            target.merge(value, (long) dimensionCounts[ordinal], Long::sum);
                            dimensionCounts[ordinal] = 0;
                        }
                    }
                }
                topLeaf.finish();
            }
        };
    }
}
