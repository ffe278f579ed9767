package io.newsenrich.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Turns a JMH JSON result file into {@code jmh-summary.md}: how the run was made, then the summary table.
 * Usage: {@code JmhSummary <results.json> <summary.md> [note]}; the note (e.g. how loaded the machine was) goes
 * under the heading. The table is also printed.
 */
public final class JmhSummary {

    private static final String LEGEND = String.join("\n", List.of(
            "- articles/s: single-threaded, so per core; ± is JMH's 99.9% confidence half-width.",
            "- MB/s: 10^6 bytes of UTF-8 article text per second.",
            "- B/article: bytes allocated per article (`-prof gc`, gc.alloc.rate.norm).",
            "- ratio to baseline: throughput over that of `" + TextCoreBenchmark.BASELINE
                    + "`, a plain digit-counting pass over the same articles.",
            ""));

    private JmhSummary() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 2 || args.length > 3) {
            System.err.println("usage: JmhSummary <results.json> <summary.md> [note]");
            System.exit(2);
        }
        Path results = Path.of(args[0]);
        JsonNode root = new ObjectMapper().readTree(results.toFile());
        String table = SummaryTable.render(BenchmarkScore.parse(root));
        String note = args.length == 3 ? args[2] : "";
        Files.writeString(Path.of(args[1]), document(root, results.getFileName().toString(), note, table),
                StandardCharsets.UTF_8);
        System.out.print(table);
    }

    static String document(JsonNode root, String source, String note, String table) {
        StringBuilder doc = new StringBuilder("# JMH summary: the text core and the services' per-record work\n\n");
        if (!note.isBlank()) {
            doc.append(note.strip()).append("\n\n");
        }
        if (!root.isEmpty()) {
            doc.append(describeRun(root.get(0), source)).append("\n\n");
        }
        return doc.append(table).append('\n').append(LEGEND).toString();
    }

    private static String describeRun(JsonNode first, String source) {
        return String.format("Source `%s`: JMH %s, JDK %s (%s), %s fork(s), %s thread(s), warmup %s x %s, "
                        + "measurement %s x %s.",
                source, first.path("jmhVersion").asText(), first.path("jdkVersion").asText(),
                first.path("vmName").asText(), first.path("forks").asText(), first.path("threads").asText(),
                first.path("warmupIterations").asText(), first.path("warmupTime").asText(),
                first.path("measurementIterations").asText(), first.path("measurementTime").asText());
    }
}
