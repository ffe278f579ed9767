package io.newsenrich.bench.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MetricsSamplerTest {

    /** Lines as a service's /metrics serves them (Micrometer's Prometheus registry, one stream thread). */
    static final String SCRAPE = """
            # HELP jvm_memory_used_bytes The amount of used memory
            # TYPE jvm_memory_used_bytes gauge
            jvm_memory_used_bytes{area="heap",id="G1 Eden Space"} 1.572864E7
            jvm_memory_used_bytes{area="heap",id="G1 Old Gen"} 1.0407936E7
            jvm_memory_used_bytes{area="heap",id="G1 Survivor Space"} 406920.0
            jvm_memory_used_bytes{area="nonheap",id="Metaspace"} 2.9784504E7
            jvm_memory_used_bytes_extra{area="heap",id="not a pool"} 1.0E9
            kafka_stream_thread_poll_ratio{client_id="enrich-1",thread_id="enrich-1-StreamThread-1"} 0.25
            kafka_stream_thread_poll_rate{client_id="enrich-1",thread_id="enrich-1-StreamThread-1"} 10.0
            kafka_stream_thread_process_ratio{client_id="enrich-1",thread_id="enrich-1-StreamThread-1"} 0.5
            kafka_stream_thread_commit_ratio{client_id="enrich-1",thread_id="enrich-1-StreamThread-1"} 0.125
            kafka_stream_thread_punctuate_ratio{client_id="enrich-1",thread_id="enrich-1-StreamThread-1"} NaN
            """;

    @Test
    void heapIsTheSumOfTheHeapPoolsOnly() {
        assertThat(MetricsSampler.heapUsed(SCRAPE)).isEqualTo(15_728_640 + 10_407_936 + 406_920);
    }

    @Test
    void valuesMatchTheWholeMetricNameAndSkipNaN() {
        assertThat(MetricsSampler.values(SCRAPE, "kafka_stream_thread_poll_ratio", "")).containsExactly(0.25);
        assertThat(MetricsSampler.values(SCRAPE, "kafka_stream_thread_punctuate_ratio", "")).isEmpty();
        assertThat(MetricsSampler.values(SCRAPE, "jvm_memory_used_bytes", "nonheap")).containsExactly(2.9784504E7);
    }

    @Test
    void noHeapBeforeTheMetricsAreThere() {
        assertThat(MetricsSampler.heapUsed("# nothing yet\n")).isZero();
    }
}
