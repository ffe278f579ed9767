package io.newsenrich.text.sections;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsenrich.model.Caption;
import io.newsenrich.model.Sections;
import io.newsenrich.text.SectionSplitter;
import io.newsenrich.text.Span;
import io.newsenrich.text.SplitArticle;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The real corpora: bbc/ (headline, blank line, paragraphs) and ptc/ (title, blank line, one sentence per line) have
 * a headline and body and hardly any furniture, and every file must split without an exception.
 */
class CorpusSectionsTest {

    /** Surrounding white space and the bullet marks the guidelines strip, written independently of the scanner. */
    private static final Pattern EDGES = Pattern.compile(
            "^[\\s\\u00A0\\u200B\\uFEFF\\u2022\\u00B7]*([-*\\u2013]\\s+)*|[\\s\\u00A0\\u200B\\uFEFF]+$");
    private static final Pattern HAS_WORD = Pattern.compile("[\\p{L}\\p{N}]");

    private final SectionSplitter splitter = new SectionSplitter();

    private static Path corpus(String name) {
        return SharedFiles.root().resolve("corpus").resolve(name);
    }

    private static List<Path> articles(String name) {
        try (Stream<Path> files = Files.walk(corpus(name))) {
            return files.filter(file -> file.toString().endsWith(".txt"))
                    .filter(file -> !file.getFileName().toString().startsWith("README")).sorted().toList();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The file's lines with text, cleaned as the guidelines say, each once. */
    private static List<String> cleanLines(String raw) {
        LinkedHashSet<String> lines = new LinkedHashSet<>();
        for (String line : raw.split("\\R")) {
            String clean = EDGES.matcher(line).replaceAll("");
            if (HAS_WORD.matcher(clean).find()) {
                lines.add(clean);
            }
        }
        return new ArrayList<>(lines);
    }

    @Test
    void bbcArticlesAreHeadlineAndBodyOnly() {
        List<Path> files = articles("bbc");
        assertThat(files).hasSizeGreaterThan(2000);
        for (Path file : files) {
            String raw = SharedFiles.read(file);
            List<String> lines = cleanLines(raw);
            Sections sections = splitter.split(raw).sections();
            List<String> rest = new ArrayList<>(lines.subList(1, lines.size()));
            if (sections.authorBio() != null) {
                // a closing "Name is the editor of ..." line is the author's bio, not a paragraph
                assertThat(sections.authorBio()).as(file.toString()).isEqualTo(rest.remove(rest.size() - 1));
            }
            assertThat(sections.headline()).as(file.toString()).isEqualTo(lines.get(0));
            assertThat(sections.standfirst()).as(file.toString()).isNull();
            assertThat(sections.body()).as(file.toString()).isEqualTo(rest);
            assertThat(sections.captions()).as(file.toString()).isEmpty();
            assertThat(sections.promos()).as(file.toString()).isEmpty();
            assertThat(sections.related()).as(file.toString()).isEmpty();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev-articles/article761575506.txt", "test-articles/article814404002.txt",
        "train-articles/article696246189.txt", "train-articles/article722512241.txt",
        "train-articles/article740356006.txt", "train-articles/article766942310.txt",
        "train-articles/article793467906.txt"})
    void ptcArticleIsTitleAndOneParagraphPerLine(String name) {
        String raw = SharedFiles.read(corpus("ptc").resolve(name));
        List<String> lines = cleanLines(raw);
        Sections sections = splitter.split(raw).sections();
        assertThat(sections.headline()).isEqualTo(lines.get(0));
        assertThat(sections.body()).isEqualTo(lines.subList(1, lines.size()));
        assertThat(sections.promos()).isEmpty();
        assertThat(sections.byline()).isEmpty();
    }

    @Test
    void ptcBodiesKeepTheArticleLinesInOrder() {
        int lineCount = 0;
        int bodyCount = 0;
        for (Path file : articles("ptc")) {
            String raw = SharedFiles.read(file);
            List<String> lines = cleanLines(raw);
            Sections sections = splitter.split(raw).sections();
            assertThat(sections.headline()).as(file.toString()).isEqualTo(lines.get(0));
            assertThat(lines).as(file.toString()).containsSubsequence(sections.body());
            lineCount += lines.size() - 1;
            bodyCount += sections.body().size();
        }
        // furniture (captions, promos, bylines, link lists) is a small share of these sentence-per-line articles
        assertThat((double) bodyCount / lineCount).isGreaterThan(0.97);
    }

    @Test
    void everyCorpusFileSplitsWithSpansOnItsSectionText() {
        List<Path> files = new ArrayList<>(articles("bbc"));
        files.addAll(articles("ptc"));
        for (Path file : files) {
            String raw = SharedFiles.read(file);
            SplitArticle split = splitter.split(raw);
            assertSpansMatchSections(raw, split, file.toString());
        }
    }

    @Test
    void textThatIsNotAnArticleSplitsToo() {
        for (Path file : List.of(corpus("README.md"), corpus("bbc").resolve("README.TXT"))) {
            String raw = SharedFiles.read(file);
            assertSpansMatchSections(raw, splitter.split(raw), file.toString());
        }
    }

    static void assertSpansMatchSections(String raw, SplitArticle split, String what) {
        Sections sections = split.sections();
        List<String> expected = new ArrayList<>();
        List<String> actual = new ArrayList<>();
        for (Span span : split.spans()) {
            actual.add(span.section() + ":" + raw.substring(span.start(), span.end()));
        }
        if (sections.headline() != null) {
            expected.add("headline:" + sections.headline());
        }
        if (sections.standfirst() != null) {
            expected.add("standfirst:" + sections.standfirst());
        }
        sections.captions().stream().map(Caption::text).forEach(text -> expected.add("captions:" + text));
        sections.body().forEach(text -> expected.add("body:" + text));
        assertThat(actual).as(what).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(split.spans()).as(what).isSortedAccordingTo((a, b) -> Integer.compare(a.start(), b.start()));
    }
}
