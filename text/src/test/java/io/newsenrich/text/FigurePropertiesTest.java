package io.newsenrich.text;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsenrich.model.DateMention;
import io.newsenrich.model.Figure;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Invariants of the extractor over real paragraphs from the shared corpus, placed between random noise so that
 * spans start and end away from offset zero: it never throws, every figure's text is its raw range, figures are
 * sorted and do not overlap, and everything found lies inside a span.
 */
class FigurePropertiesTest {

    private static final List<String> PARAGRAPHS = SharedFiles.corpus().stream()
            .filter(f -> Math.floorMod(f.toString().hashCode(), 7) == 0)
            .flatMap(f -> Stream.of(SharedFiles.readLenient(f).split("\n")))
            .map(String::strip)
            .filter(p -> p.length() > 20)
            .toList();

    private final FigureExtractor extractor = new FigureExtractor();

    @Provide
    Arbitrary<String> paragraphs() {
        return Arbitraries.of(PARAGRAPHS);
    }

    @Provide
    Arbitrary<String> noise() {
        return Arbitraries.strings().ofMaxLength(12);
    }

    @Property(tries = 400)
    void holdsTheInvariantsOnRealParagraphs(@ForAll("paragraphs") String first, @ForAll("paragraphs") String second,
                                            @ForAll("noise") String noise) {
        String raw = noise + first + "\n" + noise + second + noise;
        int a = noise.length();
        int b = a + first.length() + 1 + noise.length();
        List<Span> spans = List.of(new Span("body", a, a + first.length()),
                new Span("captions", b, b + second.length()));
        checkInvariants(raw, spans);
    }

    @Property(tries = 300)
    void neverThrowsOnArbitraryText(@ForAll("mixed") String raw) {
        checkInvariants(raw, List.of(new Span("body", 0, raw.length())));
    }

    /** A sample the property once found: digit groups that a comma both splits and joins. */
    @Example
    void digitGroupsAfterACommaAreNoLooseAlternative() {
        checkInvariants("6,7,3kb:", List.of(new Span("body", 0, "6,7,3kb:".length())));
    }

    @Provide
    Arbitrary<String> mixed() {
        Arbitrary<String> numeric = Arbitraries.strings().withChars("0123456789,.-–$£%: aAmkbnst").ofMaxLength(30);
        Arbitrary<String> words = Arbitraries.of("one", "two", "hundred", "dozens", "of", "people", "killed", "and",
                "22", "injured", "at", "least", "a", "dozen", "1,200", "August", "21", "2022", "No.", "10", "-",
                "year", "old", "“", "”", "Mr.", "\n", "  ").list().ofMaxSize(25).map(l -> String.join(" ", l));
        return Arbitraries.oneOf(numeric, words, Combinators.combine(paragraphs(), numeric).as(String::concat));
    }

    private void checkInvariants(String raw, List<Span> spans) {
        Extraction found = extractor.extract(raw, spans);
        int previousEnd = -1;
        for (Figure figure : found.figures()) {
            assertThat(raw.substring(figure.start(), figure.end())).isEqualTo(figure.text());
            assertThat(figure.start()).isGreaterThanOrEqualTo(previousEnd);
            assertThat(figure.end()).isGreaterThan(figure.start());
            previousEnd = figure.end();
            Span span = spanOf(spans, figure.start(), figure.end());
            assertThat(span).as("figure inside a span: " + figure).isNotNull();
            assertThat(figure.section()).isEqualTo(span.section());
            assertThat(raw.substring(span.start(), span.end())).contains(figure.sentence());
            assertThat(figure.sentence()).contains(figure.text());
            assertThat(figure.unit()).isNotEmpty();
            // only a measure or percentage falls below zero ("minus 8 degrees", "-0.1%")
            if (!figure.kind().equals("measure") && !figure.kind().equals("percent")) {
                assertThat(figure.value().signum()).isNotNegative();
            }
        }
        List<int[]> dateRanges = new ArrayList<>();
        for (DateMention date : found.dates()) {
            assertThat(raw.substring(date.start(), date.end())).isEqualTo(date.text());
            assertThat(spanOf(spans, date.start(), date.end())).isNotNull();
            dateRanges.add(new int[] {date.start(), date.end()});
        }
        assertThat(found.figures())
                .noneMatch(f -> dateRanges.stream().anyMatch(d -> f.start() < d[1] && d[0] < f.end()));
    }

    private static Span spanOf(List<Span> spans, int start, int end) {
        return spans.stream().filter(s -> s.start() <= start && end <= s.end()).findFirst().orElse(null);
    }
}
