package io.newsenrich.model;

import java.time.Instant;

/**
 * An article as ingest read it: the value of the raw topic, keyed by {@code id}.
 *
 * @param schemaVersion version of this record's shape, {@link #SCHEMA_VERSION} when written by this code
 * @param id            stable article id: the file name without its extension
 * @param source        where the text came from (a path, or {@code stdin})
 * @param text          the article text, decoded as UTF-8
 * @param sha256        hex SHA-256 of the UTF-8 bytes of {@code text}; identifies a version of the article
 * @param bytes         length of the text in UTF-8 bytes
 * @param ingestedAt    when ingest read the text
 */
public record RawArticle(int schemaVersion, String id, String source, String text, String sha256, long bytes,
                         Instant ingestedAt) {
    public static final int SCHEMA_VERSION = 1;
}
