#!/usr/bin/env bash
# Builds bench/target/benchmarks.jar and runs the text-core and per-record benchmarks in the short configuration
# (1 fork, 6 x 3 s warmup, 5 x 3 s measurement, -prof gc; the section splitter is still being compiled after
# 6 s of warm-up, so shorter warm-ups read it low), writing bench/results/jmh-<date>.json and
# bench/results/jmh-summary.md. Extra arguments go to JMH after these, e.g. a benchmark regex or -p corpus=bbc.
# SHARED_DIR overrides where the shared folder (with corpus/) is; the default is beside the project root.
# JMH_CONFIG replaces the short configuration (JMH refuses an option given twice), e.g. "-f 3 -wi 5 -w 5s -i 10 -r 5s".
# BENCH_NOTE, if set, is added to the summary's note (e.g. "Smoke run, machine busy with builds.").
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
shared_dir="${SHARED_DIR:-$root/../shared}"
results="$root/bench/results"
stamp="$(date -u +%Y-%m-%dT%H%M%SZ)"
json="$results/jmh-$stamp.json"
jar="$root/bench/target/benchmarks.jar"
# RecordsBenchmark runs the services' own record code, which rides in the pipeline jar (as for run-e2e.sh)
classpath="$jar:$root/local/target/pipeline-local.jar"
read -ra config <<< "${JMH_CONFIG:--f 1 -wi 6 -w 3s -i 5 -r 3s}"

# -am builds the text core and the services from this checkout; tests are the modules' own business, not the
# benchmark's
(cd "$root" && ./mvnw -B -q -pl bench,local -am package -DskipTests)

mkdir -p "$results"
# Numbers from a busy machine are not comparable with a quiet one's, so the summary records the load
note="Run by bench/run-jmh.sh at $stamp on $(nproc) core(s), load average at start $(cut -d' ' -f1-3 /proc/loadavg). ${BENCH_NOTE:-}"

java "-Dshared.dir=$shared_dir" -cp "$classpath" org.openjdk.jmh.Main \
  "${config[@]}" -t 1 -prof gc \
  -rf json -rff "$json" "$@"

java -cp "$jar" io.newsenrich.bench.JmhSummary "$json" "$results/jmh-summary.md" "$note"
echo "results: $json"
echo "summary: $results/jmh-summary.md"
