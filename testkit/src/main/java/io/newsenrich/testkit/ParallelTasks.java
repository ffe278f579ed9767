package io.newsenrich.testkit;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs named tasks on daemon threads and waits for them for a bounded time. Brokers of one cluster must start
 * concurrently (each waits for the others' quorum) and a stuck shutdown must never hang a test run, so every wait here
 * ends by a deadline; a task that overruns is left behind on its daemon thread.
 */
final class ParallelTasks {

    private ParallelTasks() {
    }

    /** Runs all tasks at once; returns the failures (a {@link TimeoutException} for each task still running). */
    static List<Throwable> run(Map<String, Runnable> namedTasks, Duration timeout) {
        List<CompletableFuture<Void>> futures = new ArrayList<>();
        namedTasks.forEach((name, task) -> futures.add(start(name, task)));
        long deadline = System.nanoTime() + timeout.toNanos();
        List<Throwable> failures = new ArrayList<>();
        List<String> names = List.copyOf(namedTasks.keySet());
        for (int i = 0; i < futures.size(); i++) {
            try {
                futures.get(i).get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            } catch (ExecutionException e) {
                failures.add(e.getCause());
            } catch (TimeoutException e) {
                failures.add(new TimeoutException(names.get(i) + " still running after " + timeout));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                failures.add(e);
                break;
            }
        }
        return failures;
    }

    /** Runs all tasks at once and throws if any fails or overruns. */
    static void runOrThrow(String what, Map<String, Runnable> namedTasks, Duration timeout) {
        List<Throwable> failures = run(namedTasks, timeout);
        if (!failures.isEmpty()) {
            IllegalStateException error = new IllegalStateException(what + " failed", failures.get(0));
            failures.stream().skip(1).forEach(error::addSuppressed);
            throw error;
        }
    }

    private static CompletableFuture<Void> start(String name, Runnable task) {
        CompletableFuture<Void> future = new CompletableFuture<>();
        Thread thread = new Thread(() -> {
            try {
                task.run();
                future.complete(null);
            } catch (Throwable t) {
                future.completeExceptionally(t);
            }
        }, "embedded-kafka-" + name);
        thread.setDaemon(true);
        thread.start();
        return future;
    }
}
