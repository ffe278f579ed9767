package io.newsenrich.text.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Checks every hand-annotated dev-set gold file against the corpus article it names. */
class DevSetGoldFilesTest {

    private static final Path GOLD_DIR = Path.of(System.getProperty("project.root", ".."), "devset", "gold");
    private static final Path CORPUS = Path.of(System.getProperty("shared.dir", "../../shared"), "corpus");
    private static final Set<String> KINDS = Set.of("count", "money", "percent", "distance", "duration", "age",
            "measure");

    static Stream<Path> goldFiles() {
        return DevSetScorer.goldFiles(GOLD_DIR).stream();
    }

    @Test
    void theDevSetHasGoldFiles() {
        assertThat(goldFiles()).isNotEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("goldFiles")
    void namesAnArticleOfTheCorpusAfterWhichItIsNamed(Path goldFile) {
        GoldArticle gold = GoldArticle.read(goldFile);

        assertThat(CORPUS.resolve(gold.file())).isRegularFile();
        assertThat(goldFile.getFileName().toString())
                .isEqualTo(gold.file().replace("/", "__").replaceFirst("\\.txt$", "") + ".json");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("goldFiles")
    void everyFigureIsTheTextAtItsOffsets(Path goldFile) throws IOException {
        GoldArticle gold = GoldArticle.read(goldFile);
        String raw = Files.readString(CORPUS.resolve(gold.file()), StandardCharsets.UTF_8);

        for (GoldFigure figure : gold.figures()) {
            assertThat(figure.end()).as(figure.text()).isBetween(figure.start(), raw.length());
            assertThat(raw.substring(figure.start(), figure.end())).isEqualTo(figure.text());
            assertThat(figure.value()).as(figure.text()).isNotNull();
            assertThat(figure.unit()).as(figure.text()).isNotEmpty().doesNotContain("");
            assertThat(figure.kind()).as(figure.text()).isIn(KINDS);
        }
        assertThat(gold.figures()).as("figures in text order")
                .isSortedAccordingTo((a, b) -> Integer.compare(a.start(), b.start()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("goldFiles")
    void headlineAndBodyParagraphsOccurInTheText(Path goldFile) throws IOException {
        GoldArticle gold = GoldArticle.read(goldFile);
        String raw = Files.readString(CORPUS.resolve(gold.file()), StandardCharsets.UTF_8);
        List<String> body = gold.sections().body();

        assertThat(raw).contains(gold.sections().headline());
        assertThat(body).isNotEmpty().allSatisfy(paragraph -> assertThat(raw).contains(paragraph));
    }
}
