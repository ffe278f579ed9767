package io.newsenrich.text.eval;

import io.newsenrich.model.Analysis;
import io.newsenrich.model.Sections;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Scores an analyzer against the hand-annotated development set: every {@code *.json} gold file in a folder names a
 * corpus article, the analyzer runs on that article's text, and its figures, body and headline are compared with the
 * gold. The analyzer is a plain function, so the scorer does not care how the analysis is produced.
 */
public final class DevSetScorer {

    private final Path corpusRoot;
    private final Function<String, Analysis> analyzer;

    /**
     * @param corpusRoot the folder the gold files' {@code file} paths are relative to
     * @param analyzer   produces the analysis of an article's text
     */
    public DevSetScorer(Path corpusRoot, Function<String, Analysis> analyzer) {
        this.corpusRoot = Objects.requireNonNull(corpusRoot);
        this.analyzer = Objects.requireNonNull(analyzer);
    }

    /** Scores every gold file in {@code goldDir}, in file-name order. */
    public ScoreReport score(Path goldDir) {
        return new ScoreReport(goldFiles(goldDir).stream()
                .map(GoldArticle::read)
                .map(gold -> compare(gold, analyzer.apply(articleText(gold))))
                .toList());
    }

    /** Compares one analysis with its gold article. */
    public static ArticleScore compare(GoldArticle gold, Analysis found) {
        FigureMatcher.Result figures = FigureMatcher.match(gold.figures(), found.figures());
        Sections sections = found.sections();
        Counts body = ParagraphMatcher.match(gold.sections().body(), sections.body());
        boolean headline = ParagraphMatcher.normalize(gold.sections().headline())
                .equals(ParagraphMatcher.normalize(sections.headline()));
        return new ArticleScore(gold.file(), gold.corpus(), figures.counts(), body, headline, figures.missed(),
                figures.falsePositives());
    }

    /** The gold files of a folder, sorted by name. */
    public static List<Path> goldFiles(Path goldDir) {
        try (Stream<Path> files = Files.list(goldDir)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list gold folder " + goldDir, e);
        }
    }

    private String articleText(GoldArticle gold) {
        Path article = corpusRoot.resolve(gold.file());
        try {
            return Files.readString(article, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("gold file names a missing article " + article, e);
        }
    }
}
