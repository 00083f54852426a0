package org.beaconportal.compliance.domain;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Finds the row of the List of Goods that a sourcing line refers to, tolerant of the ways people
 * type goods and countries: accents and apostrophes ("Cote dIvoire"), case, plurals and extra words
 * ("cocoa beans" is the listed good "Cocoa"), a typo in a longer name, and common country aliases
 * ("Ivory Coast", "Myanmar", "DRC"). A country must match; a good matches by, best first: the same
 * words, the listed name's words starting what was typed (or the reverse), or one or two typos.
 *
 * <pre>{@code
 * GoodsMatcher matcher = new GoodsMatcher(entries);
 * matcher.match("cocoa beans", "Cote dIvoire"); // the Cocoa / Côte d'Ivoire row
 * }</pre>
 */
public final class GoodsMatcher {

    private static final Map<String, String> COUNTRY_ALIASES = Map.ofEntries(
            Map.entry("ivory coast", "cote divoire"),
            Map.entry("cote d ivoire", "cote divoire"),
            Map.entry("myanmar", "burma"),
            Map.entry("drc", "congo democratic republic of the"),
            Map.entry("dr congo", "congo democratic republic of the"),
            Map.entry("congo kinshasa", "congo democratic republic of the"),
            Map.entry("kyrgyzstan", "kyrgyz republic"),
            Map.entry("viet nam", "vietnam"),
            Map.entry("dprk", "north korea"),
            Map.entry("democratic peoples republic of korea", "north korea"),
            Map.entry("russian federation", "russia"),
            Map.entry("swaziland", "eswatini"),
            Map.entry("burma myanmar", "burma"),
            Map.entry("iran islamic republic of", "iran"),
            Map.entry("united republic of tanzania", "tanzania"),
            Map.entry("bolivia plurinational state of", "bolivia"),
            Map.entry("venezuela bolivarian republic of", "venezuela"));

    private final Map<String, List<ListEntry>> byCountry = new HashMap<>();
    private final Map<String, String> countryKeys = new HashMap<>();

    public GoodsMatcher(List<ListEntry> entries) {
        for (ListEntry entry : entries) {
            String key = normalize(entry.country());
            byCountry.computeIfAbsent(key, k -> new java.util.ArrayList<>()).add(entry);
            countryKeys.put(key, key);
            int open = entry.country().indexOf('(');
            if (open > 0 && entry.country().endsWith(")")) {
                countryKeys.putIfAbsent(normalize(entry.country().substring(0, open)), key);
                countryKeys.putIfAbsent(
                        normalize(entry.country()
                                .substring(open + 1, entry.country().length() - 1)),
                        key);
            }
            int comma = entry.country().indexOf(',');
            if (comma > 0) {
                String reversed = entry.country().substring(comma + 1) + " "
                        + entry.country().substring(0, comma);
                countryKeys.putIfAbsent(normalize(reversed), key);
            }
        }
        COUNTRY_ALIASES.forEach((alias, target) -> {
            if (byCountry.containsKey(target)) {
                countryKeys.putIfAbsent(alias, target);
            }
        });
    }

    /** The listed row for this good and country, or empty when the combination is not on the list. */
    public Optional<ListEntry> match(String good, String country) {
        if (good == null || country == null) {
            return Optional.empty();
        }
        String countryKey = countryKeys.get(normalize(country));
        if (countryKey == null) {
            return Optional.empty();
        }
        String[] typed = words(good);
        if (typed.length == 0) {
            return Optional.empty();
        }
        ListEntry best = null;
        int bestScore = 0;
        for (ListEntry entry : byCountry.get(countryKey)) {
            int score = score(typed, words(mainName(entry.good())), words(entry.good()));
            if (score > bestScore
                    || (score == bestScore
                            && score > 0
                            && entry.good().length() < best.good().length())) {
                best = entry;
                bestScore = score;
            }
        }
        return Optional.ofNullable(best);
    }

    private static int score(String[] typed, String[] listedMain, String[] listedFull) {
        if (Arrays.equals(typed, listedMain) || Arrays.equals(typed, listedFull)) {
            return 4;
        }
        if (startsWith(typed, listedMain) || startsWith(listedMain, typed)) {
            return 3;
        }
        String a = String.join(" ", typed);
        String b = String.join(" ", listedMain);
        int allowed = Math.min(a.length(), b.length()) >= 8 ? 2 : Math.min(a.length(), b.length()) >= 5 ? 1 : 0;
        return allowed > 0 && levenshtein(a, b) <= allowed ? 2 : 0;
    }

    private static boolean startsWith(String[] words, String[] prefix) {
        if (prefix.length == 0 || prefix.length > words.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (!words[i].equals(prefix[i])) {
                return false;
            }
        }
        return true;
    }

    private static String mainName(String good) {
        int open = good.indexOf('(');
        return open > 0 ? good.substring(0, open) : good;
    }

    private static String[] words(String text) {
        String normalized = normalize(text);
        if (normalized.isEmpty()) {
            return new String[0];
        }
        return Arrays.stream(normalized.split(" ")).map(GoodsMatcher::singular).toArray(String[]::new);
    }

    private static String singular(String word) {
        if (word.length() > 4 && word.endsWith("ies")) {
            return word.substring(0, word.length() - 3) + "y";
        }
        if (word.length() > 4 && (word.endsWith("oes") || word.endsWith("ches") || word.endsWith("shes"))) {
            return word.substring(0, word.length() - 2);
        }
        if (word.length() > 3 && word.endsWith("s") && !word.endsWith("ss")) {
            return word.substring(0, word.length() - 1);
        }
        return word;
    }

    /** Lower case, without accents or apostrophes, other punctuation as single spaces. */
    public static String normalize(String text) {
        String stripped = Normalizer.normalize(text, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT)
                .replace("&", " and ")
                .replaceAll("['’`´]", "");
        return stripped.replaceAll("[^a-z0-9]+", " ").trim();
    }

    static int levenshtein(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
