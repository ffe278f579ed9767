package io.newsenrich.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import io.newsenrich.model.Analysis;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every article of the shared corpus, read leniently as UTF-8, goes through the analyzer without an exception. */
class CorpusAnalysisTest {

    private static final int CORPUS_FILES = 2_761;

    @Test
    void analyzesTheWholeCorpus() {
        List<Path> files = SharedFiles.corpus();
        assertThat(files).hasSize(CORPUS_FILES).anyMatch(f -> f.endsWith(Path.of("bbc", "sport", "199.txt")));
        ArticleAnalyzer analyzer = new ArticleAnalyzer();
        int figures = 0;
        int dates = 0;
        for (Path file : files) {
            String text = SharedFiles.readLenient(file);
            Analysis[] analysis = new Analysis[1];
            assertThatCode(() -> analysis[0] = analyzer.analyze(text)).as(file.toString()).doesNotThrowAnyException();
            figures += analysis[0].figures().size();
            dates += analysis[0].dates().size();
            analysis[0].figures().forEach(f -> assertThat(text.substring(f.start(), f.end())).isEqualTo(f.text()));
        }
        assertThat(figures).as("news is full of figures").isGreaterThan(files.size());
        assertThat(dates).as("and of years").isGreaterThan(files.size() / 4);
    }
}
