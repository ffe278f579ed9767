package io.newsenrich.bench.e2e;

import io.newsenrich.ingest.Ingest;
import java.util.concurrent.TimeUnit;

/**
 * Holds ingest to a steady rate: told after each published article, it sleeps until that article's slot has passed.
 * Ingest stamps {@code ingestedAt} when it reads the next file, so latencies are measured from the paced send times.
 */
final class PacedProgress implements Ingest.Progress {

    private final long startNanos = System.nanoTime();
    private final double nanosPerArticle;

    PacedProgress(double articlesPerSecond) {
        this.nanosPerArticle = 1e9 / articlesPerSecond;
    }

    @Override
    public void update(int done, int total) {
        long wait = startNanos + (long) (done * nanosPerArticle) - System.nanoTime();
        if (wait > 0) {
            try {
                TimeUnit.NANOSECONDS.sleep(wait);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
