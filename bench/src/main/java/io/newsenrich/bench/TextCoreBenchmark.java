package io.newsenrich.bench;

import io.newsenrich.model.Analysis;
import io.newsenrich.text.ArticleAnalyzer;
import io.newsenrich.text.Extraction;
import io.newsenrich.text.FigureExtractor;
import io.newsenrich.text.SectionSplitter;
import io.newsenrich.text.SplitArticle;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/**
 * Single-threaded throughput of the text core, one article per operation, so each score is articles/s per core.
 * {@link #baselineScan} reads the same chars doing almost nothing, which gives the ceiling the others are
 * compared with.
 */
@State(Scope.Benchmark)
public class TextCoreBenchmark extends ShortRun {

    /** The name of the reference benchmark in results. */
    public static final String BASELINE = "baselineScan";

    private final ArticleAnalyzer analyzer = new ArticleAnalyzer();
    private final SectionSplitter splitter = new SectionSplitter();
    private final FigureExtractor extractor = new FigureExtractor();

    /** The whole text core: sections, then figures and dates. */
    @Benchmark
    public Analysis analyze(CorpusState corpus, Cursor cursor) {
        return analyzer.analyze(corpus.text(cursor.advance(corpus)));
    }

    /** The section splitter alone. */
    @Benchmark
    public SplitArticle split(CorpusState corpus, Cursor cursor) {
        return splitter.split(corpus.text(cursor.advance(corpus)));
    }

    /** The figure extractor alone, on spans the splitter found during setup. */
    @Benchmark
    public Extraction extract(CorpusState corpus, Cursor cursor) {
        int index = cursor.advance(corpus);
        return extractor.extract(corpus.text(index), corpus.spans(index));
    }

    /**
     * One linear pass over the article's chars counting digits: the cheapest useful look at every char. The count is
     * kept without a branch; counting in an {@code if} ran three times slower (about 4 cycles per char here), which
     * made every ratio to this baseline look better than it is.
     */
    @Benchmark
    public int baselineScan(CorpusState corpus, Cursor cursor) {
        String text = corpus.text(cursor.advance(corpus));
        int digits = 0;
        for (int i = 0; i < text.length(); i++) {
            // 1 exactly when the char is '0'..'9': below '0' the masked difference is large, so the sign bit stays 0
            digits += (((text.charAt(i) - '0') & 0xFFFF) - 10) >>> 31;
        }
        return digits;
    }
}
