package io.newsenrich.bench.e2e;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Follows a service's heap through its Prometheus endpoint ({@code jvm_memory_used_bytes{area="heap"}}, summed over
 * the heap pools) and keeps the peak. Sampling a few times a second misses short spikes between two garbage
 * collections, so the peak is a lower bound of the true one.
 */
final class HeapSampler implements AutoCloseable {

    private static final Duration PERIOD = Duration.ofMillis(250);
    private static final String HEAP_USED = "jvm_memory_used_bytes{";

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final HttpRequest request;
    private final AtomicLong peak = new AtomicLong();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "heap-sampler");
        t.setDaemon(true);
        return t;
    });

    HeapSampler(int httpPort) {
        this.request = HttpRequest.newBuilder(URI.create("http://localhost:" + httpPort + "/metrics"))
                .timeout(Duration.ofSeconds(2)).build();
        timer.scheduleAtFixedRate(this::sample, 0, PERIOD.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** The largest heap use seen so far, in bytes. */
    long peakBytes() {
        return peak.get();
    }

    /** The heap in use according to one Prometheus scrape: the sum of the heap pools. */
    static long heapUsed(String scrape) {
        long sum = 0;
        for (String line : scrape.split("\n")) {
            if (line.startsWith(HEAP_USED) && line.contains("area=\"heap\"")) {
                sum += (long) Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
            }
        }
        return sum;
    }

    private void sample() {
        try {
            String body = http.send(request, HttpResponse.BodyHandlers.ofString()).body();
            peak.accumulateAndGet(heapUsed(body), Math::max);
        } catch (IOException e) {
            // a missed sample (service busy or stopping) only lowers the resolution
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
