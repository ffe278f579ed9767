package io.newsenrich.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The article texts of a corpus folder, read into memory once so that benchmarks measure text processing, not I/O.
 * Articles are the {@code *.txt} files below the folder, in path order so every run sees the same sequence.
 */
public final class Corpus {

    private final List<String> texts;
    private final int[] utf8Bytes;

    private Corpus(List<String> texts) {
        this.texts = List.copyOf(texts);
        this.utf8Bytes = texts.stream().mapToInt(text -> text.getBytes(StandardCharsets.UTF_8).length).toArray();
    }

    /** Reads every article below {@code dir}; fails if there is none, since an empty run would report nonsense. */
    public static Corpus load(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            List<String> texts = files.filter(Corpus::isArticle).sorted().map(Corpus::readLeniently).toList();
            if (texts.isEmpty()) {
                throw new IllegalArgumentException("no *.txt articles below " + dir.toAbsolutePath().normalize());
            }
            return new Corpus(texts);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list corpus " + dir.toAbsolutePath().normalize(), e);
        }
    }

    public int size() {
        return texts.size();
    }

    public String text(int index) {
        return texts.get(index);
    }

    /** The article's size as UTF-8 text, the unit of the MB/s figures. */
    public int utf8Bytes(int index) {
        return utf8Bytes[index];
    }

    public long totalUtf8Bytes() {
        long total = 0;
        for (int bytes : utf8Bytes) {
            total += bytes;
        }
        return total;
    }

    // The suffix test is case-sensitive on purpose: the corpus licence notes are README.TXT, not articles.
    private static boolean isArticle(Path path) {
        return Files.isRegularFile(path) && path.getFileName().toString().endsWith(".txt");
    }

    // Real feeds carry bad bytes (one corpus article is not valid UTF-8): the String constructor replaces them with
    // U+FFFD, where Files.readString would throw and abort the whole benchmark.
    private static String readLeniently(Path path) {
        try {
            return new String(Files.readAllBytes(path), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
    }
}
