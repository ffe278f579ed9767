package io.newsenrich.text.sections;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsenrich.model.Caption;
import io.newsenrich.model.Sections;
import io.newsenrich.text.SectionSplitter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Share and comment widgets, skip links, outlet-labelled links and credits set in capitals or over caption buttons. */
class WidgetsAndCreditsTest {

    private static final String TITLE = "Transit agencies brace for deep service cuts after lawmakers adjourn";
    private static final String FIRST = "Riders could see bus routes cut by a third from next summer.";
    private static final String SECOND = "Agency leaders said they would meet again on Monday to plan the cuts.";
    private static final String STORY = TITLE + "\n\nBy Jane Doe\n\n" + FIRST + "\n\n" + SECOND + "\n";

    private final SectionSplitter splitter = new SectionSplitter();

    private Sections split(String raw) {
        return splitter.split(raw).sections();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Click to share on Facebook (Opens in new window)",
        "Click to email a link to a friend (Opens in new window)",
        "Click to print (Opens in new window)",
        "Copied!",
        "Skip next section Related topics",
        "Originally Published: October 31, 2025 at 10:47 PM CDT",
        "Support Provided By:",
        "Please login in order to comment.",
        "Posts from this author will be added to your daily email digest and your homepage feed.",
        "See All by Jane Doe",
        "You can reach her at jane.doe@example.com.",
        "Views expressed in this article are the author's own.",
        "Last update on: Thu May 22, 2025 12:04 AM",
        "Change text size",
        "NEWSPAPER SECTION: News",
        "Do you like the content of this article?",
        "Login to comment",
        "Jakarta   ●   Tue, May 20, 2025",
        "Mar 5, 2025 3:45 PM PHT",
        "+3 ( +3 / -0 )"})
    void widgetsAreNoParagraphs(String widget) {
        Sections sections = split(STORY + "\n" + widget + "\n");
        assertThat(sections.body()).containsExactly(FIRST, SECOND);
    }

    @Test
    void aSectionLabelBeforeATimestampIsNoStandfirst() {
        Sections sections = split(TITLE + "\n\nHealth Nov 5, 2025 5:32 PM EST\n\n" + FIRST + "\n\n" + SECOND + "\n");
        assertThat(sections.standfirst()).isNull();
        assertThat(sections.body()).containsExactly(FIRST, SECOND);
    }

    @Test
    void thePointsOfAMachineSummaryAreNoParagraphs() {
        Sections sections = split(TITLE + "\n\nSummarize this article with AI\n\n\u2022 Riders face cuts.\n\n"
                + "\u2022 Leaders will meet again.\n\nThis is AI generated summarization, which may have errors.\n\n"
                + FIRST + "\n\n" + SECOND + "\n");
        assertThat(sections.body()).containsExactly(FIRST, SECOND);
    }

    /**
     * What stands over a title: a section's stamp with its comment count, a menu over a short title that ends as a
     * sentence does, a rubric over a title that opens with it.
     */
    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = ';', value = {
        "Kuchikomi\\nNATIONAL May 21 06:45 am JST 18 Comments;"
                + "Transit agencies brace for deep service cuts after lawmakers adjourn",
        "Skip to main content\\nHome\\nU.S.\\nPolitics\\nSports\\nMoney\\nSign in\\nMONEY;"
                + "Egg prices fell for the first time in months. Here's when shoppers could see relief.",
        "Example Asia\\n\\nLog in\\n\\nLatest\\n\\nBusiness\\n\\nMarkets\\n\\nInterview;"
                + "Interview: Smelter chief sees consolidation as nickel prices slump"})
    void theTitleUnderAPagesHeader(String header, String title) {
        Sections sections = split(header.replace("\\n", "\n") + "\n\n" + title + "\n\n" + FIRST + "\n\n" + SECOND + "\n");
        assertThat(sections.headline()).isEqualTo(title);
        assertThat(sections.related()).isEmpty();
        assertThat(sections.body()).containsExactly(FIRST, SECOND);
    }

    @Test
    void aDateAfterAPrepositionIsText() {
        Sections sections = split(STORY + "\nIn December 2017:\n\n" + FIRST.replace("Riders", "Drivers") + "\n");
        assertThat(sections.body()).contains("In December 2017:");
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = ';', value = {
        "Read more in Example News: Council debt passes R100bn;Council debt passes R100bn",
        "RELATED COVERAGE\\n\\nWarm winter leaves ski resorts scrambling for snow;"
                + "Warm winter leaves ski resorts scrambling for snow"})
    void aLinkBetweenParagraphsIsRelated(String lines, String link) {
        Sections sections = split(TITLE + "\n\n" + FIRST + "\n\n" + lines.replace("\\n", "\n") + "\n\n" + SECOND
                + "\n");
        assertThat(sections.related()).containsExactly(link);
        assertThat(sections.body()).containsExactly(FIRST, SECOND);
    }

    @Test
    void aCardOfTitleAndDateBetweenParagraphsIsARelatedLink() {
        String card = "Army Corps finishes debris removal in the fire zone";
        Sections sections = split(STORY + "\nCalifornia\n\n" + card + "\n\nOct. 2, 2025\n\nThe county said it would "
                + "publish the results next week.\n");
        assertThat(sections.related()).containsExactly(card);
        assertThat(sections.body()).containsExactly(FIRST, SECOND, "The county said it would publish the results next "
                + "week.");
    }

    @Test
    void storyTitlesUnderATopicHeaderAreRelatedLinks() {
        Sections sections = split(STORY + "\nExplore more\n\nGermany's trains: Why are they so late?\n\n"
                + "Germany approves record infrastructure fund\n");
        assertThat(sections.related()).containsExactly("Germany's trains: Why are they so late?",
                "Germany approves record infrastructure fund");
        assertThat(sections.body()).containsExactly(FIRST, SECOND);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
        "Jane Roe · Example News · Posted: Nov 06, 2025 4:00 AM EST | Last Updated: 3 hours ago",
        "Jane Roe / TNN / Updated: Nov 6, 2025, 08:14 IST"})
    void aMetaLineNamesItsAuthor(String meta) {
        Sections sections = split(TITLE + "\n" + meta + "\n\n" + FIRST + "\n\n" + SECOND + "\n");
        assertThat(sections.byline()).containsExactly("Jane Roe");
        assertThat(sections.standfirst()).isNull();
        assertThat(sections.body()).containsExactly(FIRST, SECOND);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
        "ByJane Roe, John Doe, and Ann Poe;Jane Roe,John Doe,Ann Poe",
        "By Jane Roe/Staff Reporter;Jane Roe",
        "WRITER: Jane Roe;Jane Roe",
        "Jane Roe (The Example Post);Jane Roe"})
    void bylineForms(String line, String names) {
        Sections sections = split(TITLE + "\n\n" + line + "\n\n" + FIRST + "\n\n" + SECOND + "\n");
        assertThat(sections.byline()).containsExactly(names.split(","));
        assertThat(sections.body()).containsExactly(FIRST, SECOND);
    }

    @Test
    void aRefereesCountryIsNoOutlet() {
        Sections sections = split(TITLE + "\n\n" + FIRST + "\n\nReferee: Jane Roe (France)\n\n" + SECOND + "\n");
        assertThat(sections.byline()).isEmpty();
    }

    @Test
    void aBioSayingWhenTheAuthorJoinedIsTheBio() {
        String bio = "Jane Doe joined the Post in 2023 and covers transport and infrastructure.";
        Sections sections = split(STORY + "\nJane Doe\n" + bio + "\n");
        assertThat(sections.authorBio()).isEqualTo(bio);
        assertThat(sections.body()).containsExactly(FIRST, SECOND);
    }

    @Test
    void footerLabelsAreNoAuthors() {
        Sections sections = split(STORY + "\nFooter Links\n\nPlatform Status\n\nStay Connected\n\nChannel Finder\n");
        assertThat(sections.byline()).containsExactly("Jane Doe");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
        "Workers at the pipeline in Hoima, in March 2025. PHOTO | AFP;Workers at the pipeline in Hoima, in March 2025.;AFP",
        "Lambton Quay will be closed to traffic in May. HOLLY ROBERTS/STUFF;Lambton Quay will be closed to traffic in May.;"
                + "HOLLY ROBERTS/STUFF"})
    void aCreditAfterTheCaptionsSentence(String line, String caption, String credit) {
        Sections sections = split(TITLE + "\n\n" + line + "\n\n" + FIRST + "\n\n" + SECOND + "\n");
        assertThat(sections.captions()).containsExactly(new Caption(caption, credit));
        assertThat(sections.body()).containsExactly(FIRST, SECOND);
    }

    @Test
    void aCreditOverCaptionButtonsCreditsTheCaptionAboveIt() {
        String caption = "A farmer walks along a dry irrigation canal on Oct. 21.";
        Sections sections = split(TITLE + "\n\n" + caption + "\nJane Roe for Example\nhide caption\ntoggle caption\n"
                + "Jane Roe for Example\n\n" + FIRST + "\n\n" + SECOND + "\n");
        assertThat(sections.captions()).containsExactly(new Caption(caption, "Jane Roe for Example"));
        assertThat(sections.body()).containsExactly(FIRST, SECOND);
    }
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "An electric vehicle battery module is displayed in Seoul on Wednesday. (Yonhap)|Yonhap",
        "A mechanic points to where a converter was cut from a car. (iStock)|iStock",
        "Seized parts are displayed at a news conference. (Example County Sheriff's Office)|Example County Sheriff's Office"})
    void aSentenceSignedWithASourceIsACaptionWhereTheArticleGoesOn(String line, String credit) {
        Sections sections = split(TITLE + "\n\nBy Jane Doe\n\n" + FIRST + "\n\n" + line + "\n\n" + SECOND + "\n");
        assertThat(sections.captions()).containsExactly(new Caption(line.substring(0, line.lastIndexOf(" (")), credit));
        assertThat(sections.body()).containsExactly(FIRST, SECOND);
        String signOff = "Rescuers said they had freed 30 people from flooded homes. (Reuters)";
        sections = split(STORY + "\n" + signOff + "\n");
        assertThat(sections.captions()).isEmpty();
        assertThat(sections.body()).containsExactly(FIRST, SECOND, signOff);
    }

    @Test
    void aLineSayingWhoIsPicturedIsACaption() {
        String caption = "Jane Doe, 71, (pictured) was persuaded to hand over her life savings over three weeks";
        Sections sections = split(TITLE + "\n\nBy Jane Roe\n\n" + FIRST + "\n\n" + caption + "\n\n" + SECOND + "\n");
        assertThat(sections.captions()).containsExactly(new Caption(caption, null));
        assertThat(sections.body()).containsExactly(FIRST, SECOND);
        String paragraph = "Jane Doe (pictured) said she had been told to hand over her savings.";
        sections = split(TITLE + "\n\nBy Jane Roe\n\n" + FIRST + "\n\n" + paragraph + "\n\n" + SECOND + "\n");
        assertThat(sections.body()).containsExactly(FIRST, paragraph, SECOND);
    }

    @Test
    void moreInformationHeadsALink() {
        String link = "The Prado opens its storerooms: 200 works that have never been exhibited";
        Sections sections = split(TITLE + "\n\nBy Jane Roe\n\n" + FIRST + "\n\nMore information\n" + link + "\n\n"
                + SECOND + "\n");
        assertThat(sections.related()).containsExactly(link);
        assertThat(sections.body()).containsExactly(FIRST, SECOND);
    }
}
