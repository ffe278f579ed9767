package io.newsenrich.bench.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class HotMethodsTest {

    private static final List<List<String>> STACKS = List.of(
            List.of("java.lang.String.charAt", "io.newsenrich.text.FigureExtractor.extract", "Main.run"),
            List.of("java.lang.String.charAt", "com.fasterxml.jackson.core.JsonParser.next", "Main.run"),
            List.of("io.newsenrich.text.SectionSplitter.split", "Main.run"),
            List.of("org.apache.kafka.clients.NetworkClient.poll", "org.apache.kafka.streams.StreamThread.run"),
            List.of());

    @Test
    void topMethodsBySelfSamplesMostFrequentFirst() {
        HotMethods hot = HotMethods.of(STACKS, 2);
        assertThat(hot.samples()).isEqualTo(4);
        assertThat(hot.topMethods()).containsExactly(
                entry("java.lang.String.charAt", 2),
                entry("io.newsenrich.text.SectionSplitter.split", 1));
    }

    @Test
    void areaSharesCountEverySampleWithAFrameInTheArea() {
        HotMethods hot = HotMethods.of(STACKS, 5);
        assertThat(hot.areaShares().get("text core")).isCloseTo(0.5, within(1e-9));
        assertThat(hot.areaShares().get("JSON (Jackson)")).isCloseTo(0.25, within(1e-9));
        assertThat(hot.areaShares().get("Kafka clients")).isCloseTo(0.25, within(1e-9));
        assertThat(hot.areaShares().get("lz4 compression")).isZero();
    }

    @Test
    void noSamplesNoShares() {
        assertThat(HotMethods.of(List.of(), 5).areaShares().values()).containsOnly(0.0);
    }
}
