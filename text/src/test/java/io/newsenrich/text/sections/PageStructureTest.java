package io.newsenrich.text.sections;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsenrich.model.Caption;
import io.newsenrich.model.Sections;
import io.newsenrich.text.SectionSplitter;
import io.newsenrich.text.SplitArticle;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Decisions the page structure makes: headline, standfirst, repeats, name-only lines, bios, empty and odd input. */
class PageStructureTest {

    private final SectionSplitter splitter = new SectionSplitter();

    private Sections split(String raw) {
        SplitArticle split = splitter.split(raw);
        CorpusSectionsTest.assertSpansMatchSections(raw, split, raw);
        return split.sections();
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {"", " ", "\n\n\n", "\r\n\u00A0\r\n", "\uFEFF", "\u2022\n\u2022"})
    void emptyTextGivesAnEmptyRecord(String raw) {
        assertThat(split(raw)).isEqualTo(new Sections(null, null, List.of(), List.of(), List.of(), List.of(),
                List.of(), null, null));
    }

    @Test
    void nullTextIsEmptyText() {
        assertThat(splitter.split(null).sections().body()).isEmpty();
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {"Just one line of text without any structure.", "lorem ipsum",
        "A single paragraph. It has several sentences. None of them is a title."})
    void aSingleLineIsBody(String raw) {
        Sections sections = split(raw);
        assertThat(sections.headline()).isNull();
        assertThat(sections.body()).containsExactly(raw);
    }

    @Test
    void textThatIsNotAnArticleStillYieldsARecord() {
        String raw = "public static void main(String[] args) {\n    System.out.println(\"hi\");\n}\n";
        Sections sections = split(raw);
        assertThat(sections.headline()).isEqualTo("public static void main(String[] args) {");
        // a line without a letter or digit ("}") is layout, not text
        assertThat(sections.body()).containsExactly("System.out.println(\"hi\");");
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {"Skip to main content", "Advertisement", "Updated 2 hours ago", "Politics", "U.S.",
        "Home\nWorld\nEurope", "China/ Diplomacy", "Nation & World", "German economy", "Metro Manila",
        "Dawn Logo", "Israel & the Region", "Live Cricket Scores\nSeries\nTeams", "Home / News / World",
        "Home > Sport > Cricket", "News24 | News", "Subscribe\nSign In\nNew Zealand\nPolitics",
        "Home \u00bb Companies & Markets \u00bb Strike spreads to railways across the north of the country",
        "You are here: Home > News > Local News", "Opinion\nRural\nHome / Example Times-Age"})
    void chromeAndSectionLabelsAboveTheHeadlineAreSkipped(String chrome) {
        Sections sections = split(chrome + "\n\nStrike spreads to railways\n\nThousands joined the strike.\n");
        assertThat(sections.headline()).isEqualTo("Strike spreads to railways");
        assertThat(sections.body()).containsExactly("Thousands joined the strike.");
        assertThat(sections.captions()).isEmpty();
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {"Democracy Dies in Darkness", "Example News - back to home",
        "Exclusive news and analysis for professionals"})
    void aTaglineOverAMenuIsNoHeadline(String tagline) {
        Sections sections = split(tagline + "\nPolitics\nCongress\nHealth\nStrike spreads to railways across the north\n"
                + "Thousands joined the strike on Monday.\nThe union said more action was planned.\n");
        assertThat(sections.headline()).isEqualTo("Strike spreads to railways across the north");
        assertThat(sections.body()).containsExactly("Thousands joined the strike on Monday.",
                "The union said more action was planned.");
    }

    private static final String POOL_FIRST = "The swimming pool at the leisure centre will stay closed until at least "
            + "September, after engineers found more damage to the roof than first expected.";
    private static final String POOL_SECOND = "The council said the repairs would cost more than twice the sum set "
            + "aside in January.";

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {"Posted: March 14, 2025 1:05 pm", "By Jane Doe"})
    void theTitleOverTheBylineEndsAMenuNoLabelTestKnows(String byline) {
        Sections sections = split("Example Radio\nListen Live\nNews\nDeath Notices\nTop Stories\n"
                + "Pool closure extended to September as roof repairs widen\n" + byline + "\n" + POOL_FIRST + "\n"
                + POOL_SECOND + "\n");
        assertThat(sections.headline()).isEqualTo("Pool closure extended to September as roof repairs widen");
        assertThat(sections.body()).containsExactly(POOL_FIRST, POOL_SECOND);
    }

    @Test
    void aMottoUnderTheLogoIsNoTitleWhenATitleStandsOverTheAuthors() {
        String title = "University to end late-night bus service in May, citing driver shortage";
        Sections sections = split("The Example Daily\nOne hundred and thirty years of editorial freedom\nNews\n"
                + "Sports\nOpinion\nCampus Life\n" + title + "\nJane Doe\nDaily Staff Reporter\n"
                + "Published March 14, 2025\n" + POOL_FIRST + "\n" + POOL_SECOND + "\n");
        assertThat(sections.headline()).isEqualTo(title);
        assertThat(sections.body()).containsExactly(POOL_FIRST, POOL_SECOND);
    }

    @Test
    void aMottoWithAYearIsNoTitleWhenABareDateClosesTheAuthors() {
        String title = "Kirkwall bakery wins prize for its bere bannock";
        String caption = "The bakers with the winning bannocks in their shop. (Picture: Jane Roe)";
        Sections sections = split("The Example\nExample's newspaper since 1854\nNews\nSport\nFarming\n" + caption
                + "\n" + title + "\nJane Doe\nReporter\nMarch 14, 2025\n" + POOL_FIRST + "\n" + POOL_SECOND + "\n");
        assertThat(sections.headline()).isEqualTo(title);
        assertThat(sections.byline()).containsExactly("Jane Doe");
        assertThat(sections.captions()).hasSize(1);
        assertThat(sections.body()).containsExactly(POOL_FIRST, POOL_SECOND);
    }

    @Test
    void aPullQuoteRepeatingANearbyParagraphIsNoParagraph() {
        String source = "\u201cYou don\u2019t own a root cellar. You keep it for the next ones,\u201d she said, and "
                + "locked the door.";
        String pull = "\u201cYou don\u2019t own a root cellar. You keep it for the next ones.\u201d";
        String alone = "\u201cWe will rebuild it together, stone by stone.\u201d";
        Sections sections = split("Villagers restore the old root cellar\n\n" + POOL_FIRST + "\n\n" + pull + "\n\n"
                + source + "\n\n" + alone + "\n\n" + POOL_SECOND + "\n");
        assertThat(sections.body()).containsExactly(POOL_FIRST, source, alone, POOL_SECOND);
    }

    @Test
    void aNameInCapitalsOverItsPlaceUnderTheTitleIsTheByline() {
        String title = "Youth group turns old coral-stone house into crafts cafe";
        Sections sections = split("The Example Tribune\nFriday, March 14, 2025\nDoha 24°C\nNews\nBusiness\nSports\n"
                + title + "\nJANE AL-DOE\nDOHA\nMarch 14, 2025 | 7:40 PM\n" + POOL_FIRST + "\n" + POOL_SECOND + "\n");
        assertThat(sections.headline()).isEqualTo(title);
        assertThat(sections.byline()).containsExactly("JANE AL-DOE");
        assertThat(sections.body()).containsExactly(POOL_FIRST, POOL_SECOND);
    }

    @Test
    void aShortTitleOverAStandfirstOfSentencesUnderAMottoIsTheTitle() {
        String standfirst = "In a courtyard, a cooperative of women is reviving an old method. Orders now come from "
                + "far away.";
        Sections sections = split("Example Review\nA review magazine of politics and culture\nPolitics\nSociety\n"
                + "Culture\nReport\nThe bell-makers of Patan\n" + standfirst + "\nJane Doe and John Roe\n14 March 2025\n"
                + POOL_FIRST + "\n" + POOL_SECOND + "\n");
        assertThat(sections.headline()).isEqualTo("The bell-makers of Patan");
        assertThat(sections.standfirst()).isEqualTo(standfirst);
    }

    @Test
    void aShortTitleInTitleCaseOverAStandfirstAndLabelledAuthorsIsTheTitle() {
        String standfirst = "Off the coast, volunteer divers tow themselves along the seafloor to count young kelp.";
        Sections sections = split("Example Magazine\nCoastal science and societies\nSubscribe\nDonate\nOcean Science\n"
                + "Environment\nPeople\nArticle\nThe Kelp Counters\n" + standfirst + "\nAuthored by\nJane Doe\n"
                + "Photos by\nJohn Roe\nNovember 11, 2025\n" + POOL_FIRST + "\n" + POOL_SECOND + "\n");
        assertThat(sections.headline()).isEqualTo("The Kelp Counters");
        assertThat(sections.standfirst()).isEqualTo(standfirst);
        assertThat(sections.body()).containsExactly(POOL_FIRST, POOL_SECOND);
    }

    @Test
    void aMenusLastItemOverAKickerIsNoTitle() {
        String title = "Example Robotics Unveils Solar-Powered Beach-Cleaning Robot for Public Beaches";
        Sections sections = split("Example Newswire\nNewsroom\nServices\nPricing\nLogin\nSubmit a Press Release\n"
                + "Technology\n" + title + "\nPublished on: Friday, 14 March 2025 10:00 AM\n" + POOL_FIRST + "\n"
                + POOL_SECOND + "\n");
        assertThat(sections.headline()).isEqualTo(title);
    }

    @Test
    void oneCreditUnderTwoPicturesApartCreditsBoth() {
        String credit = "CREDIT: Courtesy of the Doe family";
        Sections sections = split("Seeds of a lifetime\n\nJane Doe in her garden in 1988.\n" + credit + "\n\n"
                + POOL_FIRST + "\n\nSome of the books in which she recorded every seed.\n" + credit + "\n\n"
                + POOL_SECOND + "\n");
        assertThat(sections.captions()).extracting(Caption::credit)
                .containsExactly("Courtesy of the Doe family", "Courtesy of the Doe family");
        assertThat(sections.body()).containsExactly(POOL_FIRST, POOL_SECOND);
    }

    @Test
    void aCreditUnderOneShortSentenceOverASubheadingCreditsTheSentence() {
        String caption = "A solar pump in a coconut grove near the town.";
        Sections sections = split("Why a pump maker rents out its pumps\n\n" + POOL_FIRST + "\n\n" + caption
                + "\nPhoto by Jane Doe on Example\n\nThe Story\n\n" + POOL_SECOND + "\n");
        assertThat(sections.captions()).extracting(Caption::text).containsExactly(caption);
        assertThat(sections.body()).contains(POOL_SECOND).doesNotContain(caption);
    }

    @Test
    void labelsJoinedByAPlusMakeAMenu() {
        Sections sections = split("Academic rigour, journalistic flair\nArts + Culture\nBusiness + Economy\nHealth\n"
                + "Strike spreads to railways across the north\nThousands joined the strike on Monday.\n");
        assertThat(sections.headline()).isEqualTo("Strike spreads to railways across the north");
        assertThat(sections.body()).containsExactly("Thousands joined the strike on Monday.");
    }

    @Test
    void aShortHeadlineOverOneLabelStaysTheHeadline() {
        Sections sections = split("Chelsea sack Mutu\nFootball\nChelsea have sacked Adrian Mutu after a drugs test.\n"
                + "The club said the decision was final.\n");
        assertThat(sections.headline()).isEqualTo("Chelsea sack Mutu");
    }

    @Test
    void aParagraphEndingInAQuoteEndsALinkList() {
        String quote = "The minister said: \u201cThis is a developer\u2019s charter dressed up as reform.\u201d";
        Sections sections = split("Strike spreads to railways\n\nThousands joined the strike.\n\nRead More\n"
                + "Rail fares to rise again in March\n" + quote + "\nThe union said more action was planned.\n");
        assertThat(sections.related()).containsExactly("Rail fares to rise again in March");
        assertThat(sections.body()).contains(quote);
    }

    @Test
    void aCreditOverAnUnpunctuatedLineCreditsTheCaptionBelowIt() {
        String paragraph = "Council leader Jane Doe said the increase was needed after a harsh winter.";
        Sections sections = split("Strike spreads to railways\n\nThousands joined the strike.\n\n" + paragraph
                + "\nGetty Images\nTemperatures reached 29C in parts of the North West on Tuesday\n"
                + "The union said more action was planned.\n");
        assertThat(sections.captions()).containsExactly(
                new Caption("Temperatures reached 29C in parts of the North West on Tuesday", "Getty Images"));
        assertThat(sections.body()).contains(paragraph);
    }

    @Test
    void linesOverTheHeadlineShowAWebPageWhoseSummaryIsTheStandfirst() {
        String standfirst = "Package includes grants for businesses and farmers";
        Sections sections = split("Philippines\nMetro Manila\nCabinet approves plan to rebuild flood-hit districts\n"
                + standfirst + "\nThe cabinet approved the plan on Thursday.\nOfficials said work would start soon.\n");
        assertThat(sections.headline()).isEqualTo("Cabinet approves plan to rebuild flood-hit districts");
        assertThat(sections.standfirst()).isEqualTo(standfirst);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', value = {
        "Chelsea sack Mutu|Chelsea have sacked Adrian Mutu after he failed a drugs test.",
        "Yikes!|Even the minister is worried about the pick",
        "Brentford v Southampton|Griffin Park",
        "Brexit deal agreed|Leaders hail a breakthrough after all-night talks in Brussels"})
    void aShortHeadlineOverAParagraphOrAnExclamationStaysTheHeadline(String headline, String next) {
        Sections sections = split(headline + "\n\n" + next + "\n\nThousands joined the strike.\n");
        assertThat(sections.headline()).isEqualTo(headline);
        assertThat(sections.body()).startsWith(next);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {"Updated - August 21, 2025 10:18 pm IST - BENGALURU", "21-Aug-2025",
        "Published August 22, 2025", "Bengaluru\nUpdated - April 02, 2025 at 08:41 PM."})
    void aNameOverATimestampIsTheBylineUnderTheStandfirst(String timestamp) {
        String standfirst = "Package includes grants for businesses and farmers";
        Sections sections = split("Cabinet approves plan to rebuild flood-hit districts\n" + standfirst
                + "\nK.V. Jane Doe | John Roe\n" + timestamp + "\nThe cabinet approved the plan on Thursday.\n"
                + "Officials said work would start soon.\n");
        assertThat(sections.byline()).containsExactly("K.V. Jane Doe", "John Roe");
        assertThat(sections.standfirst()).isEqualTo(standfirst);
        assertThat(sections.body()).hasSize(2);
    }

    @Test
    void aLineGoingOnFromTheBylineNamesItsSecondAuthor() {
        Sections sections = split("Fire forces evacuation of 2,300 homes\n\nBy Jane Doe | jdoe@example.com | The Example"
                + " Post\n\nand John Roe | jroe@example.com | The Example Post\n\nThe fire spread on Friday.\n\n"
                + "Officials said crews were on the ridge.\n");
        assertThat(sections.byline()).containsExactly("Jane Doe", "John Roe");
        assertThat(sections.body()).containsExactly("The fire spread on Friday.", "Officials said crews were on the ridge.");
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {"Related Topics", "Topics", "Topics:", "Keywords", "Read more on:"})
    void tagsNamingPlacesUnderATopicHeaderBelongToNoSection(String header) {
        Sections sections = split("Strike spreads to railways\n\nThousands joined the strike.\n\n" + header
                + "\nKarnataka\nTamil Nadu\nPrimary Schools\nQLD\n");
        assertThat(sections.body()).containsExactly("Thousands joined the strike.");
        assertThat(sections.related()).isEmpty();
        assertThat(sections.byline()).isEmpty();
    }

    @Test
    void tagsUnderATopicHeaderBelongToNoSection() {
        Sections sections = split("Strike spreads to railways\n\nThousands joined the strike.\n\nFiled under:\n"
                + "Congress,\nSenate,\nGovernment Shutdown\n");
        assertThat(sections.body()).containsExactly("Thousands joined the strike.");
        assertThat(sections.related()).isEmpty();
    }

    @Test
    void aLongFirstParagraphIsNoHeadline() {
        String first = "The government announced on Monday that it would raise the minimum wage by 5% from April, "
                + "a move welcomed by unions but criticised by business groups who said it would cost jobs.";
        Sections sections = split(first + "\n\nUnions said the rise did not go far enough.");
        assertThat(sections.headline()).isNull();
        assertThat(sections.body()).hasSize(2);
    }

    /** Each line is the standfirst, a paragraph of the body, or (a label) neither. */
    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', value = {
        "Workers walk out over pay as talks collapse|standfirst",
        "Union leaders say the strike will continue until the government returns to the table|standfirst",
        "Union leaders say the strike will continue until the government returns to the table.|standfirst",
        "LONDON (Reuters) - Union leaders said the strike would continue.|body",
        "LONDON \u2014 Union leaders said the strike would continue.|body",
        "Union leaders said the strike would continue. Talks broke down on Friday.|standfirst",
        "Union leaders said the strike would continue. Talks broke down on Friday. Trains stopped.|body",
        "Strike|neither",
        "workers walk out over pay as talks collapse|body"})
    void standfirstIsAOneSentenceSummaryOverACaption(String line, String section) {
        String raw = "Strike spreads to railways\n\n" + line + "\n\n"
                + "Pickets outside a depot on Monday. Photograph: Anna Kowalska/Reuters\n\n"
                + "Thousands of workers joined the strike on Monday.\n\nThe union said more action was planned.\n";
        Sections sections = split(raw);
        assertThat(sections.standfirst()).isEqualTo(section.equals("standfirst") ? line : null);
        assertThat(sections.body().contains(line)).isEqualTo(section.equals("body"));
    }

    @Test
    void repeatedLinesAreKeptOnceWhereverTheyRepeat() {
        String caption = "Pickets outside a depot on Monday. Photograph: Anna Kowalska/Reuters";
        String raw = "Strike spreads\n" + caption + "\n" + caption + "\nThousands joined the strike.\n"
                + "The union said more action was planned.\nThousands joined the strike.\n" + caption + "\n";
        Sections sections = split(raw);
        assertThat(sections.captions()).containsExactly(new Caption("Pickets outside a depot on Monday.",
                "Anna Kowalska/Reuters"));
        assertThat(sections.body()).containsExactly("Thousands joined the strike.",
                "The union said more action was planned.");
    }

    @Test
    void repeatsDifferingOnlyInSpacesOrQuotesAreRepeats() {
        String raw = "Title line\nHe said \u201cno\u201d to the plan.\nHe said \"no\" to the plan.\n"
                + "He\u00A0said \u201cno\u201d to the plan.\n";
        assertThat(split(raw).body()).containsExactly("He said \u201cno\u201d to the plan.");
    }

    @Test
    void aNameOnlyLineInsideTheBodyIsText() {
        String raw = "Cup final preview\n\nThe teams meet on Saturday.\n\nEwood Park\n\nKick-off is at 3pm.\n";
        Sections sections = split(raw);
        assertThat(sections.byline()).isEmpty();
        assertThat(sections.body()).containsExactly("The teams meet on Saturday.", "Ewood Park",
                "Kick-off is at 3pm.");
    }

    @Test
    void aBioInsideTheBodyIsText() {
        String raw = "Profile of a reporter\n\nJane Doe is a reporter for the local paper.\n\n"
                + "She has covered the council for ten years.\n";
        Sections sections = split(raw);
        assertThat(sections.authorBio()).isNull();
        assertThat(sections.body()).hasSize(2);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        "Jane Doe in Kyiv|Jane Doe",
        "Ana de la Cruz|Ana de la Cruz",
        "K Clark|-",
        "CQ-Roll Call|-"})
    void aFullNameSigningOffThePageIsItsByline(String signOff, String author) {
        String raw = "Rates rise again\n\nThe bank raised rates by 0.25 points.\n\nMarkets fell.\n\n" + signOff + "\n";
        Sections sections = split(raw);
        assertThat(sections.byline()).isEqualTo(author == null ? List.of() : List.of(author));
        assertThat(sections.body().contains(signOff)).isEqualTo(author == null);
    }

    @Test
    void aBioAfterTheBodyNamesTheAuthorAndPublisher() {
        String raw = "Rates rise again\n\nThe bank raised rates by 0.25 points.\n\n"
                + "Jane Doe is economics editor at The Example Gazette\n";
        Sections sections = split(raw);
        assertThat(sections.authorBio()).isEqualTo("Jane Doe is economics editor at The Example Gazette");
        assertThat(sections.byline()).containsExactly("Jane Doe");
        assertThat(sections.publisher()).isEqualTo("The Example Gazette");
        assertThat(sections.body()).containsExactly("The bank raised rates by 0.25 points.");
    }

    @Test
    void anAuthorBlockBeforeALinkListIsBylineAndBio() {
        String raw = "Heat records fall\n\nThe heat broke records in 40 towns.\n\nJane Doe\n\n"
                + "Jane Doe reports on politics and social affairs for Example Radio.\n\nMore heat waves are coming\n\n"
                + "How hot is too hot to work?\n";
        Sections sections = split(raw);
        assertThat(sections.byline()).containsExactly("Jane Doe");
        assertThat(sections.authorBio()).isEqualTo("Jane Doe reports on politics and social affairs for Example Radio.");
        assertThat(sections.body()).doesNotContain("Jane Doe");
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        "© 2019 The Example Post|The Example Post",
        "© 2025 EXAMPLE LLC|EXAMPLE",
        "© 2025 Example Post Publishers Ltd. All rights reserved.|Example Post",
        "Copyright 2025 The Example Times Limited. All rights reserved.|The Example Times",
        "By Jane Doe with AP, AFP|-",
        "Copyright 2019 The Associated Press. All rights reserved.|The Associated Press",
        "Follow Jane Doe on Twitter @janedoe|-",
        "Download The Example Post app|The Example Post",
        "Subscribe to The Weekly Example for full access|The Weekly Example",
        "Sign up for ENN\u2019s Wonder Theory science newsletter.|ENN",
        "Jane Doe is The Times of Example\u2019s military correspondent.|The Times of Example",
        "Jane Doe is a correspondent for The Times of Example.|The Times of Example",
        "Jane Doe is a journalist based in Rome and a contributor to The Example Times|The Example Times",
        "Find The Example Times on WhatsApp and stay up to date|The Example Times",
        "By Jane Doe and John Roe, ENN|ENN",
        "By Jane Doe, Reuters|Reuters",
        "By Jane Doe, Political Editor|-",
        "By Jane Doe, USA|-",
        "Source: Example News and news agencies|Example News",
        "Source: Reuters|-",
        "Jane Doe is Professor of Economics at Example University.|-",
        "Jane Doe is a columnist at The Example Times.|The Example Times",
        "Get the latest tech policy news in your inbox with The Example\u2019s Technology newsletter.|The Example",
        "Sign up for First Edition, our free daily newsletter|-",
        "Sign up for Morning Briefing newsletter|-",
        "Copyright© 2025, EXAMPLE PUBLISHING PVT LTD. or its affiliated companies. All rights reserved.|EXAMPLE",
        "Example Post Group © 2025|Example Post",
        "(C) Example News Agency. All Rights Reserved|Example News Agency",
        "© 2025 Example 24|Example 24",
        "Jane Doe is a health reporter for Example News. She previously covered health for the Example Tribune.|Example News",
        "Copyright Example Times 2025|Example Times",
        "Sign up for the Example Times Sport newsletter and get the latest results in your inbox.|Example Times",
        "Get the latest business news from the Gulf: sign up for the Example News Business newsletter|Example News",
        "Sign up for the Morning Briefing Sport Daily newsletter|-",
        "© 2025 Example Times Services Limited.|Example Times",
        "Jane Doe is a reporter for The Example Age.Connect via Twitter|The Example Age",
        "Jane Doe is an environment reporter at the Example & Guardian. She covers water.|Example & Guardian",
        "Jane Doe is a San Francisco Example staff writer covering crime.|San Francisco Example",
        "Jane Doe is a New York-based writer covering crime.|-",
        "Jane Doe is the Local Democracy Reporter for West Suffolk. The scheme is funded by the BBC.|-",
        "Follow Example Broadcast on Facebook and X for the latest news from the town|Example Broadcast",
        "Jane Doe joined the Example Reporter in 2019 and covers the town.|Example Reporter",
        "The Local Democracy Reporting Service is a BBC-funded public service news agency which covers councils.|-",
        "Jane Doe is a Local Democracy Reporter covering Example. The scheme is used by local news organisations.|-",
        "Jane Doe covers city hall for the Example Star. She can be reached at jdoe@example.com.|Example Star",
        "Example Times is part of Example News & Media, a trading name of Example Press Ltd|Example Times",
        "Support Free & Independent Journalism|-",
        "Jane Doe is a business reporter for the St. Example Times. Reach her at jdoe@example.com.|St. Example Times",
        "Jane Doe covers schools for the Coeur d'Example Press.|Coeur d'Example Press"})
    void publisherComesFromFurniture(String furniture, String publisher) {
        String raw = "Rates rise again\n\nThe bank raised rates by 0.25 points.\n\n" + furniture + "\n";
        assertThat(split(raw).publisher()).isEqualTo(publisher);
    }

    @Test
    void thePapersLineUnderTheAuthorsNamesThePublisher() {
        String first = "A truck driver caught with 127 kilograms of cocaine has been sentenced to eight years in prison.";
        String second = "He pleaded guilty last fall to importing cocaine.";
        Sections sections = split("Truck driver sentenced to eight years\n\nJane Doe\nExample Star\n\n" + first + "\n\n"
                + second + "\n");
        assertThat(sections.publisher()).isEqualTo("Example Star");
        assertThat(sections.byline()).containsExactly("Jane Doe");
        assertThat(sections.body()).containsExactly(first, second);
    }

    /** "By Jane Doe, Cape Example Times": a masthead's name after the comma is the outlet, and no second author. */
    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        "'By Jane Doe, Cape Example Times'|Cape Example Times",
        "'By Jane Doe, Erie Times-News'|Erie Times-News",
        "'By Jane Doe, Staff Writer'|-",
        "'By Jane Doe, Chief Reporter'|-"})
    void anOutletAfterTheBylinesCommaIsThePublisher(String byline, String publisher) {
        Sections sections = split("Rates rise again\n\n" + byline + "\n\nThe bank raised rates by 0.25 points.\n\n"
                + "Economists had expected the move.\n");
        assertThat(sections.publisher()).isEqualTo(publisher);
        assertThat(sections.byline()).containsExactly("Jane Doe");
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        "'By Jane Doe | jdoe@example.com | The Example Post'|The Example Post",
        "'Jane Doe | Evening Example Standard'|Evening Example Standard",
        "'By Jane Doe | Staff Writer'|Example",
        "'By JANE DOE in Kunming | Example Daily | Updated: 2024-03-12 09:21'|Example Daily"})
    void anOutletAfterTheBylinesBarComesBeforeTheParentCompanysCopyright(String byline, String publisher) {
        String raw = "Rates rise again\n\n" + byline + "\n\nThe bank raised rates by 0.25 points.\n\n"
                + "Economists had expected the move.\n\n\u00a9 2025 Example Holdings\n";
        assertThat(split(raw).publisher()).isEqualTo(publisher);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {"Advertisement", "Share", "Skip past newsletter promotion",
        "Published 21 August 2025, 14:06 BST", "Updated 3 hours ago: 12 minutes", "* * *", "---",
        "View image in fullscreen", "Thu 21 Aug 2025 18.06 BST", "3 minute read",
        "September 14, 202411:20 AM GMTUpdated 2 hours ago", "list of 4 items", "end of list",
        "Source: Example News and news agencies", "Share full article", "SKIP ADVERTISEMENT",
        "Listen to this article \u00b7 6:12 min Learn more", "Join our commenting forum", "Tap here",
        "Saturday 14 December 2024 18:32, UK", "https://p.example.com/p/4gX2k", "Send us your feedback",
        "Why you can trust Example News", "Sat 14 Dec 2024 at 6:02pm", "4 min", "Comment", "Share article",
        "Story continues below advertisement", "Add to your saved stories", "Topic: Bushfires",
        "This article was amended on 17 May 2024 to correct the number of villages.",
        "Issued on: 14/06/2024 - 10:22", "EXAMPLE 24 with AFP", "With agencies", "Listen | 5:32", "1 of 5",
        "Image 2 of 12", "3/10", "Sponsored", "37", "4:51", "1.0x", "142 comments", "Show comments", "Share via",
        "09/14/2025 06:00 AM EDT", "Sep 14, 2025 Updated 2 hrs ago", "Publishing date: Feb 28, 2024  \u2022  2 minute read",
        "You are the owner of this article.", "Edit Article Add New Article",
        "Feb 11, 2024  \u2022  February 11, 2024  \u2022  2 minute read  \u2022  Join the conversation",
        "Published: 10:22 BST, 14 September 2025 | Updated: 11:05 BST, 14 September 2025",
        "We use cookies to ensure that we give you the best experience on our website.",
        "The comments below have not been moderated.", "We are no longer accepting comments on this article.",
        "Comments are subject to our community guidelines, which can be viewed here.", "About the Author",
        "See more on: Senegal, World Bank", "Edited by: Jane Doe", "Sponsor Message", "4-Minute Listen",
        "5-min read", "Join now",
        "Copyright © 2025, Example Times | Terms of Service | Privacy Policy | Do Not Sell or Share My Personal Information",
        "example.com.au/news/bushfire-destroys-homes/104732106", "ExampleMarkets.com", "Advertising", "Social Sharing",
        "Listen to article", "Share on Facebook", "Share by email", "X (Twitter)", "Facebook Count", "Add a comment",
        "(END)", "Read Time: 3 mins", "3 mins to read", "3 min Reading time", "Comments are closed on this story.",
        "This content was published on September 23, 2025 - 15:30", "4 minutes", "Email address",
        "Example and Stripes \u2022 March 6, 2025", "Photo of Jane Doe", "Author Picture Icon", "Example Times, Example Media Ltd. Copyright 2025.",
        "Edited translation from Example Al-Youm",
        "Like it? Share it!", "Tagged: China, Indonesia, Mining", "Source material: Lusa/ANEPC",
        "Contact us: newsdesk@example.com", "Views: 1,284", "Address: Example street 8, Ulaanbaatar 15160",
        "Phone: +976-11-314507", "Hits: 1187",
        "There are no comments yet. Add your comment to start the conversation.",
        "Disclaimer: Example News encourages freedom of speech. The views of columnists are their own.",
        "Copyright© 2025, EXAMPLE PUBLISHING PVT LTD. or its affiliated companies. All rights reserved.",
        "Example Media Group © 2025", "(C) Example News Agency. All Rights Reserved",
        "ADVERTISEMENT: VERIFIED: It is now possible to earn in US Dollars. Click here to start earning.",
        "This is AI generated summarization, which might have errors. For context, always refer to the full article.",
        "The audio version of this article is generated by text-to-speech, a technology based on artificial intelligence.",
        "In short:", "What you need to know:", "Comments (14)", "Duration 2:04", "Advertise with Example Media.",
        "Link Copied!", "Gift Article", "Story continues", "Ad Feedback", "Site Index", "Skip to site index",
        "CORRECTION (June 4, 2025, 10:40 a.m. ET): A previous version of this article misstated the date.",
        "This story has been updated with additional developments.",
        "Copyright 2025 Example. All rights reserved. Example is not responsible for the content of external sites.",
        "\u00a92025 EXAMPLE News Network, LLC. All rights reserved. This material may not be published, broadcast, rewritten, or redistributed.",
        "Read the original article on Example Insider",
        "A version of this article appears in print on March 30, 2025, Section A, Page 1 of the New York edition with the headline: Quake Kills Hundreds. Order Reprints | Today\u2019s Paper | Subscribe"})
    void chromeBelongsToNoSection(String chrome) {
        String raw = "Rates rise again\n\nThe bank raised rates.\n\n" + chrome + "\n\nMarkets fell.\n";
        Sections sections = split(raw);
        assertThat(sections.body()).containsExactly("The bank raised rates.", "Markets fell.");
        assertThat(sections.promos()).isEmpty();
    }

    @Test
    void aCreditOnItsOwnLineMakesTheLineAboveACaption() {
        String raw = "Storm hits coast\n\nWaves crash over the sea wall in the harbour.\n(AP Photo/Jane Doe)\n\n"
                + "The storm brought winds of 100km/h.\n";
        Sections sections = split(raw);
        assertThat(sections.captions()).containsExactly(new Caption("Waves crash over the sea wall in the harbour.",
                "AP Photo/Jane Doe"));
        assertThat(sections.body()).containsExactly("The storm brought winds of 100km/h.");
    }

    @Test
    void aPhotographersCreditOnItsOwnLineMakesTheLineAboveACaptionButNotAQuotation() {
        String raw = "Storm hits coast\n\nWaves crash over the sea wall.\nJane Doe/Example Radio\nhide caption\n"
                + "\u201cWe lost everything,\u201d she said.\nJohn Roe/Example Radio\n\nThe storm brought winds of 100km/h.\n";
        Sections sections = split(raw);
        assertThat(sections.captions()).containsExactly(new Caption("Waves crash over the sea wall.",
                "Jane Doe/Example Radio"));
        assertThat(sections.body()).containsExactly("\u201cWe lost everything,\u201d she said.",
                "The storm brought winds of 100km/h.");
    }

    @Test
    void aSourcesPictureAndItsPhotographerInBracketsCreditTheCaption() {
        Sections sections = split("Strike spreads to railways\n\nThe federal courthouse in Atlanta. (Example News "
                + "photo/Jane Doe)\n\nThousands joined the strike on Monday.\n\nThe union said more action was planned.\n");
        assertThat(sections.captions()).containsExactly(new Caption("The federal courthouse in Atlanta.",
                "Example News photo/Jane Doe"));
    }

    /**
     * An embedded video's label and title over its length are no paragraphs; "Read More" repeated over each link
     * stands over each.
     */
    @Test
    void videosAndLinksBetweenParagraphsLeaveTheParagraphs() {
        Sections sections = split("Strike spreads to railways\n\nThousands joined the strike on Monday.\n\nWATCH | "
                + "Strikers march on the capital:\nStrikers march on the capital as talks fail\nDuration 1:48\n\n"
                + "Read More\nRail fares to rise again in March\n\nThe union said more action was planned.\n\n"
                + "Read More\nBus drivers to vote on pay offer\n\nTalks will resume on Friday, the union said.\n");
        assertThat(sections.body()).containsExactly("Thousands joined the strike on Monday.",
                "The union said more action was planned.", "Talks will resume on Friday, the union said.");
        assertThat(sections.related()).containsExactly("Rail fares to rise again in March",
                "Bus drivers to vote on pay offer");
    }

    /**
     * A widget's items up to its end, and titles set apart after a tight list up to the footer, are links; a card's
     * date is not, and the readers' comments end the list.
     */
    @ParameterizedTest(name = "[{index}] {1}")
    @CsvSource(delimiter = '|', value = {
        "The storm brought winds of 100km/h.\\nlist of 2 items\\nlist 1 of 2\\nFerries cancelled as gales continue"
                + "\\nlist 2 of 2\\nRoads closed across the county\\nend of list\\nForecasters expect calmer weather"
                + "\\nThe coastguard said 12 people were rescued.|Ferries cancelled as gales continue;Roads closed across"
                + " the county|The storm brought winds of 100km/h.;Forecasters expect calmer weather;The coastguard said 12"
                + " people were rescued.",
        "The storm brought winds of 100km/h.\\n\\nThe coastguard said 12 people were rescued.\\n\\nRelated\\n"
                + "Ferries cancelled as gales continue\\n\\nRoads closed across the county\\n\\nForecasters expect "
                + "calmer weather by Sunday\\n\\n\u00a9 2025 Example News|Ferries cancelled as gales continue;Roads "
                + "closed across the county;Forecasters expect calmer weather by Sunday|The storm brought winds of "
                + "100km/h.;The coastguard said 12 people were rescued.",
        "The storm brought winds of 100km/h.\\n\\nThe coastguard said 12 people were rescued.\\n\\nForecasters "
                + "expect calmer weather.\\n\\nRelated Posts\\nFerries cancelled as gales continue\\nMarch 3, 2025"
                + "\\nIn \"News\"\\nNext Post\\nRoads closed across the county\\nLeave a Reply Cancel reply"
                + "\\nComment *\\nName *"
                + "\\nPost Comment\\nSubmit a Comment\\n\u00a9 Example Times 2025. Designed by Example Web"
                + "|Ferries cancelled as gales continue;Roads closed across the county|The storm brought "
                + "winds of 100km/h.;The coastguard said 12 people were rescued.;Forecasters expect calmer weather."})
    void listsOfLinksGoOnWhileTheirItemsDo(String story, String related, String body) {
        Sections sections = split("Storm hits coast\n\n" + story.replace("\\n", "\n") + "\n");
        assertThat(sections.related()).containsExactly(related.split(";"));
        assertThat(sections.body()).containsExactly(body.split(";"));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', value = {
        "LONDON (Reuters) - The bank raised rates.|Reuters",
        "Feb 9 (Reuters) - The bank raised rates.|Reuters",
        "TAOS, N.M. (AP) \u2014 The bank raised rates.|AP",
        "(CNN) - The bank raised rates.|CNN",
        "One member of the committee (MPC) - a banker - voted to raise rates.|-"}, nullValues = "-")
    void publisherComesFromAWireDateline(String firstParagraph, String publisher) {
        String raw = "Rates rise again\n\n" + firstParagraph + "\n\nMarkets fell.\n";
        assertThat(split(raw).publisher()).isEqualTo(publisher);
    }

    @Test
    void publisherComesFromAStaffPhotoCredit() {
        String raw = "Rates rise again\n\nTraders at work. Photograph: Jane Doe/The Example Gazette\n\n"
                + "The bank raised rates.\n";
        assertThat(split(raw).publisher()).isEqualTo("The Example Gazette");
    }

    @Test
    void anAuthorsRoleEndingWithTheOutletIsNoLogo() {
        String raw = "Example Advertiser\nNews\nSport\n\nPool to reopen after repairs\n\nJane Doe\n"
                + "Reporter, Example Advertiser\n16:35, 13 MAR 2025\n\nThe pool will reopen in May after repairs.\n\n"
                + "The council said the work cost \u00a31m.\n\nSwimmers welcomed the news.\n\n"
                + "Join the Example Advertiser\u2019s WhatsApp community for the latest news\n";
        assertThat(split(raw).publisher()).isEqualTo("Example Advertiser");
    }

    @Test
    void aRepeatedCaptionSpansItsFirstOccurrence() {
        String caption = "Pickets outside a depot. Photograph: Anna Kowalska/Reuters";
        String raw = "Strike spreads\n\n" + caption + "\n" + caption + "\n\nThousands joined the strike.\n";
        SplitArticle split = splitter.split(raw);
        assertThat(split.spans()).filteredOn(span -> span.section().equals("captions")).singleElement()
                .satisfies(span -> assertThat(span.start()).isEqualTo(raw.indexOf(caption)));
    }
}
