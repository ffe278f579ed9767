package io.newsenrich.bench.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsenrich.bench.Corpus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WarmUpTest {

    @ParameterizedTest(name = "{0} s compiling in {1} s -> quiet {2}")
    @CsvSource({"0.05, 1, true", "0.5, 1, false", "0.1, 1, false", "0, 0, false", "1, 20, true"})
    void quietWhenTheCompilersUseLittleOfACore(double jitSeconds, double wallSeconds, boolean quiet) {
        WarmUp warmUp = new WarmUp(null, 0, 10, 3, Path.of("unused"));
        assertThat(warmUp.quiet(jitSeconds, wallSeconds)).isEqualTo(quiet);
    }

    @Test
    void eachRoundHasItsOwnVariantsWrittenOnce(@TempDir Path tmp) throws IOException {
        Path corpusDir = Files.createDirectories(tmp.resolve("corpus"));
        Files.writeString(corpusDir.resolve("a.txt"), "A headline\n\nA body.\n");
        WarmUp warmUp = new WarmUp(Corpus.load(corpusDir), 100, 3, 4, tmp.resolve("warm-up"));

        VariantCorpus first = warmUp.round(1);
        VariantCorpus second = warmUp.round(2);

        assertThat(first.idPrefix()).isEqualTo("warm-up-r1-");
        assertThat(second.idPrefix()).isEqualTo("warm-up-r2-");
        assertThat(names(first.dir())).containsExactly("warm-up-r1-0000100.txt", "warm-up-r1-0000101.txt",
                "warm-up-r1-0000102.txt");
        assertThat(names(second.dir())).containsExactly("warm-up-r2-0000103.txt", "warm-up-r2-0000104.txt",
                "warm-up-r2-0000105.txt");
        assertThat(warmUp.round(1)).isSameAs(first);
    }

    private static Stream<String> names(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList().stream();
        }
    }
}
