package io.newsenrich.text.eval;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsenrich.text.ArticleAnalyzer;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The quality bar of the text core on the hand-annotated development set (figures matched on value and unit, body
 * paragraphs), so that a rule change that loses quality fails the build. The held-out articles it is really judged
 * on are not in this repository; this only guards against regressions.
 */
class DevSetScoreTest {

    private static final Path ROOT = Path.of(System.getProperty("project.root", ".."));
    private static final Path CORPUS = Path.of(System.getProperty("shared.dir", "../../shared")).resolve("corpus");

    @Test
    void devSetScoresStayAboveTheBar() {
        ArticleAnalyzer analyzer = new ArticleAnalyzer();
        ScoreReport report = new DevSetScorer(CORPUS, analyzer::analyze).score(ROOT.resolve("devset/gold"));
        ScoreSummary total = report.total();

        assertThat(total.articles()).isGreaterThanOrEqualTo(80);
        assertThat(total.figures().f1()).as(report.format()).isGreaterThanOrEqualTo(0.95);
        assertThat(total.body().f1()).as(report.format()).isGreaterThanOrEqualTo(0.97);
    }
}
