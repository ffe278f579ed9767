package io.newsenrich.model;

import java.time.Instant;
import java.util.List;

/**
 * The value of the enriched topic, keyed by {@code id}; also what {@code enrich analyze} prints per file.
 *
 * @param schemaVersion version of this record's shape
 * @param id            the raw record's article id
 * @param file          the source's file name (the last path element), as the gold files name it
 * @param source        the raw record's source
 * @param sha256        the raw record's content hash
 * @param sections      the split sections
 * @param figures       the figures, in text order
 * @param dates         the dates named, in text order
 * @param extractor     version of the text core that produced this record
 * @param ingestedAt    when ingest read the text (null when analysed offline)
 * @param enrichedAt    when enrich processed it
 */
public record EnrichedArticle(int schemaVersion, String id, String file, String source, String sha256,
                              Sections sections, List<Figure> figures, List<DateMention> dates, String extractor,
                              Instant ingestedAt, Instant enrichedAt) {
    public static final int SCHEMA_VERSION = 1;

    public EnrichedArticle {
        figures = List.copyOf(figures);
        dates = List.copyOf(dates);
    }
}
