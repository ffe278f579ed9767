package io.newsenrich.bench.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CompilerThreadsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "C2 compiler    | 4242 (C2 CompilerThre) S 4200 4200 1 0 -1 1077936192 1552 0 0 0 512 37 0 0 20 0 1 0 | 549",
            "C1 compiler    | 4243 (C1 CompilerThre) R 4200 4200 1 0 -1 1077936192 12 0 0 0 9 1 0 0 20 0 1 0   | 10",
            "stream thread  | 4250 (enrich-1-Strea) S 4200 4200 1 0 -1 1077936192 1552 0 0 0 800 40 0 0 20 0 1 0 | 0",
            "name with ) (  | 4251 (a) (b) S 4200 4200 1 0 -1 1077936192 1552 0 0 0 800 40 0 0 20 0 1 0        | 0",
            "not a stat     | garbage                                                                           | 0"})
    void countsCompilerThreadsOnly(String label, String stat, long ticks) {
        assertThat(CompilerThreads.ticks(stat)).isEqualTo(ticks);
    }

    @ParameterizedTest(name = "pid {0}")
    @CsvSource({"-1", "999999999"})
    void aProcessThatIsNotThereUsedNoCompilerTime(long pid) {
        assertThat(CompilerThreads.cpuTime(pid)).isZero();
    }
}
