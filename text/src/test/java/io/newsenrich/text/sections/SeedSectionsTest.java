package io.newsenrich.text.sections;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsenrich.model.Caption;
import io.newsenrich.model.Json;
import io.newsenrich.model.Sections;
import io.newsenrich.text.SectionSplitter;
import io.newsenrich.text.Span;
import io.newsenrich.text.SplitArticle;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The seed article must split exactly into its gold sections. */
class SeedSectionsTest {

    private static final String SEED = "000_bf921deb08cbc33a";

    private static String raw;
    private static Sections gold;
    private static SplitArticle split;

    @BeforeAll
    static void splitSeed() throws Exception {
        raw = SharedFiles.read(SharedFiles.root().resolve("seeds").resolve(SEED + ".txt"));
        JsonNode goldFile = Json.mapper().readTree(SharedFiles.read(SharedFiles.root().resolve("gold")
                .resolve(SEED + ".json")));
        gold = Json.mapper().treeToValue(goldFile.get("sections"), Sections.class);
        split = new SectionSplitter().split(raw);
    }

    @Test
    void headlineStandfirstAndCaptionsMatchGold() {
        assertThat(split.sections().headline()).isEqualTo(gold.headline());
        assertThat(split.sections().standfirst()).isEqualTo(gold.standfirst());
        assertThat(split.sections().captions()).containsExactlyElementsOf(gold.captions());
    }

    @Test
    void bodyHoldsTheGoldParagraphsInOrder() {
        assertThat(gold.body()).hasSize(23);
        assertThat(split.sections().body()).containsExactlyElementsOf(gold.body());
    }

    @Test
    void furnitureMatchesGold() {
        Sections sections = split.sections();
        assertThat(sections.related()).containsExactlyElementsOf(gold.related());
        assertThat(sections.promos()).containsExactlyElementsOf(gold.promos());
        assertThat(sections.byline()).containsExactlyElementsOf(gold.byline());
        assertThat(sections.authorBio()).isEqualTo(gold.authorBio());
        assertThat(sections.publisher()).isEqualTo(gold.publisher());
    }

    @Test
    void wholeSectionsEqualGold() {
        assertThat(split.sections()).isEqualTo(gold);
    }

    @Test
    void spansCoverExactlyTheFigureBearingTextInOrder() {
        List<String> expected = new ArrayList<>();
        expected.add(gold.headline());
        expected.add(gold.standfirst());
        gold.captions().stream().map(Caption::text).forEach(expected::add);
        expected.addAll(gold.body());
        List<String> spanned = split.spans().stream().map(span -> raw.substring(span.start(), span.end())).toList();
        assertThat(spanned).containsExactlyElementsOf(expected);
        assertThat(split.spans()).extracting(Span::section).startsWith("headline", "standfirst", "captions", "body");
        assertThat(split.spans()).isSortedAccordingTo((a, b) -> Integer.compare(a.start(), b.start()));
    }
}
