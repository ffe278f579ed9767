package io.newsenrich.text;

import io.newsenrich.model.Analysis;

/**
 * The text core's entry point: sections, then figures and dates in the sections that yield them.
 * Stateless and thread-safe; one instance serves every stream thread.
 */
public final class ArticleAnalyzer {

    private static final String VERSION = "0.26.0";

    private final SectionSplitter splitter = new SectionSplitter();
    private final FigureExtractor extractor = new FigureExtractor();

    /**
     * Changes whenever the rules change, so enriched records say which rules produced them. A method rather than a
     * public constant: javac copies a constant into the classes that read it, so a module built against an older
     * text core would go on reporting that core's version.
     */
    public static String version() {
        return VERSION;
    }

    public Analysis analyze(String text) {
        SplitArticle split = splitter.split(text);
        Extraction found = extractor.extract(text, split.spans());
        return new Analysis(split.sections(), found.figures(), found.dates());
    }
}
