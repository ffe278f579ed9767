package io.newsenrich.ingest.files;

import io.newsenrich.model.RawArticle;
import io.newsenrich.model.Utf8;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;

/**
 * Reads article files and decides, per file, whether it is an article. Rules: an empty or blank file is skipped, a
 * file with NUL bytes is binary and skipped, a file that is not valid UTF-8 is skipped unless decoding is lenient
 * (bad bytes become U+FFFD), a file larger than the limit is skipped.
 */
public final class ArticleReader {

    /** Under the broker's default message.max.bytes (1,048,588) with room for the JSON envelope and escapes. */
    public static final long DEFAULT_MAX_BYTES = 900_000;

    private final Clock clock;
    private final boolean lenientUtf8;
    private final long maxBytes;

    public ArticleReader(Clock clock, boolean lenientUtf8, long maxBytes) {
        this.clock = clock;
        this.lenientUtf8 = lenientUtf8;
        this.maxBytes = maxBytes;
    }

    public ArticleFile read(Path file) {
        String source = file.toString();
        try {
            long size = Files.size(file);
            if (size > maxBytes) {
                return new ArticleFile.Skipped(source, "too large: " + size + " bytes, the limit is " + maxBytes
                        + " (raise --max-article-bytes and the broker's message.max.bytes together)");
            }
            byte[] bytes = Files.readAllBytes(file);
            return fromBytes(RawArticle.idOf(file.getFileName().toString()), source, bytes);
        } catch (NoSuchFileException e) {
            return new ArticleFile.Skipped(source, "removed before it could be read");
        } catch (AccessDeniedException e) {
            return new ArticleFile.Skipped(source, "not readable: permission denied");
        } catch (IOException e) {
            return new ArticleFile.Skipped(source, "not readable: " + e.getMessage());
        }
    }

    /** Applies the content rules to bytes read from anywhere (a file, stdin). */
    public ArticleFile fromBytes(String id, String source, byte[] bytes) {
        if (bytes.length > maxBytes) {
            return new ArticleFile.Skipped(source, "too large: " + bytes.length + " bytes, the limit is " + maxBytes);
        }
        for (byte b : bytes) {
            if (b == 0) {
                return new ArticleFile.Skipped(source, "binary file (contains NUL bytes)");
            }
        }
        Optional<String> strict = Utf8.decodeStrict(bytes);
        if (strict.isEmpty() && !lenientUtf8) {
            return new ArticleFile.Skipped(source, "not valid UTF-8 (use --lenient-utf8 to replace bad bytes)");
        }
        String text = strict.orElseGet(() -> new String(bytes, StandardCharsets.UTF_8));
        if (text.isBlank()) {
            return new ArticleFile.Skipped(source, "empty file");
        }
        return new ArticleFile.Readable(RawArticle.of(id, source, text, clock.instant()));
    }
}
