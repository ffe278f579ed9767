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
 *       written ("$", "£", "US$", "euros") as its unit;</li>
 *   <li>a unit lists the words as written first, then other forms the same unit goes by: a compound noun's head
 *       ("police officers", "officers"), the other person form (person, people), an age's "years" after the
 *       words that made it an age ("year-old", "years old", "aged"; "Jane Smith, 45," has just "years"), a
 *       rate's plain unit ("miles per hour", "miles");</li>
 *   <li>an elided noun is the casualty word standing for it followed by the noun it shares with the figure before
 *       or, with none, by people ("39 were arrested": arrested, people, person); a number after a casualty verb
 *       ("killed 143"), a vague amount on its own ("thousands marched") and millions with no noun ("24 million
 *       watched") count people;</li>
 *   <li>event is one of killed (killed, dead, died, shot dead, deaths, death toll), injured (injured, wounded,
 *       hurt), missing, detained (detained, arrested), displaced (displaced, homeless), evacuated, rescued,
 *       hospitalised; it is set on counts only;</li>
 *   <li>a vague amount's value is the scale it names (dozens 12, scores 20, hundreds 100, thousands 1000, tens of
 *       thousands 10 000), "several" before a scale counts three of it (several hundred 300), "a couple of" is two,
 *       a decade of life ("in his 30s") its first year; all with approximate set, but "a couple of";</li>
 *   <li>a value is never below zero, but for a measure or percentage written with a sign ("minus 8 degrees",
 *       "-0.1%");</li>
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
        SCANNER.get().scan(text, spans, figures, dates);
        return new Extraction(figures, dates);
    }
}
