package io.newsenrich.bench;

import io.newsenrich.text.SectionSplitter;
import io.newsenrich.text.Span;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * One corpus in memory for a whole trial, with each article's figure-bearing spans worked out ahead so that the
 * extractor can be measured alone. The shared folder comes from system property {@code shared.dir}
 * (default {@code ../shared}, right when run from the project root).
 */
@State(Scope.Benchmark)
public class CorpusState {

    /** The corpus subfolder to run over; {@code .} takes the whole corpus. */
    @Param({"bbc", "ptc"})
    public String corpus;

    private Corpus articles;
    private List<List<Span>> spans;

    @Setup(Level.Trial)
    public void load() {
        Path dir = Path.of(System.getProperty("shared.dir", "../shared"), "corpus", corpus);
        articles = Corpus.load(dir);
        SectionSplitter splitter = new SectionSplitter();
        spans = IntStream.range(0, articles.size())
                .mapToObj(i -> splitter.split(articles.text(i)).spans())
                .toList();
        // JMH prints this beside the run so a wrong path or an empty split is seen before the numbers are trusted
        System.out.printf("corpus %s: %d articles, %.2f MB UTF-8, %d spans%n", dir.toAbsolutePath().normalize(),
                articles.size(), articles.totalUtf8Bytes() / 1e6, spans.stream().mapToInt(List::size).sum());
    }

    public int size() {
        return articles.size();
    }

    public String text(int index) {
        return articles.text(index);
    }

    public int utf8Bytes(int index) {
        return articles.utf8Bytes(index);
    }

    public List<Span> spans(int index) {
        return spans.get(index);
    }
}
