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
 * offsets, and figures come sorted and never overlap. The conventions the guidelines leave open:
 * <ul>
 *   <li>kind is one of count, money, percent, distance, duration, age, measure; money keeps the currency as
 *       written ("$", "£", "US$", "euros") as its unit; an age's unit is the words
 *       that mark it as written ("year-old", "years old", "aged"), then "years" ("Jane Smith, 45," has just "years");</li>
 *   <li>event is one of killed (killed, dead, died, shot dead, deaths, death toll), injured (injured, wounded,
 *       hurt), missing, detained (detained, arrested), displaced (displaced, homeless), evacuated, rescued,
 *       hospitalised; it is set on counts only;</li>
 *   <li>a vague amount's value is the scale it names (dozens 12, scores 20, hundreds 100, thousands 1000, tens of
 *       thousands 10 000), with approximate set;</li>
 *   <li>approximate is also set by the approximating qualifiers (about, around, nearly, almost, some, roughly,
 *       approximately, estimated, close to), not by bounds (at least, more than, up to, within);</li>
 *   <li>dates use ISO 8601 with missing parts left out ("2022", "2022-08", "--08-21") and a decade as its first
 *       three digits ("1990s" -> "199").</li>
 * </ul>
 * The rules themselves live in {@link FigureScanner}. Thread-safe: each thread gets its own scanner, whose token
 * buffers are reused from article to article.
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
