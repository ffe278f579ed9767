#!/usr/bin/env bash
# End-to-end benchmark: builds the jars, then replays N corpus variants (default 100,000) through
# ingest -> enrich -> sink on an embedded broker, with enrich and sink as child JVMs (-Xmx256m, exactly_once_v2):
# the pass-through baseline at maximum rate, the rules at maximum rate (that pair --pairs times back to back, default
# once; the summary gives each pair's ratio and the median), the rules at half the median rate; each scenario
# on a fresh broker and fresh services, measured after warm-up rounds (--warm-up-articles each, default N/4 up to
# 10000) replayed until the services' JIT compilers stay quiet for two rounds (--warm-up-rounds at most, default 20).
# Writes bench/results/e2e-<date>.csv, bench/results/e2e.png and bench/results/e2e-summary.md; logs and flight
# recordings of the services go to bench/target/e2e/.
#   bench/run-e2e.sh [--articles N] [--pairs N] [--warm-up-articles N] [--warm-up-rounds N]
#                    [--partitions N] [--threads N] [-X KEY=VALUE]... [--note TEXT] [--help]
# SHARED_DIR overrides where the shared folder (with corpus/) is; the default is beside the project root.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
shared_dir="${SHARED_DIR:-$root/../shared}"

(cd "$root" && ./mvnw -B -q -DskipTests package)

# pipeline-local.jar holds the broker, ingest and the record types; benchmarks.jar the harness and JFreeChart
exec java -Xmx1g -Djava.awt.headless=true \
  -cp "$root/bench/target/benchmarks.jar:$root/local/target/pipeline-local.jar" \
  io.newsenrich.bench.e2e.E2eBenchmark --project-root "$root" --shared-dir "$shared_dir" "$@"
