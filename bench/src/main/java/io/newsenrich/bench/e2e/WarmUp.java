package io.newsenrich.bench.e2e;

import io.newsenrich.bench.Corpus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * The warm-up before each measurement: rounds of other corpus variants replayed at full speed until the services'
 * JIT compilers stay quiet. A fresh JVM keeps compiling for tens of seconds, and the text core has far more code to
 * compile than the pass-through baseline, so a fixed short warm-up would charge the pipeline for compiling and
 * measure a JVM that is not yet in its steady state. Each round has its own variants, so the sink curates all of
 * them rather than dropping replays; rounds are written once and shared by the scenarios.
 */
final class WarmUp {

    /** A round in which the busier service's compiler threads used less CPU than this, in cores, was quiet. */
    private static final double SETTLED_JIT_CORES = 0.1;
    /**
     * Quiet rounds in a row that end the warm-up: after a single one, C2 still recompiled Kafka's client loops
     * during the measurement (JFR: 1 s compilations of {@code NetworkClient.poll} and the record queue), taking
     * up to 0.4 of a core from the services being measured.
     */
    private static final int QUIET_ROUNDS = 2;

    private final Corpus corpus;
    private final int firstVariant;
    private final int articlesPerRound;
    private final int maxRounds;
    private final Path dir;
    private final Map<Integer, VariantCorpus> written = new HashMap<>();

    /**
     * @param firstVariant     the variant number round 1 starts at, past those the measurement replays
     * @param articlesPerRound variants per round; 0 skips the warm-up
     * @param maxRounds        rounds at most, settled or not
     */
    WarmUp(Corpus corpus, int firstVariant, int articlesPerRound, int maxRounds, Path dir) {
        this.corpus = corpus;
        this.firstVariant = firstVariant;
        this.articlesPerRound = articlesPerRound;
        this.maxRounds = maxRounds;
        this.dir = dir;
    }

    int articlesPerRound() {
        return articlesPerRound;
    }

    int maxRounds() {
        return maxRounds;
    }

    double settledJitCores() {
        return SETTLED_JIT_CORES;
    }

    int quietRounds() {
        return QUIET_ROUNDS;
    }

    Path dir() {
        return dir;
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

    /** Whether a round of {@code wallSeconds}, the busier service compiling {@code jitSeconds}, was quiet. */
    boolean quiet(double jitSeconds, double wallSeconds) {
        return wallSeconds > 0 && jitSeconds / wallSeconds < SETTLED_JIT_CORES;
    }
}
