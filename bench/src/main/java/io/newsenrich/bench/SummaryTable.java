package io.newsenrich.bench;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Renders benchmark scores as a Markdown table, one block of rows per parameter group, each benchmark's
 * throughput also given as a ratio to the {@link TextCoreBenchmark#BASELINE} scan of the same articles.
 */
public final class SummaryTable {

    private SummaryTable() {
    }

    public static String render(List<BenchmarkScore> scores) {
        StringBuilder table = new StringBuilder()
                .append("| params | benchmark | articles/s | MB/s | B/article | ratio to baseline |\n")
                .append("|---|---|---:|---:|---:|---:|\n");
        Map<String, List<BenchmarkScore>> groups = scores.stream()
                .collect(Collectors.groupingBy(BenchmarkScore::params, LinkedHashMap::new, Collectors.toList()));
        groups.values().forEach(group -> appendGroup(table, group));
        return table.toString();
    }

    private static void appendGroup(StringBuilder table, List<BenchmarkScore> group) {
        double baseline = group.stream()
                .filter(score -> score.benchmark().equals(TextCoreBenchmark.BASELINE))
                .mapToDouble(BenchmarkScore::articlesPerSec)
                .findFirst()
                .orElse(Double.NaN);
        for (BenchmarkScore score : group) {
            table.append(String.format(Locale.ROOT, "| %s | %s | %s | %s | %s | %s |\n",
                    score.params(), score.benchmark(),
                    withError(score.articlesPerSec(), score.articlesError()),
                    format("%.1f", score.mbPerSec()),
                    format("%,.0f", score.bytesPerArticle()),
                    ratio(score.articlesPerSec() / baseline)));
        }
    }

    // At most three significant digits whatever the size, written out in full: 0.0512, 1, 3370
    private static String ratio(double value) {
        return Double.isFinite(value) ? new BigDecimal(value).round(new MathContext(3)).toPlainString() : "n/a";
    }

    private static String withError(double value, double error) {
        String shown = format("%,.0f", value);
        return Double.isNaN(error) ? shown : shown + " ± " + format("%,.0f", error);
    }

    // A metric the run did not collect shows as n/a rather than a misleading NaN or zero
    private static String format(String pattern, double value) {
        return !Double.isFinite(value) ? "n/a" : String.format(Locale.ROOT, pattern, value);
    }
}
