package io.newsenrich.text.eval;

import io.newsenrich.model.Figure;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** The dev-set scores: per article, and summed over all articles and per corpus. */
public record ScoreReport(List<ArticleScore> articles) {

    private static final int WORST_SHOWN = 10;

    public ScoreReport {
        articles = List.copyOf(articles);
    }

    /** Scores over every article. */
    public ScoreSummary total() {
        return ScoreSummary.of("all", articles);
    }

    /** Scores per corpus, in name order. */
    public List<ScoreSummary> byCorpus() {
        return articles.stream().map(ArticleScore::corpus).distinct().sorted()
                .map(corpus -> ScoreSummary.of(corpus,
                        articles.stream().filter(a -> a.corpus().equals(corpus)).toList()))
                .toList();
    }

    /** The articles with the lowest figure F1 that have any figure error, worst first. */
    public List<ArticleScore> worst(int limit) {
        return articles.stream()
                .filter(a -> !a.missed().isEmpty() || !a.falsePositives().isEmpty())
                .sorted(Comparator.comparingDouble((ArticleScore a) -> a.figures().f1())
                        .thenComparing(a -> -(a.missed().size() + a.falsePositives().size()))
                        .thenComparing(ArticleScore::file))
                .limit(limit)
                .toList();
    }

    /** A small text table for people: totals, one row per corpus, then the worst articles with their errors. */
    public String format() {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "%-6s %5s | %-32s | %-32s | %s%n", "set", "files",
                "figures  P / R / F1 (tp fp fn)", "body  P / R / F1 (tp fp fn)", "headline"));
        row(out, total());
        byCorpus().forEach(summary -> row(out, summary));
        List<ArticleScore> worst = worst(WORST_SHOWN);
        if (!worst.isEmpty()) {
            out.append(String.format("%nworst %d by figure F1:%n", worst.size()));
        }
        for (ArticleScore article : worst) {
            Counts figures = article.figures();
            out.append(String.format(Locale.ROOT, "%s  F1 %.3f (tp %d fp %d fn %d)%n", article.file(), figures.f1(),
                    figures.truePositives(), figures.falsePositives(), figures.falseNegatives()));
            article.missed().forEach(g -> out.append("  missed  ").append(describe(g)).append('\n'));
            article.falsePositives().forEach(f -> out.append("  extra   ").append(describe(f)).append('\n'));
        }
        return out.toString();
    }

    private static void row(StringBuilder out, ScoreSummary summary) {
        out.append(String.format(Locale.ROOT, "%-6s %5d | %-32s | %-32s | %.3f (%d/%d)%n", summary.name(),
                summary.articles(), scores(summary.figures()), scores(summary.body()), summary.headlineAccuracy(),
                summary.headlinesCorrect(), summary.articles()));
    }

    private static String scores(Counts c) {
        return String.format(Locale.ROOT, "%.3f %.3f %.3f (%d %d %d)", c.precision(), c.recall(), c.f1(),
                c.truePositives(), c.falsePositives(), c.falseNegatives());
    }

    private static String describe(GoldFigure g) {
        return describe(g.text(), g.value().toPlainString(), g.unit(), g.start());
    }

    private static String describe(Figure f) {
        return describe(f.text(), f.value() == null ? "?" : f.value().toPlainString(), f.unit(), f.start());
    }

    private static String describe(String text, String value, List<String> unit, int start) {
        return String.format(Locale.ROOT, "\"%s\" = %s %s @%d", text, value, unit, start);
    }
}
