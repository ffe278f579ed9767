package io.newsenrich.text.eval;

import static io.newsenrich.text.eval.EvalFixtures.analysis;
import static io.newsenrich.text.eval.EvalFixtures.found;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.newsenrich.model.Analysis;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DevSetScorerTest {

    private static final String DRONES = "Drone raid\n\nRussia launched 574 drones and 40 missiles.\n";
    private static final String TRADE = "Trade grows\n\nExports rose 9% to $2bn.\n\nImports fell.\n";

    @TempDir
    Path corpus;
    @TempDir
    Path goldDir;

    @BeforeEach
    void writeDevSet() throws IOException {
        write(corpus.resolve("bbc/world/001.txt"), DRONES);
        write(corpus.resolve("ptc/002.txt"), TRADE);
        write(goldDir.resolve("bbc__world__001.json"), """
                {"file": "bbc/world/001.txt",
                 "sections": {"headline": "Drone raid", "captions": [],
                              "body": ["Russia launched 574 drones and 40 missiles."]},
                 "figures": [
                   {"text": "574 drones", "value": 574, "unit": ["drones"], "kind": "count", "start": 28, "end": 38},
                   {"text": "40 missiles", "value": 40, "unit": ["missiles"], "kind": "count", "start": 43, "end": 54}],
                 "dates": [], "notFigures": ["a missile"]}
                """);
        write(goldDir.resolve("ptc__002.json"), """
                {"file": "ptc/002.txt",
                 "sections": {"headline": "Trade grows", "body": ["Exports rose 9% to $2bn.", "Imports fell."]},
                 "figures": [
                   {"text": "9%", "value": 9, "unit": ["%"], "kind": "percent", "start": 26, "end": 28},
                   {"text": "$2bn", "value": 2000000000, "unit": ["$"], "kind": "money", "start": 32, "end": 36}]}
                """);
        write(goldDir.resolve("README.txt"), "not a gold file");
    }

    @Test
    void scoresEveryGoldFileAgainstTheAnalysisOfItsArticle() {
        Map<String, Analysis> byText = Map.of(
                DRONES, analysis("Drone raid", List.of("Russia launched 574 drones and 40 missiles."),
                        List.of(found("574", 28, "drones"), found("40", 43, "missiles"))),
                TRADE, analysis("Trade", List.of("Exports rose 9% to $2bn.", "Imports", "fell."),
                        List.of(found("9", 26, "%"), found("2", 32, "bn"))));

        ScoreReport report = new DevSetScorer(corpus, byText::get).score(goldDir);

        assertThat(report.articles()).extracting(ArticleScore::file)
                .containsExactly("bbc/world/001.txt", "ptc/002.txt");
        ScoreSummary total = report.total();
        assertThat(total.figures()).isEqualTo(new Counts(3, 1, 1));
        assertThat(total.body()).isEqualTo(new Counts(2, 2, 1));
        assertThat(total.headlinesCorrect()).isEqualTo(1);
        assertThat(total.headlineAccuracy()).isEqualTo(0.5);
        assertThat(report.byCorpus()).extracting(ScoreSummary::name, ScoreSummary::figures)
                .containsExactly(
                        tuple("bbc", new Counts(2, 0, 0)),
                        tuple("ptc", new Counts(1, 1, 1)));
    }

    @Test
    void listsTheWorstArticlesWithTheirMissesAndExtras() {
        Function<String, Analysis> nothingFound = text -> analysis(null, List.of(), List.of());
        ScoreReport report = new DevSetScorer(corpus, nothingFound).score(goldDir);

        assertThat(report.worst(10)).hasSize(2);
        assertThat(report.worst(1)).extracting(ArticleScore::file).containsExactly("bbc/world/001.txt");
        String table = report.format();
        assertThat(table)
                .contains("all", "bbc", "ptc", "worst 2 by figure F1")
                .contains("bbc/world/001.txt  F1 0.000 (tp 0 fp 0 fn 2)")
                .contains("missed  \"574 drones\" = 574 [drones] @28")
                .contains("0.000 (0/2)");
    }

    @Test
    void aPerfectAnalysisScoresOneAndListsNoWorstArticles() {
        DevSetScorer scorer = new DevSetScorer(corpus, text -> perfect(text));

        ScoreReport report = scorer.score(goldDir);

        assertThat(report.total().figures().f1()).isEqualTo(1.0);
        assertThat(report.total().body().f1()).isEqualTo(1.0);
        assertThat(report.total().headlineAccuracy()).isEqualTo(1.0);
        assertThat(report.worst(10)).isEmpty();
        assertThat(report.format()).doesNotContain("worst");
    }

    @Test
    void aGoldFileNamingAMissingArticleIsAnError() throws IOException {
        write(goldDir.resolve("bbc__gone.json"),
                "{\"file\": \"bbc/gone.txt\", \"sections\": {\"headline\": \"x\", \"body\": []}, \"figures\": []}");

        DevSetScorer scorer = new DevSetScorer(corpus, text -> analysis(null, List.of(), List.of()));

        assertThatThrownBy(() -> scorer.score(goldDir)).isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining("bbc/gone.txt");
    }

    private static Analysis perfect(String text) {
        return text.equals(DRONES)
                ? analysis("Drone raid", List.of("Russia launched 574 drones and 40 missiles."),
                        List.of(found("574", 28, "drones"), found("40", 43, "missiles")))
                : analysis("Trade grows", List.of("Exports rose 9% to $2bn.", "Imports fell."),
                        List.of(found("9", 26, "%"), found("2000000000", 32, "$")));
    }

    private static void write(Path file, String content) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
    }
}
