package io.newsenrich.text;

import io.newsenrich.model.Analysis;

/**
 * The text core's entry point: sections, then figures and dates in the sections that yield them.
 * Stateless and thread-safe; one instance serves every stream thread.
 */
public final class ArticleAnalyzer {

    /** Changes whenever the rules change, so enriched records say which rules produced them. */
    public static final String VERSION = "0.6.0";

    private final SectionSplitter splitter = new SectionSplitter();
    private final FigureExtractor extractor = new FigureExtractor();

    public Analysis analyze(String text) {
        SplitArticle split = splitter.split(text);
        Extraction found = extractor.extract(text, split.spans());
        return new Analysis(split.sections(), found.figures(), found.dates());
    }
}
