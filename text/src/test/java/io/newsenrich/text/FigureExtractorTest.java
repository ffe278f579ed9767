package io.newsenrich.text;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsenrich.model.Analysis;
import io.newsenrich.model.Figure;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The extractor's contract with the section splitter: it reads only the spans and reports raw offsets. */
class FigureExtractorTest {

    private final FigureExtractor extractor = new FigureExtractor();

    @Test
    void readsOnlyInsideTheSpans() {
        String raw = "Join 5 million readers today\n\nTen soldiers were killed.\n\nSign up for 3 newsletters";
        int body = raw.indexOf("Ten");
        Extraction found = extractor.extract(raw, List.of(new Span("body", body, body + 25)));
        assertThat(found.figures()).extracting(Figure::text).containsExactly("Ten soldiers were killed");
        assertThat(found.figures().get(0).start()).isEqualTo(body);
    }

    @Test
    void givesEachFigureItsSpansSection() {
        String raw = "Five Killed In Market Blast\nRescuers freed 12 survivors. Photograph: AP\nIt took 3 days.";
        int caption = raw.indexOf("Rescuers");
        int body = raw.indexOf("It took");
        Extraction found = extractor.extract(raw, List.of(new Span("headline", 0, 27),
                new Span("captions", caption, caption + 28), new Span("body", body, raw.length())));
        assertThat(found.figures()).extracting(Figure::section).containsExactly("headline", "captions", "body");
        assertThat(found.figures()).extracting(Figure::text).containsExactly("Five Killed", "12 survivors", "3 days");
        assertThat(found.figures().get(1).sentence()).isEqualTo("Rescuers freed 12 survivors.");
    }

    @Test
    void cutsFiguresAtTheSpanEnd() {
        String raw = "The convoy carried 40 people";
        Extraction found = extractor.extract(raw, List.of(new Span("body", 0, raw.indexOf(" people"))));
        assertThat(found.figures()).isEmpty();
    }

    @Test
    void survivesSpansThatStrayPastTheText() {
        String raw = "Ten soldiers were killed.";
        Extraction found = extractor.extract(raw, List.of(new Span("body", -5, 400), new Span("body", 9, 3)));
        assertThat(found.figures()).extracting(Figure::text).containsExactly("Ten soldiers were killed");
    }

    @Test
    void findsNothingWithoutSpans() {
        assertThat(extractor.extract("Ten soldiers were killed in 2022.", List.of()).figures()).isEmpty();
    }

    @Test
    void keepsFiguresOfOneSentenceApartFromTheNext() {
        String raw = "Police met one\nyear-long campaigner. Two died.";
        Extraction found = extractor.extract(raw, List.of(new Span("body", 0, raw.length())));
        assertThat(found.figures()).extracting(Figure::text).containsExactly("Two died");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            Five Killed In Market Blast          | Five Killed
            Police Arrest 40 Fans After Match    | 40 Fans
            Russia fires 40 missiles at Kyiv     | 40 missiles
            """)
    void readsHeadlinesInTitleCaseAndSentenceCase(String headline, String figure) {
        Extraction found = extractor.extract(headline, List.of(new Span("headline", 0, headline.length())));
        assertThat(found.figures()).extracting(Figure::text).containsExactly(figure);
    }

    @Test
    void analyzerWiresSectionsToFigures() {
        Analysis analysis = new ArticleAnalyzer().analyze("Blast kills 12\n\nThe blast killed 12 people in 2022.");
        assertThat(analysis.figures()).extracting(Figure::text).contains("12 people");
        assertThat(analysis.dates()).extracting(d -> d.value()).containsExactly("2022");
    }
}
