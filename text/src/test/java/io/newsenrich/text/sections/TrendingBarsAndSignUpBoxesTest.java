package io.newsenrich.text.sections;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsenrich.model.Sections;
import java.util.List;
import io.newsenrich.text.SectionSplitter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
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
        "Most viewed", "You may like", "Latest News", "Related Headlines", "More Local News", "Popular Now",
        "Trending Nationally", "Trending Stories", "Breaking News", "Trending - News", "More Prep Football"})
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
        "Leave a Reply Cancel reply", "Story audio", "Like this:", "Be the first to comment", "Open menu",
        "Close main menu", "1.2k", "Share this Story : Council approves 1,200 homes on former store site",
        "Contact the writers at jane.doe@example.com", "Add us as a preferred source on Google",
        "Contact me with news and offers from other Example brands",
        "Do you have a story for us? Let us know by emailing news@example.com",
        "Sunday March 10 2024, 12.01am, The Example Times", "Article continues below", "Discover more",
        "Listening: Glaciers lost 2.9% of their ice in a single year", "This article is part of EXAMPLE Pro",
        "Translated from German by DeepL/ts", "Subjects:", "Contact Jane Doe: jdoe@example.com. Follow her on X @jdoe.",
        "Have a news tip? Contact Jane Doe at jdoe@example.com.", "Reach the reporter at jdoe@example.com or 555-0100.",
        "X: @janedoeEX", "Hide Ad", "Jane Doe may be reached at jdoe@example.com.",
        "Have you seen? Example star handed two-match ban after weekend clash",
        "Enjoyed this story? Support independent local journalism - become an Example Times supporter from £3 a month.",
        "Comment Guidelines", "Do you use the ferry? Let us know in the comments below.",
        "Do you have a view on this story? Write to us at letters@example.co.uk",
        "Get more from the Example News", "Name", "Your comment", "Facebook Twitter Email Print Save",
        "Story continues below photo gallery.", "Posted in News | Tagged Fermoy, River Blackwater",
        "Example Star Digital Edition", "Don't miss out - get the Example Chronicle delivered every Wednesday.",
        "Email Jane L. Doe at jdoe@example.com.", "Reach Jane Doe at jdoe@example.com or follow her on X at @jdoe.",
        "You can reach Staff Writer Jane Doe at 707-555-0100 or jane.doe@example.com.",
        "Pick up a copy of the Example Echo every Thursday, in shops across the county",
        "To leave a comment you need to create an account. All comments will be moderated before they appear.",
        "All Comments (0)",
        "This article was written by the Local Democracy Reporting Service, which is funded by the BBC.",
        "Become an Example Press subscriber and get unlimited access to local news for just £1 for the first month.",
        "4 Mar, 2025 - 00:03 2025-03-04T00:03:11+00:00 2025-03-04T00:03:11+00:00 0 Views",
        "Jan 8, 2025 Updated Jan 8, 2025", "801 Bluff St.", "222 E. 4th St.", "2301 N. Main St., Exampleton, NM 88201",
        "1901 Curve Plaza, Example Springs, CO 80487", "Staff Writer Jane Doe is at 814-555-0130.",
        "To reach Jane Doe, call 970-555-0142 or email jdoe@example.com.", "Reporter: 541-555-0129, jdoe@example.com",
        "Start a dialogue, stay on topic and be civil.", "If you don\u2019t follow the rules, your comment may be deleted.",
        "Originally published as Budget 2025: Treasurer unveils $1.3bn deficit as net debt heads for $10bn",
        "Is there more to this story? We\u2019d like to hear from you about this or any other stories. Email: news@example.com",
        "View the gallery: Tornado damage in Exampleton (32 photos)", "Twitter: @JaneDoe", "Be the first to know",
        "I\u2019m interested in (please check all that apply)", "Report Error Submit a Tip",
        "Facebook \u2022 Twitter \u2022 Email \u2022 Print", "USA TODAY NETWORK - Wisconsin",
        "Get up-to-the-minute news sent straight to your device.", "Posted in Emergency services, News",
        "Tagged crash, Example Police, Example Way", "Your notification has been saved.", "View Gallery\n\n19 Photos",
        "Help \u00b7 Terms of Service \u00b7 Your Privacy Choices \u00b7 Privacy Policy \u00b7 Site Map",
        "Read or Share this story: https://www.example.com/story/news/local/2024/05/14/budget/73612845007/",
        "Print Headline: 23 arrested in drug sweep", "$1 per week for 24 weeks*", "$4.50 per week*",
        "*Billed as $19 plus GST every four weeks. Cancel anytime.", "Mount Vernon, WA (98273)",
        "Showers early. High 51F.", "Staff Writer | March 12, 2025 1:09 AM", "Get in touch",
        "LDR is local body journalism co-funded by RNZ and NZ On Air.", "Este art\u00edculo tambi\u00e9n est\u00e1 disponible en espa\u00f1ol.",
        "I understand and agree that registration on or use of this site constitutes agreement to its user agreement.",
        "The Associated Press contributed to this report.", "\u2014 With files from The Example Press",
        "This article is free to read", "Watch Now: Related Video", "Story continues below gallery",
        "Give us your feedback\nDid we get something wrong? Let us know.", "Article was updated 2 hrs ago",
        "Readers can reach Example reporter Jane Doe at jdoe@example.com or 701-555-5500.",
        "This story has been viewed 2,341 times.", "Found a mistake in this article?\nThank you for your report!",
        "Read this news in brief form", "PHOTO GALLERY (CLICK TO ENLARGE)",
        "We care about the protection of your data. Read our Privacy Policy.",
        "Top Picks For You\nMetro Phase 3: Example to fell 1,400 trees, residents protest\n8 hill stations for a weekend",
        "Tags / Keywords:\nExample Seraya , by-election , Example Harapan",
        "Do you support the nine-day shutdown?\nYes\nNo\nVote\nView Results", "Audio Length\n00:00\n04:11",
        "View Gallery (14 Photos)", "Take Us With You", "This report by The Canadian Press was first published March 5.",
        "Latest from Example Bay Today\nExample man jailed for string of burglaries\nSchool celebrates 150 years",
        "We acknowledge Aboriginal and Torres Strait Islander peoples as the First Australians.",
        "Listening to articles is free for open-access content.",
        "Welcome to the discussion.\nKeep it Clean. Please avoid obscene, vulgar, lewd, racist or sexually-oriented "
            + "language.\nPLEASE TURN OFF YOUR CAPS LOCK.\nDon't Threaten. Threats of harming another person will not "
            + "be tolerated.\nBe Truthful. Don't knowingly lie about anyone or anything.",
        "Part of the USA TODAY Network", "Article Photos", "Starting at $4.62/week.", "Author email",
        "Email notifications are only sent once a day, and only if there are new matching items.",
        "Our journalists work hard to provide local, up-to-date news to the community. This is how you can access our "
            + "trusted content:",
        "POLL\nHave you had to wait more than 12 hours in A&E in the last year?\nYes\nNo\nVote now",
        "Online Poll\nWould you ride the bus if it were free?\nYes\nNo\nMaybe\nVote\nView Results",
        "Most Popular\nArticles\nImages"
        + "\nExample man charged after crash on Route 101\nBoard approves $1.1 million for roads",
        "Top Videos\n\nLatest Example County\nMan (23) charged after \u00a380,000 of cannabis found in car"})
    void pageFurnitureBetweenParagraphsIsNoText(String furniture) {
        Sections sections = split(TITLE + "\n\nBy Jane Doe\n\n" + FIRST + "\n\n" + furniture + "\n\n" + SECOND
                + "\n\n" + THIRD + "\n");
        assertThat(sections.body()).containsExactly(FIRST, SECOND, THIRD);
    }

    @ParameterizedTest(name = "[{index}] 1{0}")
    @ValueSource(strings = {"", ".", ")"})
    void aNumberedListsTitlesAreLinksAlsoWhenTheyEndAsSentences(String mark) {
        String sentences = "The 2024 map is shifting. Here's where.";
        String link = "Inside the Senate's quiet scramble over the budget";
        String labelled = "Pictures: Carnival crowns its 2025 queen";
        Sections sections = split(TITLE + "\n\nBy Jane Doe\n\n" + PARAGRAPHS + "\nMost Read\n1" + mark + "\n" + link
                + "\n2" + mark + "\n" + sentences + "\n3" + mark + "\n" + labelled + "\n4" + mark + "\n" + link
                + " again\n");
        assertThat(sections.related()).containsExactly(link, sentences, labelled, link + " again");
        assertThat(sections.body()).containsExactly(FIRST, SECOND, THIRD);
    }

    @Test
    void theAuthorsNameUnderAListOfTheirStoriesHeadsTheLinks() {
        String first = "Showground to host national dog show";
        String second = "Primary school rated good by inspectors";
        Sections sections = split(TITLE + "\n\nBy Jane Doe\n\n" + PARAGRAPHS + "\nMore by this author\nJane Doe\n"
                + first + "\n" + second + "\n");
        assertThat(sections.related()).containsExactly(first, second);
        assertThat(sections.body()).containsExactly(FIRST, SECOND, THIRD);
        assertThat(sections.byline()).containsExactly("Jane Doe");
    }

    /** "1. Title" under "Most read": the rank goes, as a list's mark does; "10 things to do" keeps its number. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "1. Carnival to return in July with new route|Carnival to return in July with new route",
        "2) Police hunt for thieves after break-in|Police hunt for thieves after break-in",
        "3 Man dies in crash on A12|Man dies in crash on A12",
        "10 things to do this weekend|10 things to do this weekend",
        "100 Days of the new council|100 Days of the new council"})
    void aRankBeforeATitleInALinkListIsNoPartOfIt(String item, String link) {
        Sections sections = split(TITLE + "\n\nBy Jane Doe\n\n" + PARAGRAPHS + "\nMost Read\n" + item + "\n"
                + "Bridge wins national engineering award\n");
        assertThat(sections.related()).containsExactly(link, "Bridge wins national engineering award");
        assertThat(sections.body()).containsExactly(FIRST, SECOND, THIRD);
    }

    /**
     * A sign-up box's notices ("A welcome email is on its way ...") and a subscription box's offers ("Unlimited online
     * access ...") or prices ("(min cost $0)") between the box's promos.
     */
    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        "Sign up to receive the daily top stories from the Example Post.\\nThanks for signing up!"
                + "|A welcome email is on its way. If you don't see it, please check your junk folder."
                + "|The next issue of Example Post Top Stories will soon be in your inbox."
                + "\\nWe encountered an issue signing you up. Please try again",
        "Subscribe now to read the latest news in your city."
                + "|Exclusive articles by Jane Doe, John Roe and others, news, events and more."
                + "\\nUnlimited online access to articles from across the country with one account."
                + "|SUBSCRIBE TO UNLOCK MORE ARTICLES",
        "Subscribe now for unlimited access.\\nLogin or signup to continue reading|$0/\\n(min cost $0)"
                + "|or signup to continue reading\\nSee subscription options"})
    void theNoticesOfABoxBetweenItsPromosArePromos(String opening, String notices, String closing) {
        List<String> lines = List.of(notices.split("\\\\n"));
        Sections sections = split(TITLE + "\n\nBy Jane Doe\n\n" + FIRST + "\n\n" + lines(opening) + "\n\n"
                + lines(notices) + "\n\n" + lines(closing) + "\n\n" + SECOND + "\n\n" + THIRD + "\n");
        assertThat(sections.promos()).containsAll(lines);
        assertThat(sections.body()).containsExactly(FIRST, SECOND, THIRD);
    }

    private static String lines(String cell) {
        return cell.replace("\\n", "\n\n");
    }

    @Test
    void aShortParagraphThatSpeaksToNoReaderStaysText() {
        String paragraph = "The fire had reached the ridge by noon.";
        Sections sections = split(TITLE + "\n\nBy Jane Doe\n\n" + FIRST + "\n\nSign up for our newsletter.\n\n"
                + paragraph + "\n\nDownload our app to get alerts.\n\n" + SECOND + "\n\n" + THIRD + "\n");
        assertThat(sections.body()).containsExactly(FIRST, paragraph, SECOND, THIRD);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"The hotline is at 814-555-0130.", "He said the shop at 10 Main Street would close.",
        "More to come", "Breaking news: the bridge has reopened to traffic, police said.",
        "Tagged as a risk, the bridge will close.", "Six thoughts on the matter were shared by residents.",
        "Updated figures show the town grew by 2,000 people."})
    void aSentenceWithAPhoneNumberOrAnAddressStaysText(String paragraph) {
        Sections sections = split(TITLE + "\n\nBy Jane Doe\n\n" + FIRST + "\n\n" + paragraph + "\n\n" + SECOND
                + "\n\n" + THIRD + "\n");
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
