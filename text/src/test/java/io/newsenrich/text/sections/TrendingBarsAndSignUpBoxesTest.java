package io.newsenrich.text.sections;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsenrich.model.Sections;
import io.newsenrich.text.SectionSplitter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Bars and widgets of trending stories over and under the article, the headers of link modules, and the furniture of
 * sign-up boxes, ad slots and comment forms.
 */
class TrendingBarsAndSignUpBoxesTest {

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
    @ValueSource(strings = {"Trending", "Top News", "MORE COVERAGE", "More in Colorado Wildfires", "More cricket",
        "RELATED STORIES FROM THE EXAMPLE HERALD", "Popular Stories", "Previous Story", "Next Story",
        "Most viewed", "You may like", "Latest News", "Related Headlines", "More Local News", "Popular Now"})
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

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Article content", "Story continues below", "Advertisement 2", "Expand", "Register",
        "Have your say...", "Author of the article:", "Video Player is loading.",
        "Share this article in your social network",
        "This advertisement has not loaded yet, but your article continues below.",
        "You can save this article by registering for free here. Or sign-in if you have an account.",
        "You must be logged in to join the discussion or read more comments.",
        "Comments have to be in English, and in full sentences. They cannot be abusive or personal.",
        "We have migrated to a new commenting platform. If you are already a registered user, you may need to log in.",
        "Only have a minute? Listen instead", "Powered by Example Audio", "Audio Length: 4 minutes",
        "Article continues below this ad", "Submitting...", "Email (required)", "Read this article for free:", "or",
        "Disclaimer", "Sorry, there seem to be some issues. Please try again later.",
        "If you purchase a product or register for an account through a link on our site, we may receive compensation.",
        "This article contains affiliate links. We may earn a small commission on items purchased through it.",
        "Comments expressed here do not reflect the opinions of Example Newspapers or any employee thereof.",
        "Story continues below this ad", "Short link:", "Reporter:", "Publication date 14 March 2025 | 10:21 ICT",
        "Donate to The Example Tribune",
        "Editor\u2019s note \u2022 This story is part of the Example Tribune\u2019s series on water.",
        "Editor's note: This story has been updated with the latest figures.",
        "By participating in online discussions you acknowledge that you have agreed to the terms of service.",
        "Do you want to respond to this article? If so, click here to submit your thoughts.",
        "Don't miss a thing \u2013 sign up to the Example newsletter and follow us on Facebook.",
        "All quotes delayed a minimum of 15 minutes. See here for a complete list of exchanges and delays.",
        "Leave a Reply Cancel reply", "Story audio", "Like this:", "Be the first to comment"})
    void pageFurnitureBetweenParagraphsIsNoText(String furniture) {
        Sections sections = split(TITLE + "\n\nBy Jane Doe\n\n" + FIRST + "\n\n" + furniture + "\n\n" + SECOND
                + "\n\n" + THIRD + "\n");
        assertThat(sections.body()).containsExactly(FIRST, SECOND, THIRD);
    }

    @Test
    void theNoticesOfASignUpBoxBetweenItsPromosArePromos() {
        String welcome = "A welcome email is on its way. If you don't see it, please check your junk folder.";
        String failure = "We encountered an issue signing you up. Please try again";
        Sections sections = split(TITLE + "\n\nBy Jane Doe\n\n" + FIRST + "\n\nSign up to receive the daily top "
                + "stories from the Example Post.\n\nThanks for signing up!\n\n" + welcome + "\n\nThe next issue of "
                + "Example Post Top Stories will soon be in your inbox.\n\n" + failure + "\n\n" + SECOND + "\n\n"
                + THIRD + "\n");
        assertThat(sections.promos()).contains(welcome, failure);
        assertThat(sections.body()).containsExactly(FIRST, SECOND, THIRD);
    }

    @Test
    void aShortParagraphThatSpeaksToNoReaderStaysText() {
        String paragraph = "The fire had reached the ridge by noon.";
        Sections sections = split(TITLE + "\n\nBy Jane Doe\n\n" + FIRST + "\n\nSign up for our newsletter.\n\n"
                + paragraph + "\n\nDownload our app to get alerts.\n\n" + SECOND + "\n\n" + THIRD + "\n");
        assertThat(sections.body()).containsExactly(FIRST, paragraph, SECOND, THIRD);
    }

    @Test
    void anAppealWhoseFirstSentenceAsksForSupportIsAPromo() {
        String appeal = "Example needs your support. Become an Example Member and back independent journalism.";
        Sections sections = split(TITLE + "\n\nBy Jane Doe\n\n" + PARAGRAPHS + "\n" + appeal + "\n");
        assertThat(sections.promos()).containsExactly(appeal);
        assertThat(sections.body()).containsExactly(FIRST, SECOND, THIRD);
    }
}
