package io.newsenrich.bench.e2e;

import io.newsenrich.bench.Corpus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * The warm-up before each measurement: rounds of other corpus variants replayed at full speed until the services'
 * JIT compilers go quiet. A fresh JVM keeps compiling for tens of seconds, and the text core has far more code to
 * compile than the pass-through baseline, so a fixed short warm-up would charge the pipeline for compiling and
 * measure a JVM that is not yet in its steady state. Each round has its own variants, so the sink curates all of
 * them rather than dropping replays; rounds are written once and shared by the scenarios.
 *
 * @param articlesPerRound variants per round; 0 skips the warm-up
 * @param maxRounds        rounds at most, settled or not
 * @param settledJitCores  a round after which the busier service's compiler threads used less CPU than this, in
 *                         cores, ends the warm-up
 */
record WarmUp(Corpus corpus, int firstVariant, int articlesPerRound, int maxRounds, double settledJitCores,
              Path dir, Map<Integer, VariantCorpus> written) {

    static WarmUp of(Corpus corpus, int firstVariant, int articlesPerRound, int maxRounds, Path dir) {
        return new WarmUp(corpus, firstVariant, articlesPerRound, maxRounds, 0.1, dir, new HashMap<>());
    }

    /** The variants of round {@code round} (from 1), written on first use. */
    VariantCorpus round(int round) throws IOException {
        VariantCorpus variants = written.get(round);
        if (variants == null) {
            variants = VariantCorpus.write(corpus, "warm-up-r" + round + "-",
                    firstVariant + (round - 1) * articlesPerRound, articlesPerRound,
                    Files.createDirectories(dir.resolve("round-" + round)));
            written.put(round, variants);
        }
        return variants;
    }

    /** Whether a round that took {@code wallSeconds}, while the busier service compiled for {@code jitSeconds}, left the JIT settled. */
    boolean settled(double jitSeconds, double wallSeconds) {
        return wallSeconds > 0 && jitSeconds / wallSeconds < settledJitCores;
    }
}
