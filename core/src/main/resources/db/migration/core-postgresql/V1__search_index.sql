-- The search index of a cluster (PostgresSearchIndex, beacon.search=postgres). PostgreSQL only:
-- SchemaMigrator applies this folder when the database is PostgreSQL, never on H2. Plain SQL,
-- no extension: the portal's role needs no privilege beyond creating tables in its schema.

-- One row per module, type, key and language; terms: weighted tsvector (A title, B summary,
-- C text), each word in two accent forms at one position (see PostgresSearchIndex);
-- folded_summary, folded_body: the text as ts_headline reads it (accents and markup characters
-- folded, same length), NULL where that is the text itself (most English documents).
CREATE TABLE core_search_document (
    module    TEXT NOT NULL,
    type      TEXT NOT NULL,
    doc_key   TEXT NOT NULL,
    language  TEXT NOT NULL,
    config    TEXT NOT NULL CHECK (config IN ('english', 'spanish', 'simple')),
    title     TEXT NOT NULL,
    summary   TEXT NOT NULL,
    body      TEXT NOT NULL,
    folded_summary TEXT,
    folded_body    TEXT,
    path      TEXT NOT NULL,
    published BOOLEAN NOT NULL,
    updated   TIMESTAMP WITH TIME ZONE,
    terms     TSVECTOR NOT NULL,
    PRIMARY KEY (module, type, doc_key, language)
);

-- Every matching document's vector is read to rank it: stored uncompressed (out of line when
-- large), it is read two to three times faster than when it must be decompressed first.
ALTER TABLE core_search_document ALTER COLUMN terms SET STORAGE EXTERNAL;

CREATE INDEX core_search_document_terms ON core_search_document USING GIN (terms);

-- The vocabulary per configuration, for typo tolerance: candidates share the first character
-- (a range scan in byte order, hence COLLATE "C") and have a close length.
CREATE TABLE core_search_term (
    config TEXT NOT NULL,
    lexeme TEXT COLLATE "C" NOT NULL,
    PRIMARY KEY (config, lexeme)
);
