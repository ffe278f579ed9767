package io.newsenrich.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import java.time.Instant;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IsoInstantsTest {

    /** 0000-01-01 to 9999-12-31, the years the fast path writes; the test also goes beyond on both sides. */
    private static final long EARLIEST = -62_167_219_200L;
    private static final long LATEST = 253_402_300_799L;

    private static Instant read(String json) throws Exception {
        return Json.mapper().readValue(json, Instant.class);
    }

    @Test
    void writesWhatInstantToStringWrites() throws Exception {
        SplittableRandom random = new SplittableRandom(20261205);
        // whole seconds, milli-, micro- and nanosecond fractions: the three lengths the fraction is written in
        int[] steps = {1_000_000_000, 1_000_000, 1_000, 1};
        for (int i = 0; i < 100_000; i++) {
            int step = steps[i % steps.length];
            Instant instant = Instant.ofEpochSecond(random.nextLong(2 * EARLIEST, 2 * LATEST),
                    (long) random.nextInt(1_000_000_000 / step) * step);
            String json = Json.mapper().writeValueAsString(instant);
            assertThat(json).isEqualTo('"' + instant.toString() + '"');
            assertThat(read(json)).isEqualTo(instant);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-12-05T04:51:49Z", "2026-12-05T04:51:49.1Z", "2026-12-05T04:51:49.12Z",
        "2026-12-05T04:51:49.123Z", "2026-12-05T04:51:49.1234Z", "2026-12-05T04:51:49.123456789Z",
        "2024-02-29T23:59:59.999Z", "0000-01-01T00:00:00Z", "9999-12-31T23:59:59.999999999Z",
        "1970-01-01T00:00:00.000000001Z"})
    void fastShapeReadsAsInstantParse(String text) {
        assertThat(IsoInstants.parse(text)).isEqualTo(Instant.parse(text));
    }

    /** Shapes the fast path leaves to the jsr310 module, which reads them as Instant.parse does. */
    @ParameterizedTest
    @ValueSource(strings = {"2026-12-05T04:51:49+01:00", "2026-12-05t04:51:49z", "2016-12-31T23:59:60Z",
        "+10000-01-01T00:00:00Z", "-0001-06-15T12:00:00Z", "2026-12-05T04:51:49.Z"})
    void otherShapesGoToTheFullParser(String text) throws Exception {
        assertThat(IsoInstants.parse(text)).isNull();
        assertThat(read('"' + text + '"')).isEqualTo(Instant.parse(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2023-02-29T00:00:00Z", "2026-13-05T04:51:49Z", "2026-12-05T25:51:49Z",
        "2026-12-05 04:51:49Z", "2026-12-05T04:51:4xZ", "2026-12-05T04:51:49.1234567890Z", "yesterday"})
    void invalidTextFailsAsTheModuleFails(String text) {
        assertThat(IsoInstants.parse(text)).isNull();
        assertThatThrownBy(() -> read('"' + text + '"')).isInstanceOf(InvalidFormatException.class);
    }

    @Test
    void epochSecondsStillRead() throws Exception {
        assertThat(read("1733374309.5")).isEqualTo(Instant.ofEpochSecond(1_733_374_309L, 500_000_000));
        assertThat(read("null")).isNull();
    }
}
