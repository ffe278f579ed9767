package io.newsenrich.enrich.cli;

import io.newsenrich.text.ArticleAnalyzer;
import io.newsenrich.text.eval.DevSetScorer;
import io.newsenrich.text.eval.ScoreReport;
import io.newsenrich.text.eval.ScoreSummary;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code enrich score}: runs the text core on every article of the development gold set and prints figure
 * precision/recall/F1 (matched on value and unit) and body-paragraph F1, overall and per corpus.
 */
@Command(name = "score", mixinStandardHelpOptions = true,
        description = "Score the text core against the hand-annotated development gold set (no Kafka).")
final class ScoreCommand implements Callable<Integer> {

    @Option(names = "--gold", defaultValue = "devset/gold", paramLabel = "DIR",
            description = "Folder of gold JSON files. Default: ${DEFAULT-VALUE}")
    Path gold;

    @Option(names = "--corpus", defaultValue = "../shared/corpus", paramLabel = "DIR",
            description = "Root the gold files' \"file\" paths are relative to. Default: ${DEFAULT-VALUE}")
    Path corpus;

    @Option(names = "--min-figure-f1", defaultValue = "0", paramLabel = "F1",
            description = "Exit 1 when the overall figure F1 is below this. Default: ${DEFAULT-VALUE}")
    double minFigureF1;

    @Option(names = "--min-body-f1", defaultValue = "0", paramLabel = "F1",
            description = "Exit 1 when the overall body-paragraph F1 is below this. Default: ${DEFAULT-VALUE}")
    double minBodyF1;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        ArticleAnalyzer analyzer = new ArticleAnalyzer();
        ScoreReport report = new DevSetScorer(corpus, analyzer::analyze).score(gold);
        PrintWriter out = spec.commandLine().getOut();
        out.println(report.format());
        out.flush();
        ScoreSummary total = report.total();
        return total.figures().f1() >= minFigureF1 && total.body().f1() >= minBodyF1 ? 0 : 1;
    }
}
