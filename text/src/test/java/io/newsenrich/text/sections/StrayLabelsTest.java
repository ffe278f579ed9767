package io.newsenrich.text.sections;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsenrich.model.Sections;
import io.newsenrich.text.SectionSplitter;
import org.junit.jupiter.api.Test;

/**
 * Short unpunctuated lines on a page with furniture: subheadings between paragraphs stay body; the same shape before
 * the first paragraph, after the last or in a run of three is furniture.
 */
class StrayLabelsTest {

    private static final String HEADER = "Coalition split over energy credits as minister warns of no room\n\n"
            + "By Jane Doe\n\n";
    private static final String FIRST = "A split has emerged at the Cabinet table over energy credits.";
    private static final String SECOND = "Ministers have insisted that blanket supports must come to an end.";

    private final SectionSplitter splitter = new SectionSplitter();

    private Sections split(String raw) {
        return splitter.split(raw).sections();
    }

    @Test
    void aSubheadingBetweenParagraphsIsBody() {
        Sections sections = split(HEADER + FIRST + "\n\nWhat happens next\n\n" + SECOND + "\n");
        assertThat(sections.body()).containsExactly(FIRST, "What happens next", SECOND);
    }

    @Test
    void labelsBeforeTheFirstParagraphAndAfterTheLastAreFurniture() {
        Sections sections = split(HEADER + "Ottawa\n\nListen In English\n\n" + FIRST + "\n\n" + SECOND
                + "\n\n4,102\n\nEnergy Bills\n\nTerms and Conditions\n");
        assertThat(sections.body()).containsExactly(FIRST, SECOND);
    }

    @Test
    void aRunOfThreeLabelsBetweenParagraphsIsAMenu() {
        Sections sections = split(HEADER + FIRST + "\n\nLarge\n\nMedium\n\nSmall\n\n" + SECOND + "\n");
        assertThat(sections.body()).containsExactly(FIRST, SECOND);
    }

    @Test
    void anAnnouncedOrNumberedListIsTheArticlesOwn() {
        String announced = "The states that passed the law are:";
        Sections sections = split(HEADER + announced + "\nCalifornia\nOregon\nNew York\n" + SECOND + "\n");
        assertThat(sections.body()).containsExactly(announced, "California", "Oregon", "New York", SECOND);
        sections = split(HEADER + FIRST + "\n1 Roger Federer\n2 Andy Roddick\n3 Lleyton Hewitt\n" + SECOND + "\n");
        assertThat(sections.body()).containsExactly(FIRST, "1 Roger Federer", "2 Andy Roddick", "3 Lleyton Hewitt",
                SECOND);
    }

    @Test
    void aFactBoxPairIsText() {
        Sections sections = split(HEADER + FIRST + "\n\nAge: 30 years\n");
        assertThat(sections.body()).containsExactly(FIRST, "Age: 30 years");
    }

    @Test
    void aPlainArticleKeepsEveryLine() {
        String raw = "Cup final preview\n\nEwood Park\n\nTuesday, 1 March\n\n" + FIRST + "\n\nArsenal v Stoke\n\n"
                + "Derby v Wigan\n\nHull v Colchester\n\nHoward Webb (South Yorkshire)\n";
        assertThat(split(raw).body()).containsExactly("Ewood Park", "Tuesday, 1 March", FIRST, "Arsenal v Stoke",
                "Derby v Wigan", "Hull v Colchester", "Howard Webb (South Yorkshire)");
    }
}
