package io.newsenrich.text;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsenrich.model.DateMention;
import io.newsenrich.model.Figure;
import io.newsenrich.model.Json;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The seed article with spans built from its gold sections (headline, standfirst, caption texts, body paragraphs
 * located in the raw text) yields exactly the gold figures and dates.
 */
class SeedFiguresTest {

    private static final String SEED = "000_bf921deb08cbc33a";

    private static String raw;
    private static JsonNode gold;
    private static Extraction found;

    @BeforeAll
    static void extract() throws IOException {
        raw = SharedFiles.readLenient(SharedFiles.dir().resolve("seeds/" + SEED + ".txt"));
        gold = Json.mapper().readTree(Files.readString(SharedFiles.dir().resolve("gold/" + SEED + ".json")));
        found = new FigureExtractor().extract(raw, goldSpans());
    }

    private static List<Span> goldSpans() {
        JsonNode sections = gold.get("sections");
        SpanLocator spans = new SpanLocator();
        spans.locate("headline", sections.get("headline").asText());
        spans.locate("standfirst", sections.get("standfirst").asText());
        sections.get("captions").forEach(c -> spans.locate("captions", c.get("text").asText()));
        sections.get("body").forEach(p -> spans.locate("body", p.asText()));
        return spans.found;
    }

    /** Finds gold section texts in the raw text in order, as the section splitter would report them. */
    private static final class SpanLocator {
        private final List<Span> found = new ArrayList<>();
        private int from;

        void locate(String section, String text) {
            int start = raw.indexOf(text, from);
            assertThat(start).as("gold text in raw: " + text).isNotNegative();
            found.add(new Span(section, start, start + text.length()));
            from = start + text.length();
        }
    }

    @Test
    void findsExactlyTheGoldFigures() {
        JsonNode expected = gold.get("figures");
        assertThat(found.figures()).hasSize(expected.size());
        for (int i = 0; i < expected.size(); i++) {
            JsonNode want = expected.get(i);
            Figure got = found.figures().get(i);
            List<String> units = new ArrayList<>();
            want.get("unit").forEach(u -> units.add(u.asText()));
            assertThat(got.text()).isEqualTo(want.get("text").asText());
            assertThat(got.value()).isEqualByComparingTo(new BigDecimal(want.get("value").asText()));
            assertThat(got.unit()).isEqualTo(units);
            assertThat(got.kind()).isEqualTo(want.get("kind").asText());
            assertThat(got.qualifier()).isEqualTo(want.hasNonNull("qualifier") ? want.get("qualifier").asText() : null);
            assertThat(got.event()).isEqualTo(want.hasNonNull("event") ? want.get("event").asText() : null);
            assertThat(got.start()).isEqualTo(want.get("start").asInt());
            assertThat(got.end()).isEqualTo(want.get("end").asInt());
            assertThat(got.approximate()).isFalse();
            assertThat(got.section()).isEqualTo("body");
            assertThat(got.sentence()).contains(got.text());
        }
    }

    @Test
    void findsExactlyTheGoldDates() {
        List<String> expected = new ArrayList<>();
        gold.get("dates").forEach(d -> expected.add(d.get("value").asText()));
        assertThat(found.dates()).extracting(DateMention::value).isEqualTo(expected);
        assertThat(found.dates()).allMatch(d -> raw.substring(d.start(), d.end()).equals(d.text()));
    }

    @Test
    void findsNoneOfTheGoldNonFigures() {
        gold.get("notFigures").forEach(n -> assertThat(found.figures())
                .noneMatch(f -> f.text().contains(n.asText())));
    }

    @Test
    void givesEachFigureTheSentenceAroundIt() {
        assertThat(found.figures().get(4).sentence()).isEqualTo("At least one person was killed and 22 injured, and "
                + "a US-owned civilian electronics plant in western Ukraine was hit by a missile, officials said.");
    }
}
