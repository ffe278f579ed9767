package io.newsenrich.bench.e2e;

import io.newsenrich.bench.Corpus;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Any number of distinct articles from the shared corpus: variant {@code v} is corpus text {@code v mod size} with a
 * closing line naming {@code v}, written as {@code <prefix><v>.txt} so that ids and content hashes differ and the sink
 * curates every one (it would drop a repeated id and hash as a replay). The line is letters only so that it adds no
 * figure for the text core to find.
 */
final class VariantCorpus {

    private final Path dir;
    private final String idPrefix;
    private final int articles;
    private final long utf8Bytes;

    private VariantCorpus(Path dir, String idPrefix, int articles, long utf8Bytes) {
        this.dir = dir;
        this.idPrefix = idPrefix;
        this.articles = articles;
        this.utf8Bytes = utf8Bytes;
    }

    /**
     * Writes variants {@code first} to {@code first + articles - 1} of {@code corpus} into the empty folder
     * {@code dir}, with ids starting with {@code idPrefix}.
     */
    static VariantCorpus write(Corpus corpus, String idPrefix, int first, int articles, Path dir) throws IOException {
        long bytes = 0;
        for (int v = first; v < first + articles; v++) {
            byte[] text = variant(corpus.text(v % corpus.size()), v).getBytes(StandardCharsets.UTF_8);
            Files.write(dir.resolve(String.format("%s%07d.txt", idPrefix, v)), text);
            bytes += text.length;
        }
        return new VariantCorpus(dir, idPrefix, articles, bytes);
    }

    /** {@code text} with a closing line that differs for every {@code variant}. */
    static String variant(String text, int variant) {
        return text.stripTrailing() + "\n\nReplay copy qx" + letters(variant) + ".\n";
    }

    /** {@code n} in base 26 with the digits a..z ("a", "b", ..., "z", "ba", ...). */
    static String letters(int n) {
        StringBuilder out = new StringBuilder();
        int rest = n;
        do {
            out.append((char) ('a' + rest % 26));
            rest /= 26;
        } while (rest > 0);
        return out.reverse().toString();
    }

    Path dir() {
        return dir;
    }

    String idPrefix() {
        return idPrefix;
    }

    int articles() {
        return articles;
    }

    double meanUtf8Bytes() {
        return (double) utf8Bytes / articles;
    }
}
