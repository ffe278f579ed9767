/**
 * The end-to-end benchmark behind {@code bench/run-e2e.sh [--articles N]}: a real broker (embedded KRaft in the
 * harness JVM), enrich and sink as child JVMs started from their shaded jars with {@code -Xmx256m} and
 * exactly_once_v2, and ingest ({@link io.newsenrich.ingest.Ingest}) replaying N distinct variants of the shared
 * corpus. Three scenarios, each from scratch and measured after warm-up rounds of other variants (until the JIT
 * settles): enrich with the pass-through text core at maximum rate (the baseline), with the rules at maximum rate,
 * and with the rules with ingest paced to half the rate they sustained.
 *
 * <p>Measured per scenario: sustained throughput (articles/s and MB/s of text, from the curated records' timestamps),
 * latency from {@code RawArticle.ingestedAt} to {@code processing.curatedAt} (p50/p95/p99, and the enrich and sink
 * stages' medians), each service's peak heap and the CPU of every process, how the stream threads divide their time
 * (poll/process/commit), duplicates on the curated topic, and, for the rules at maximum rate, where each service's CPU
 * goes according to its flight recording.
 *
 * <p>Outputs: {@code bench/results/e2e-<date>.csv}, {@code bench/results/e2e.png},
 * {@code bench/results/e2e-summary.md}; the services' logs and flight recordings stay in {@code bench/target/e2e/}.
 */
package io.newsenrich.bench.e2e;
