package io.newsenrich.bench.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsenrich.bench.Corpus;
import io.newsenrich.model.RawArticle;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VariantCorpusTest {

    @ParameterizedTest
    @CsvSource({"0, a", "1, b", "25, z", "26, ba", "27, bb", "676, baa", "99999, fryd"})
    void variantNumbersInBase26Letters(int n, String expected) {
        assertThat(VariantCorpus.letters(n)).isEqualTo(expected);
    }

    @Test
    void theClosingLineAddsNoDigitAndKeepsTheText() {
        String text = "Headline\n\nOne paragraph with 3 figures.\n\n";
        String variant = VariantCorpus.variant(text, 12_345);
        assertThat(variant).startsWith(text.stripTrailing() + "\n\n");
        assertThat(variant.substring(text.stripTrailing().length())).doesNotContainPattern("[0-9]");
    }

    @Test
    void writesDistinctIdsAndTextsCyclingThroughTheCorpus(@TempDir Path tmp) throws IOException {
        Path corpusDir = Files.createDirectories(tmp.resolve("corpus"));
        Files.writeString(corpusDir.resolve("a.txt"), "First headline\n\nBody of the first.\n");
        Files.writeString(corpusDir.resolve("b.txt"), "Second headline\n\nBody of the second.\n");
        Path out = Files.createDirectories(tmp.resolve("variants"));

        VariantCorpus variants = VariantCorpus.write(Corpus.load(corpusDir), "e2e-", 0, 5, out);

        List<Path> files;
        try (Stream<Path> listing = Files.list(out)) {
            files = listing.sorted().toList();
        }
        assertThat(files).extracting(f -> RawArticle.idOf(f.getFileName().toString()))
                .containsExactly("e2e-0000000", "e2e-0000001", "e2e-0000002", "e2e-0000003", "e2e-0000004");
        List<String> texts = files.stream().map(VariantCorpusTest::read).toList();
        assertThat(texts).doesNotHaveDuplicates();
        assertThat(texts.get(2)).startsWith("First headline");
        assertThat(texts.get(3)).startsWith("Second headline");
        double meanBytes = texts.stream().mapToInt(t -> t.getBytes(StandardCharsets.UTF_8).length).average()
                .orElseThrow();
        assertThat(variants.meanUtf8Bytes()).isEqualTo(meanBytes);
        assertThat(variants.articles()).isEqualTo(5);
    }

    @Test
    void idsCarryThePrefixAndTheVariantNumber(@TempDir Path tmp) throws IOException {
        Path corpusDir = Files.createDirectories(tmp.resolve("corpus"));
        Files.writeString(corpusDir.resolve("a.txt"), "Headline\n\nBody.\n");
        Path out = Files.createDirectories(tmp.resolve("warm-up"));

        VariantCorpus warmUp = VariantCorpus.write(Corpus.load(corpusDir), "warm-up-", 7, 2, out);

        try (Stream<Path> listing = Files.list(out)) {
            assertThat(listing.map(f -> f.getFileName().toString()).sorted())
                    .containsExactly("warm-up-0000007.txt", "warm-up-0000008.txt");
        }
        assertThat(Files.readString(out.resolve("warm-up-0000008.txt")))
                .isEqualTo(VariantCorpus.variant("Headline\n\nBody.\n", 8));
        assertThat(warmUp.idPrefix()).isEqualTo("warm-up-");
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
