package io.newsenrich.text.sections;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsenrich.model.Sections;
import io.newsenrich.text.SectionSplitter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Bars and widgets of trending stories over and under the article, and the headers of link modules. */
class TrendingBarsAndCreditsTest {

    private static final String TITLE = "Wind-driven fire forces evacuation of 2,300 homes, destroys at least 14 structures";
    private static final String FIRST = "A fast-moving wildfire burned through foothills west of the town on Friday.";
    private static final String SECOND = "The fire had burned about 3,100 acres by Friday evening, officials said.";
    private static final String THIRD = "No injuries had been reported as of 7 p.m., the sheriff said.";
    private static final String PARAGRAPHS = FIRST + "\n\n" + SECOND + "\n\n" + THIRD + "\n";

    private final SectionSplitter splitter = new SectionSplitter();

    private Sections split(String raw) {
        return splitter.split(raw).sections();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Trending", "Top News", "MORE COVERAGE", "More in Colorado Wildfires"})
    void aWidgetsHeaderHeadsItsLinks(String header) {
        String link = "Why the state's snowpack is lagging again this spring";
        Sections sections = split(TITLE + "\n\nBy Jane Doe\n\n" + PARAGRAPHS + "\n" + header + "\n\n" + link + "\n");
        assertThat(sections.related()).containsExactly(link);
        assertThat(sections.body()).containsExactly(FIRST, SECOND, THIRD);
    }

    /**
     * Over the article a section label ends the bar of trending links, as the labels over the headline begin; under
     * it a short title is one more link.
     */
    @Test
    void aTrendingBarEndsAtTheLabelsOverTheHeadlineButAWidgetUnderTheArticleDoesNot() {
        String bar = "Why the state's snowpack is lagging again this spring\n\nThe city's new trash fees explained";
        String link = "The billionaire who wants to build a city in the desert";
        Sections sections = split("Skip to content\n\nNews\n\nPolitics\n\nSports\n\nTrending:\n\n" + bar
                + "\n\nNews\n\nColorado Wildfires\n\n" + TITLE + "\n\nBy Jane Doe\n\n" + PARAGRAPHS
                + "\nTrending\n\nTop Reads\n\n" + link + "\n");
        assertThat(sections.headline()).isEqualTo(TITLE);
        assertThat(sections.related()).contains(link);
        assertThat(sections.body()).containsExactly(FIRST, SECOND, THIRD);
    }
}
