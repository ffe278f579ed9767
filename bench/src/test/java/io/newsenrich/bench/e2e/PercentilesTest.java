package io.newsenrich.bench.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PercentilesTest {

    private static final Percentiles ONE_TO_HUNDRED = Percentiles.of(
            LongStream.rangeClosed(1, 100).map(i -> 101 - i).toArray());

    @ParameterizedTest
    @CsvSource({"50, 50", "95, 95", "99, 99", "100, 100", "0, 1", "0.5, 1", "99.5, 100"})
    void nearestRankOfUnsortedValues(double percent, long expected) {
        assertThat(ONE_TO_HUNDRED.at(percent)).isEqualTo(expected);
    }

    @Test
    void smallSetsRoundUpToTheNextValue() {
        assertThat(Percentiles.of(10, 20, 30).at(50)).isEqualTo(20);
        assertThat(Percentiles.of(10, 20, 30).at(95)).isEqualTo(30);
    }

    @Test
    void extractsValuesFromItems() {
        assertThat(Percentiles.of(List.of("a", "bbb", "cc"), s -> (long) s.length()).at(100)).isEqualTo(3);
    }

    @Test
    void refusesAnEmptySet() {
        assertThatThrownBy(() -> Percentiles.of().at(50)).isInstanceOf(IllegalStateException.class);
    }
}
