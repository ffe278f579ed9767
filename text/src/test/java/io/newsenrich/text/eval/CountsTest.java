package io.newsenrich.text.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CountsTest {

    @ParameterizedTest(name = "tp {0} fp {1} fn {2} -> P {3} R {4} F1 {5}")
    @CsvSource({
            "3, 1, 2, 0.75,  0.6,  0.6667",
            "0, 0, 0, 1.0,   1.0,  1.0",
            "0, 2, 0, 0.0,   1.0,  0.0",
            "0, 0, 4, 1.0,   0.0,  0.0",
            "5, 0, 0, 1.0,   1.0,  1.0",
    })
    void scores(int tp, int fp, int fn, double precision, double recall, double f1) {
        Counts counts = new Counts(tp, fp, fn);

        assertThat(counts.precision()).isCloseTo(precision, within(1e-4));
        assertThat(counts.recall()).isCloseTo(recall, within(1e-4));
        assertThat(counts.f1()).isCloseTo(f1, within(1e-4));
    }

    @ParameterizedTest
    @CsvSource({"1, 2, 3, 4, 5, 6", "0, 0, 0, 7, 0, 1"})
    void addsUp(int tp1, int fp1, int fn1, int tp2, int fp2, int fn2) {
        Counts sum = new Counts(tp1, fp1, fn1).plus(new Counts(tp2, fp2, fn2));

        assertThat(sum).isEqualTo(new Counts(tp1 + tp2, fp1 + fp2, fn1 + fn2));
        assertThat(sum.expected()).isEqualTo(tp1 + tp2 + fn1 + fn2);
        assertThat(sum.found()).isEqualTo(tp1 + tp2 + fp1 + fp2);
    }
}
