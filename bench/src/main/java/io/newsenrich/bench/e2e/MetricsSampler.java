package io.newsenrich.bench.e2e;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Follows a service through its Prometheus endpoint once a second: the peak heap
 * ({@code jvm_memory_used_bytes{area="heap"}}, summed over the heap pools) and how its stream thread divides its time
 * ({@code kafka_stream_thread_*_ratio}, averaged over the samples). Sampling misses short heap spikes between two
 * collections, so the peak is a lower bound of the true one; it is not more frequent because a scrape of all the
 * Kafka Streams metrics costs the service noticeable CPU (a tenth of enrich's profile at two scrapes a second).
 */
final class MetricsSampler implements AutoCloseable {

    private static final Duration PERIOD = Duration.ofSeconds(1);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final HttpRequest request;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "metrics-sampler");
        t.setDaemon(true);
        return t;
    });
    private final List<ThreadTimeSplit> splits = new ArrayList<>();
    private long peakHeap;

    MetricsSampler(int httpPort) {
        this.request = HttpRequest.newBuilder(URI.create("http://localhost:" + httpPort + "/metrics"))
                .timeout(Duration.ofSeconds(2)).build();
        timer.scheduleAtFixedRate(this::sample, 0, PERIOD.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** The largest heap use seen so far, in bytes. */
    synchronized long peakHeapBytes() {
        return peakHeap;
    }

    /** The stream thread's time split averaged over the samples so far. */
    synchronized ThreadTimeSplit meanSplit() {
        return ThreadTimeSplit.mean(splits);
    }

    /** The values of metric {@code name} in a Prometheus scrape, on lines that contain {@code labels}; NaN left out. */
    static List<Double> values(String scrape, String name, String labels) {
        List<Double> values = new ArrayList<>();
        for (String line : scrape.split("\n")) {
            boolean named = line.startsWith(name + "{") || line.startsWith(name + " ");
            if (named && line.contains(labels)) {
                double value = Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
                if (!Double.isNaN(value)) {
                    values.add(value);
                }
            }
        }
        return values;
    }

    /** The heap in use according to one scrape: the sum of the heap pools. */
    static long heapUsed(String scrape) {
        return (long) values(scrape, "jvm_memory_used_bytes", "area=\"heap\"").stream()
                .mapToDouble(Double::doubleValue).sum();
    }

    private void sample() {
        try {
            String scrape = http.send(request, HttpResponse.BodyHandlers.ofString()).body();
            long heap = heapUsed(scrape);
            Optional<ThreadTimeSplit> split = ThreadTimeSplit.of(scrape);
            synchronized (this) {
                peakHeap = Math.max(peakHeap, heap);
                split.ifPresent(splits::add);
            }
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
