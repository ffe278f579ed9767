package io.newsenrich.text.figures;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsenrich.model.DateMention;
import io.newsenrich.model.Figure;
import io.newsenrich.text.Extraction;
import io.newsenrich.text.FigureExtractor;
import io.newsenrich.text.Span;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Runs one table row: a sentence read as a single body span (or lines read as paragraphs), and the figures or dates
 * expected in it.
 *
 * <p>A figure is written {@code text;value;unit1,unit2;kind;qualifier;event;~} with "-" for an absent field and
 * trailing absent fields left out ("574 drones;574;drones;count"); "~" marks approximate. Several figures are
 * separated by {@code &&}; "none" means no figure. A date is written {@code text;value}.
 */
final class FigureCases {

    private static final FigureExtractor EXTRACTOR = new FigureExtractor();

    private FigureCases() {
    }

    /** The text's lines read as body paragraphs, one span each. */
    static Extraction extract(String sentence) {
        List<Span> spans = new ArrayList<>();
        for (int start = 0; start <= sentence.length(); ) {
            int end = sentence.indexOf('\n', start);
            end = end < 0 ? sentence.length() : end;
            spans.add(new Span("body", start, end));
            start = end + 1;
        }
        Extraction found = EXTRACTOR.extract(sentence, spans);
        for (Figure figure : found.figures()) {
            assertThat(sentence.substring(figure.start(), figure.end())).isEqualTo(figure.text());
            assertThat(figure.sentence()).contains(figure.text());
            assertThat(figure.section()).isEqualTo("body");
        }
        for (DateMention date : found.dates()) {
            assertThat(sentence.substring(date.start(), date.end())).isEqualTo(date.text());
        }
        return found;
    }

    /** As {@link #assertFigures(String, String)}, for paragraphs written one after another with " // " between. */
    static void assertParagraphFigures(String paragraphs, String expected) {
        assertFigures(paragraphs.replace(" // ", "\n"), expected);
    }

    static void assertFigures(String sentence, String expected) {
        List<String> actual = extract(sentence).figures().stream().map(FigureCases::render).toList();
        assertThat(actual).as(sentence).isEqualTo(parse(expected));
    }

    static void assertDates(String sentence, String expected) {
        Extraction found = extract(sentence);
        List<String> actual = found.dates().stream().map(d -> d.text() + ";" + d.value()).toList();
        assertThat(actual).as(sentence).isEqualTo(parse(expected));
        assertThat(found.figures()).as("dates are never figures: " + sentence)
                .noneMatch(f -> found.dates().stream().anyMatch(d -> f.start() < d.end() && d.start() < f.end()));
    }

    private static List<String> parse(String expected) {
        if (expected == null || expected.isBlank() || expected.strip().equals("none")) {
            return List.of();
        }
        List<String> figures = new ArrayList<>();
        for (String figure : expected.split("&&")) {
            figures.add(String.join(";", Arrays.stream(figure.split(";", -1)).map(String::strip).toList()));
        }
        return figures;
    }

    static String render(Figure f) {
        List<String> fields = new ArrayList<>(List.of(f.text(), f.value().toPlainString(), String.join(",", f.unit()),
                f.kind(), orDash(f.qualifier()), orDash(f.event()), f.approximate() ? "~" : "-"));
        while (fields.get(fields.size() - 1).equals("-")) {
            fields.remove(fields.size() - 1);
        }
        return String.join(";", fields);
    }

    private static String orDash(String value) {
        return value == null ? "-" : value;
    }
}
