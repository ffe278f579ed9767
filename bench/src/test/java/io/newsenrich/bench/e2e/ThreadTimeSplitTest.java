package io.newsenrich.bench.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class ThreadTimeSplitTest {

    @Test
    void readsTheRatiosOfAScrape() {
        assertThat(ThreadTimeSplit.of(MetricsSamplerTest.SCRAPE))
                .contains(new ThreadTimeSplit(0.25, 0.5, 0.125, 0));
    }

    @Test
    void averagesOverStreamThreads() {
        String twoThreads = """
                kafka_stream_thread_poll_ratio{thread_id="t1"} 0.2
                kafka_stream_thread_poll_ratio{thread_id="t2"} 0.4
                kafka_stream_thread_process_ratio{thread_id="t1"} 0.6
                kafka_stream_thread_process_ratio{thread_id="t2"} 0.4
                kafka_stream_thread_commit_ratio{thread_id="t1"} 0.1
                kafka_stream_thread_commit_ratio{thread_id="t2"} 0.1
                """;
        ThreadTimeSplit split = ThreadTimeSplit.of(twoThreads).orElseThrow();
        assertThat(split.poll()).isCloseTo(0.3, within(1e-9));
        assertThat(split.process()).isCloseTo(0.5, within(1e-9));
    }

    @Test
    void noSplitBeforeTheThreadReportsOne() {
        assertThat(ThreadTimeSplit.of("jvm_threads_live_threads 30.0\n")).isEmpty();
    }

    @Test
    void meanOfSamplesPartByPart() {
        ThreadTimeSplit mean = ThreadTimeSplit.mean(List.of(new ThreadTimeSplit(0.2, 0.6, 0.2, 0),
                new ThreadTimeSplit(0.4, 0.4, 0.0, 0.2)));
        assertThat(mean.poll()).isCloseTo(0.3, within(1e-9));
        assertThat(mean.process()).isCloseTo(0.5, within(1e-9));
        assertThat(mean.commit()).isCloseTo(0.1, within(1e-9));
        assertThat(mean.punctuate()).isCloseTo(0.1, within(1e-9));
        assertThat(ThreadTimeSplit.mean(List.of())).isEqualTo(ThreadTimeSplit.NONE);
    }
}
