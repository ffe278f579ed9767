package io.newsenrich.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

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

    /** A raw record for {@code text}, with its hash and size computed. */
    public static RawArticle of(String id, String source, String text, Instant ingestedAt) {
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        return new RawArticle(SCHEMA_VERSION, id, source, text, sha256(utf8), utf8.length, ingestedAt);
    }

    /** The article id of a file: its name without the last extension ("000_ab.txt" -> "000_ab"). */
    public static String idOf(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot > 0 ? fileName.substring(0, dot) : fileName;
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
