package io.newsenrich.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsenrich.text.SectionSplitter;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Runs the benchmark states over the real shared corpus, which Surefire points at with {@code shared.dir}. */
class BenchmarkStateTest {

    private static CorpusState bbc;

    @BeforeAll
    static void loadCorpus() {
        bbc = new CorpusState();
        bbc.corpus = "bbc";
        bbc.load();
    }

    @Test
    void visitsEveryArticleOnceThenStartsOver() {
        Cursor cursor = new Cursor();
        for (int expected = 0; expected < bbc.size(); expected++) {
            assertThat(cursor.advance(bbc)).isEqualTo(expected);
        }
        assertThat(cursor.advance(bbc)).isZero();
    }

    @Test
    void countsTheBytesOfEachArticleHandedOutUntilReset() {
        Cursor cursor = new Cursor();
        long expected = 0;
        for (int i = 0; i < 3; i++) {
            expected += bbc.utf8Bytes(cursor.advance(bbc));
        }
        assertThat(cursor.bytes).isEqualTo(expected).isPositive();

        cursor.resetCount();

        assertThat(cursor.bytes).isZero();
    }

    @Test
    void loadsTheRealCorpusDespiteItsInvalidUtf8Article() {
        assertThat(bbc.size()).isPositive();
        assertThat(IntStream.range(0, bbc.size()).mapToObj(bbc::text))
                .anyMatch(text -> text.indexOf('\uFFFD') >= 0);
    }

    @Test
    void precomputesEachArticlesOwnSpans() {
        SectionSplitter splitter = new SectionSplitter();
        for (int i = 0; i < bbc.size(); i++) {
            assertThat(bbc.spans(i)).isEqualTo(splitter.split(bbc.text(i)).spans());
        }
    }
}
