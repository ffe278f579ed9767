package io.newsenrich.text;

import io.newsenrich.model.DateMention;
import io.newsenrich.model.Figure;
import io.newsenrich.text.figures.FigureScanner;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds figures and dates in the figure-bearing spans of an article, following shared/gold/GUIDELINES.md.
 *
 * <p>Only the given spans are read; each figure carries its span's section, the sentence around it and raw-text
 * offsets. The rules themselves live in {@link FigureScanner}. Thread-safe: each thread gets its own scanner, whose
 * token buffers are reused from article to article.
 */
public final class FigureExtractor {

    private static final ThreadLocal<FigureScanner> SCANNER = ThreadLocal.withInitial(FigureScanner::new);

    public Extraction extract(String text, List<Span> spans) {
        List<Figure> figures = new ArrayList<>();
        List<DateMention> dates = new ArrayList<>();
        FigureScanner scanner = SCANNER.get();
        for (Span span : spans) {
            scanner.scan(text, span, figures, dates);
        }
        return new Extraction(figures, dates);
    }
}
