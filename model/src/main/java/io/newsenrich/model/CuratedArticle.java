package io.newsenrich.model;

import java.util.List;

/**
 * The value of the curated topic, keyed by {@code id}: one validated, de-duplicated version of an article for
 * downstream consumers. Its published JSON Schema is {@code schemas/curated-article-v1.schema.json} (this module's
 * resources); {@link #SCHEMA_VERSION} names it.
 *
 * @param schemaVersion version of this record's shape and of its JSON Schema
 * @param id            article id (the topic key)
 * @param version       1 for the first curated text of this id, +1 each time its content hash changes
 * @param file          the source file name
 * @param source        where ingest read the text
 * @param contentHash   hex SHA-256 of the article text
 * @param sections      the article's sections
 * @param figures       figures with what they count, in text order
 * @param dates         dates named in the text, in text order
 * @param extractor     version of the text core that enriched it
 * @param processing    per-stage timestamps
 */
public record CuratedArticle(int schemaVersion, String id, int version, String file, String source,
                             String contentHash, Sections sections, List<Figure> figures, List<DateMention> dates,
                             String extractor, Processing processing) {
    public static final int SCHEMA_VERSION = 1;

    public CuratedArticle {
        figures = List.copyOf(figures);
        dates = List.copyOf(dates);
    }
}
