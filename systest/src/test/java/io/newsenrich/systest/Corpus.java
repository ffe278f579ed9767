package io.newsenrich.systest;

import io.newsenrich.model.RawArticle;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Real articles from the shared corpus (system property {@code shared.dir}), in a fixed order so every run sends the
 * same input.
 */
final class Corpus {

    static final Path SHARED = Path.of(System.getProperty("shared.dir", "../../shared"));
    static final Path SEEDS = Path.of(System.getProperty("project.root", "..")).resolve("seeds");
    /** Volume tests cut each text here (at a line end) so that ten thousand articles stay a few megabytes. */
    private static final int VARIANT_MAX_CHARS = 1_500;

    private Corpus() {
    }

    /** The corpus article files, sorted by path. */
    static List<Path> files() {
        try (Stream<Path> paths = Files.walk(SHARED.resolve("corpus"))) {
            return paths.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * {@code count} distinct articles: the corpus texts in turn, each copy marked with its variant number so that
     * ids and content hashes differ.
     */
    static List<RawArticle> variants(int count) {
        List<Path> files = files();
        List<RawArticle> articles = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            Path file = files.get(i % files.size());
            String id = String.format("v%05d-%s", i, RawArticle.idOf(file.getFileName().toString()));
            String text = shortened(read(file)) + "\n\n(variant " + i + ")";
            articles.add(RawArticle.of(id, file.toString(), text, Instant.now()));
        }
        return articles;
    }

    /**
     * Copies every {@code step}-th corpus article into {@code dir} under a unique file name (corpus names repeat
     * across folders, and the file name is the article id); returns the copies.
     */
    static List<Path> copySample(Path dir, int step) throws IOException {
        List<Path> files = files();
        List<Path> copies = new ArrayList<>();
        for (int i = 0; i < files.size(); i += step) {
            Path copy = dir.resolve(String.format("c%04d-%s", i, files.get(i).getFileName()));
            Files.copy(files.get(i), copy);
            copies.add(copy);
        }
        return copies;
    }

    /** The text, bad bytes replaced: some corpus files are not UTF-8, and variants need text, not a skip. */
    static String read(Path file) {
        try {
            return new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String shortened(String text) {
        if (text.length() <= VARIANT_MAX_CHARS) {
            return text;
        }
        int cut = text.lastIndexOf('\n', VARIANT_MAX_CHARS);
        return text.substring(0, cut > 0 ? cut : VARIANT_MAX_CHARS);
    }
}
