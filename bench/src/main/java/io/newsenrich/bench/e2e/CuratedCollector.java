package io.newsenrich.bench.e2e;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectReader;
import io.newsenrich.model.Json;
import io.newsenrich.model.Processing;
import io.newsenrich.sink.CuratedTail;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Reads the curated topic as a downstream consumer does (committed records only) while the replay runs, and keeps the
 * stage timestamps of each article once: a record seen twice would be a duplicate, which exactly-once rules out.
 */
final class CuratedCollector implements AutoCloseable {

    private static final Duration POLL = Duration.ofMillis(200);
    private static final ObjectReader STAMPS = Json.mapper().readerFor(Stamps.class);

    /**
     * The part of a curated record the timings need. The reader shares the machine with the services it measures, so
     * it skips the rest of each record instead of building it.
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    private record Stamps(Processing processing) {
    }

    private final Map<String, ArticleTiming> timings = new ConcurrentHashMap<>();
    private final AtomicInteger duplicates = new AtomicInteger();
    private final Thread reader;
    private volatile boolean stopping;
    private volatile RuntimeException failure;

    CuratedCollector(Properties clientProperties, String topic) {
        CuratedTail tail = new CuratedTail(clientProperties, topic, true, Duration.ofSeconds(30));
        reader = new Thread(() -> read(tail), "curated-collector");
        reader.setDaemon(true);
        reader.start();
    }

    /** Blocks until {@code expected} distinct articles with ids starting {@code idPrefix} were curated; their timings. */
    List<ArticleTiming> await(String idPrefix, int expected, Duration timeout)
            throws InterruptedException, TimeoutException {
        long deadline = System.nanoTime() + timeout.toNanos();
        List<ArticleTiming> matching = matching(idPrefix);
        while (matching.size() < expected) {
            if (failure != null) {
                throw failure;
            }
            if (System.nanoTime() > deadline) {
                throw new TimeoutException("only " + matching.size() + " of " + expected + " articles curated within "
                        + timeout.toSeconds() + " s");
            }
            Thread.sleep(POLL.toMillis());
            matching = matching(idPrefix);
        }
        return matching;
    }

    private List<ArticleTiming> matching(String idPrefix) {
        return timings.entrySet().stream().filter(e -> e.getKey().startsWith(idPrefix)).map(Map.Entry::getValue)
                .toList();
    }

    /** Records seen for an article that was already curated. */
    int duplicates() {
        return duplicates.get();
    }

    private void read(CuratedTail tail) {
        try (tail) {
            while (!stopping) {
                for (var record : tail.poll(POLL)) {
                    Stamps stamps = STAMPS.readValue(record.value());
                    if (timings.putIfAbsent(record.key(), ArticleTiming.of(stamps.processing())) != null) {
                        duplicates.incrementAndGet();
                    }
                }
            }
        } catch (JsonProcessingException e) {
            failure = new IllegalStateException("unreadable curated record: " + e.getOriginalMessage(), e);
        } catch (RuntimeException e) {
            failure = e;
        }
    }

    @Override
    public void close() throws InterruptedException {
        stopping = true;
        reader.join(Duration.ofSeconds(10).toMillis());
    }
}
