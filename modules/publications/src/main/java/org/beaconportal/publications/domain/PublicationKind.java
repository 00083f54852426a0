package org.beaconportal.publications.domain;

import java.util.Arrays;
import java.util.Optional;

/** What sort of document a publication is; each kind maps to a BibTeX entry type and a RIS type. */
public enum PublicationKind {
    ANNUAL_REPORT("annual-report", "techreport", "RPRT"),
    RESEARCH_REPORT("research-report", "techreport", "RPRT"),
    BRIEF("brief", "techreport", "RPRT"),
    TOOLKIT("toolkit", "manual", "GEN"),
    FACT_SHEET("fact-sheet", "misc", "GEN"),
    TRAINING_MATERIAL("training-material", "manual", "GEN");

    private final String key;
    private final String bibtexType;
    private final String risType;

    PublicationKind(String key, String bibtexType, String risType) {
        this.key = key;
        this.bibtexType = bibtexType;
        this.risType = risType;
    }

    /** Stable, URL-safe name used in forms, URLs and revisions ({@code research-report}). */
    public String key() {
        return key;
    }

    public String getKey() {
        return key;
    }

    /** Key of the kind's name in the module's bundle. */
    public String getLabelKey() {
        return "publications.kind." + key;
    }

    public String bibtexType() {
        return bibtexType;
    }

    public String risType() {
        return risType;
    }

    public static Optional<PublicationKind> fromKey(String key) {
        return Arrays.stream(values()).filter(k -> k.key.equals(key)).findFirst();
    }
}
