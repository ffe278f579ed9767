package io.newsenrich.text.sections;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Whole synthetic pages in the layouts copied news comes in, each crossed with many realistic variants of one kind of
 * furniture, asserting the complete sections and spans.
 */
class PageLayoutsTest {

    private static final List<String> LINE_ENDS = List.of("\n", "\r\n");

    /** line, caption text, credit. */
    private static final List<String[]> CAPTIONS = List.of(
            new String[] {"Residents shelter in an underground car park during an air raid. Photograph: Anna Kowalska/Reuters",
                "Residents shelter in an underground car park during an air raid.", "Anna Kowalska/Reuters"},
            new String[] {"Residents shelter in an underground car park during an air raid Photograph: Anna Kowalska/AFP via Getty Images",
                "Residents shelter in an underground car park during an air raid", "Anna Kowalska/AFP via Getty Images"},
            new String[] {"Emergency workers clear rubble in the city centre. Photo: Tom Brennan/AP",
                "Emergency workers clear rubble in the city centre.", "Tom Brennan/AP"},
            new String[] {"Emergency workers clear rubble in the city centre. Picture: Collins Photo Agency",
                "Emergency workers clear rubble in the city centre.", "Collins Photo Agency"},
            new String[] {"Emergency workers clear rubble in the city centre (REUTERS/Maria Ortiz)",
                "Emergency workers clear rubble in the city centre", "REUTERS/Maria Ortiz"},
            new String[] {"Emergency workers clear rubble in the city centre. REUTERS/Maria Ortiz",
                "Emergency workers clear rubble in the city centre.", "REUTERS/Maria Ortiz"},
            new String[] {"Smoke rises above the port after the strike. Getty Images",
                "Smoke rises above the port after the strike.", "Getty Images"},
            new String[] {"Smoke rises above the port after the strike. Lena Fischer/AFP via Getty Images",
                "Smoke rises above the port after the strike.", "Lena Fischer/AFP via Getty Images"},
            new String[] {"Smoke rises above the port after the strike. Image: Regional Emergency Service",
                "Smoke rises above the port after the strike.", "Regional Emergency Service"},
            new String[] {"Smoke rises above the port after the strike (Photo by Lena Fischer/Getty Images)",
                "Smoke rises above the port after the strike", "Lena Fischer/Getty Images"},
            new String[] {"Smoke\u00A0rises above the port after the strike.\u00A0Photograph:\u00A0Lena Fischer/EPA",
                "Smoke\u00A0rises above the port after the strike.", "Lena Fischer/EPA"},
            new String[] {"Smoke rises above the port after the strike, May 2, 2024. (Lena Fischer/Flash90)",
                "Smoke rises above the port after the strike, May 2, 2024.", "Lena Fischer/Flash90"});

    /** line, promo text. */
    private static final List<String[]> PROMOS = List.of(
            new String[] {"  \u2022 Join The Daily Ledger on WhatsApp and stay up to date", "Join The Daily Ledger on WhatsApp and stay up to date"},
            new String[] {"\u2022 Sign up for breaking news alerts delivered straight to your phone", "Sign up for breaking news alerts delivered straight to your phone"},
            new String[] {"\u2022 Listen to our Morning Brief podcast every weekday", "Listen to our Morning Brief podcast every weekday"},
            new String[] {"- Subscribe to our weekly politics newsletter", "Subscribe to our weekly politics newsletter"},
            new String[] {"Download the Daily Ledger app for iPhone and Android", "Download the Daily Ledger app for iPhone and Android"},
            new String[] {"Follow us on Instagram, TikTok and X", "Follow us on Instagram, TikTok and X"},
            new String[] {"Get our free morning briefing in your inbox", "Get our free morning briefing in your inbox"},
            new String[] {"\u25AA Sign up to receive the top stories you need to know right now.", "Sign up to receive the top stories you need to know right now."});

    /** line, link text. */
    private static final List<String[]> RELATED = List.of(
            new String[] {"Life on the front line: a nurse\u2019s story\u2019Opens in new window ]", "Life on the front line: a nurse\u2019s story\u2019"},
            new String[] {"Read more: Grain exports fall as shipping routes close", "Grain exports fall as shipping routes close"},
            new String[] {"READ MORE: Grain exports fall as shipping routes close", "Grain exports fall as shipping routes close"},
            new String[] {"Related: Ministers agree new budget rules", "Ministers agree new budget rules"},
            new String[] {"See also: How the power grid survived the winter", "How the power grid survived the winter"},
            new String[] {"How the power grid survived the winter Opens in new window ]", "How the power grid survived the winter"});

    private static final String[] BODY = {
        "Officials said talks between the two governments would resume next month in Geneva.",
        "The foreign minister told reporters on Tuesday that \u201cno agreement is possible without guarantees\u201d.",
        "Analysts said the comments dealt a blow to hopes of an early ceasefire.",
        "At least 12 people were killed and 30 injured in overnight strikes, regional officials said.",
        "The defence ministry said it had shot down 48 of 60 drones launched overnight."};

    private static final String BIO = "Maria Novak is Central Europe Correspondent for The Daily Ledger";

    static Stream<Arguments> captionsTimesPromos() {
        return TestLines.product(CAPTIONS, PROMOS, LINE_ENDS);
    }

    @ParameterizedTest
    @MethodSource("captionsTimesPromos")
    void webPageWithStandfirstCaptionPromosAndBio(String[] caption, String[] promo, String lineEnd) {
        new PageFixture()
                .headline("Ceasefire hopes fade as talks stall over security guarantees")
                .standfirst("Foreign minister rejects proposal for international monitors and questions the mandate of negotiators")
                .caption(caption[0], caption[1], caption[2])
                .furniture(caption[0])
                .body(BODY)
                .promo(promo[0], promo[1])
                .byline("Maria Novak", List.of("Maria Novak"))
                .furniture("Maria Novak")
                .bio(BIO, "Maria Novak")
                .publisher("The Daily Ledger")
                .assertSplits(lineEnd, true);
    }

    static Stream<Arguments> relatedLinks() {
        return TestLines.product(RELATED, LINE_ENDS, List.of(true, false));
    }

    @ParameterizedTest
    @MethodSource("relatedLinks")
    void relatedLinkBetweenParagraphsLeavesBodyContiguous(String[] link, String lineEnd, boolean blankLines) {
        new PageFixture()
                .headline("Grain prices climb as exporters halt shipments")
                .standfirst("Traders warn of shortages in importing countries as insurers withdraw cover")
                .caption("Cargo ships wait outside the harbour. Photograph: Piet de Vries/Reuters",
                        "Cargo ships wait outside the harbour.", "Piet de Vries/Reuters")
                .body(BODY[0], BODY[1])
                .related(link[0], link[1])
                .body(BODY[2], BODY[3], BODY[4])
                .assertSplits(lineEnd, blankLines);
    }

    static Stream<Arguments> bylineForms() {
        List<Object[]> forms = List.of(
                new Object[] {"By Maria Novak", List.of("Maria Novak")},
                new Object[] {"By Maria Novak and Jonas Berg", List.of("Maria Novak", "Jonas Berg")},
                new Object[] {"By Maria Novak, Jonas Berg and Ana de la Cruz", List.of("Maria Novak", "Jonas Berg", "Ana de la Cruz")},
                new Object[] {"BY MARIA NOVAK", List.of("MARIA NOVAK")},
                new Object[] {"By Maria Novak and Jonas Berg, Political Correspondents", List.of("Maria Novak", "Jonas Berg")},
                new Object[] {"By Maria Novak in Warsaw", List.of("Maria Novak")});
        return TestLines.product(forms, LINE_ENDS);
    }

    @ParameterizedTest
    @MethodSource("bylineForms")
    @SuppressWarnings("unchecked")
    void bylineUnderTheHeadline(Object[] form, String lineEnd) {
        PageFixture page = new PageFixture().headline("Warsaw hosts emergency summit on energy prices");
        String line = (String) form[0];
        List<String> expected = (List<String>) form[1];
        if (expected.isEmpty()) {
            page.body(line);
        } else {
            page.byline(line, expected);
        }
        page.body(BODY).assertSplits(lineEnd, true);
    }

    static Stream<Arguments> wireStories() {
        List<String[]> datelines = List.of(new String[] {"LONDON (Reuters) - ", "Reuters"},
                new String[] {"KYIV, Ukraine (AP) \u2014 ", "AP"}, new String[] {"PARIS (AFP) - ", "AFP"},
                new String[] {"WASHINGTON, March 3 (Reuters) - ", "Reuters"});
        List<String[]> credits = List.of(new String[] {"(Reporting by Anna Petrova; Editing by Mark Hill)", "Anna Petrova"},
                new String[] {"(Reporting by Anna Petrova in Kyiv and Jonas Berg in Moscow; Writing by Tom Reid; Editing by Mark Hill)",
                    "Anna Petrova;Jonas Berg;Tom Reid"},
                new String[] {"Additional reporting by Anna Petrova", "Anna Petrova"});
        return TestLines.product(datelines, credits, LINE_ENDS);
    }

    @ParameterizedTest
    @MethodSource("wireStories")
    void wireStoryWithDatelineCreditsAndRelatedPosts(String[] dateline, String[] credit, String lineEnd) {
        new PageFixture()
                .headline("Central bank raises rates for third time this year")
                .body(dateline[0] + BODY[0])
                .caption("Traders work on the floor of the stock exchange. REUTERS/Peter Lang",
                        "Traders work on the floor of the stock exchange.", "REUTERS/Peter Lang")
                .body(BODY[1], BODY[2])
                .byline(credit[0], List.of(credit[1].split(";")))
                .furniture("Related posts")
                .related("Oil prices slip as supply fears ease", "Oil prices slip as supply fears ease")
                .related("Bond yields hit two-year high", "Bond yields hit two-year high")
                .publisher(dateline[1])
                .assertSplits(lineEnd, true);
    }

    static Stream<Arguments> plainCorpora() {
        return TestLines.product(LINE_ENDS, List.of(1, 2, 3, 4, 5));
    }

    @ParameterizedTest
    @MethodSource("plainCorpora")
    void plainArticleIsHeadlineAndBodyOnly(String lineEnd, int paragraphs) {
        PageFixture page = new PageFixture().headline("Exporters count the cost of new tariffs");
        for (int i = 0; i < paragraphs; i++) {
            page.body(BODY[i]);
        }
        page.assertSplits(lineEnd, true);
    }

    @ParameterizedTest
    @MethodSource("plainCorpora")
    void unpunctuatedFirstParagraphOfAPlainArticleIsBody(String lineEnd, int paragraphs) {
        PageFixture page = new PageFixture().headline("Brewers turn to low-alcohol drinks")
                .body("Brewers are increasingly making money from beer-flavoured drinks rather than beer itself");
        for (int i = 0; i < paragraphs; i++) {
            page.body(BODY[i]);
        }
        page.assertSplits(lineEnd, true);
    }

    @ParameterizedTest
    @MethodSource("plainCorpora")
    void sentencePerLineArticleKeepsEveryLine(String lineEnd, int paragraphs) {
        PageFixture page = new PageFixture().headline("Make the full report public, candidates demand");
        for (int i = 0; i < paragraphs; i++) {
            page.body(BODY[i]);
        }
        page.assertSplits(lineEnd, false);
    }

    static Stream<Arguments> bbcWebCaptions() {
        List<String[]> sources = List.of(new String[] {"Image source, Getty Images", "Getty Images"},
                new String[] {"Image source, Reuters", "Reuters"},
                new String[] {"Image source, Ministry of Defence", "Ministry of Defence"});
        return TestLines.product(sources, LINE_ENDS);
    }

    @ParameterizedTest
    @MethodSource("bbcWebCaptions")
    void imageSourceLineCreditsTheCaptionUnderIt(String[] source, String lineEnd) {
        new PageFixture()
                .headline("Floods force thousands from their homes")
                .furniture(source[0])
                .caption("Image caption, Rescue teams used boats to reach stranded residents",
                        "Rescue teams used boats to reach stranded residents", source[1])
                .body(BODY)
                .assertSplits(lineEnd, true);
    }

    static Stream<Arguments> timestamps() {
        return TestLines.product(List.of("Thu 21 Aug 2025 18.06 BST", "2 hours ago", "Published 3 March 2024",
                "Last modified on Fri 22 Aug 2025 09.15 BST", "5 min read", "August 21, 2025 6:06 PM GMT+1"),
                LINE_ENDS);
    }

    @ParameterizedTest
    @MethodSource("timestamps")
    void guardianCopyWithBylinePlaceAndTimestampUnderTheCaption(String timestamp, String lineEnd) {
        new PageFixture()
                .headline("Ceasefire hopes fade as talks stall over security guarantees")
                .standfirst("Foreign minister rejects proposal for international monitors")
                .caption("Delegates arrive for talks in Geneva. Photograph: Piet de Vries/Reuters",
                        "Delegates arrive for talks in Geneva.", "Piet de Vries/Reuters")
                .byline("Maria Novak in Geneva", List.of("Maria Novak"))
                .furniture(timestamp)
                .furniture("Share")
                .body(BODY)
                .furniture("Explore more on these topics")
                .assertSplits(lineEnd, true);
    }

    static Stream<Arguments> bbcWebAuthors() {
        return TestLines.product(List.of(new String[] {"Jonas Berg", "Eastern Europe correspondent"},
                new String[] {"Ana de la Cruz", "Reporting from Lima"},
                new String[] {"Maria Novak", "Political editor"}), LINE_ENDS);
    }

    @ParameterizedTest
    @MethodSource("bbcWebAuthors")
    void bbcWebCopyWithAuthorRoleAndImageLines(String[] author, String lineEnd) {
        new PageFixture()
                .headline("Floods force thousands from their homes")
                .furniture("2 hours ago")
                .furniture("Share")
                .furniture("Save")
                .byline(author[0], List.of(author[0]))
                .furniture(author[1])
                .furniture("Image source, Reuters")
                .caption("Image caption, Rescue teams used boats to reach stranded residents",
                        "Rescue teams used boats to reach stranded residents", "Reuters")
                .body(BODY)
                .furniture("Related topics")
                .furniture("Flooding")
                .furniture("Europe")
                .assertSplits(lineEnd, true);
    }

    @ParameterizedTest
    @MethodSource("lineEnds")
    void reutersWebCopyWithLicensingLeftoversAndWireCredits(String lineEnd) {
        new PageFixture()
                .headline("Central bank raises rates for third time this year")
                .byline("By Anna Petrova and Tom Reid", List.of("Anna Petrova", "Tom Reid"))
                .furniture("3 minute read")
                .caption("Traders work on the floor of the stock exchange. REUTERS/Peter Lang/File Photo Purchase "
                        + "Licensing Rights, opens new tab", "Traders work on the floor of the stock exchange.",
                        "REUTERS/Peter Lang/File Photo")
                .body("LONDON, March 3 (Reuters) - " + BODY[0], BODY[1], BODY[2])
                .byline("Reporting by Anna Petrova; Editing by Mark Hill", List.of())
                .furniture("Our Standards: The Thomson Reuters Trust Principles., opens new tab")
                .publisher("Reuters")
                .assertSplits(lineEnd, true);
    }

    @ParameterizedTest
    @MethodSource("lineEnds")
    void apCopyWithContributorNote(String lineEnd) {
        new PageFixture()
                .headline("Storm leaves thousands without power")
                .body("KYIV, Ukraine (AP) \u2014 " + BODY[0], BODY[1], BODY[3])
                .furniture("___")
                .byline("Associated Press writers Jonas Berg in Moscow and Ana de la Cruz contributed to this report.",
                        List.of("Jonas Berg", "Ana de la Cruz"))
                .publisher("AP")
                .assertSplits(lineEnd, true);
    }

    static Stream<Arguments> topicHeaders() {
        return TestLines.product(List.of("Explore more on these topics", "Topics", "Read more about:"), LINE_ENDS);
    }

    @ParameterizedTest
    @MethodSource("topicHeaders")
    void webCopyWithNameAndRoleOnOneLineAndATopicList(String header, String lineEnd) {
        new PageFixture()
                .headline("Inflation falls faster than expected")
                .standfirst("Rate of price increases slows as fuel costs drop, raising hopes of an interest rate cut")
                .caption("Shoppers in the city centre. Photograph: Lena Fischer/Reuters", "Shoppers in the city centre.",
                        "Lena Fischer/Reuters")
                .byline("Maria Novak Economics correspondent", List.of("Maria Novak"))
                .furniture("Wed 15 Jan 2025 07.00 GMT")
                .body(BODY)
                .furniture(header)
                .furniture("Inflation")
                .furniture("Economic policy")
                .furniture("Share")
                .furniture("Reuse this content")
                .assertSplits(lineEnd, true);
    }

    @ParameterizedTest
    @MethodSource("lineEnds")
    void webCopyWithAListWidgetAndASourceNote(String lineEnd) {
        new PageFixture()
                .headline("Strikes kill dozens as aid trucks stall at crossing")
                .standfirst("Health officials say most of the dead were women and children")
                .caption("Residents inspect the damage after a strike in the city [Lena Fischer/AP]",
                        "Residents inspect the damage after a strike in the city", "Lena Fischer/AP")
                .furniture("Published On 12 Jan 2025")
                .body(BODY[0], BODY[1])
                .furniture("Recommended Stories")
                .furniture("list of 3 items")
                .related("Talks on a ceasefire resume in Geneva", "Talks on a ceasefire resume in Geneva")
                .related("Aid agencies warn of famine", "Aid agencies warn of famine")
                .furniture("end of list")
                .body(BODY[2], BODY[3])
                .furniture("Source: Daily Ledger and news agencies")
                .publisher("Daily Ledger")
                .assertSplits(lineEnd, true);
    }

    @ParameterizedTest
    @MethodSource("lineEnds")
    void webCopyWhoseBioNamesTheOutletAsTheRolesOwner(String lineEnd) {
        new PageFixture()
                .headline("Rockets fired at border towns; three lightly hurt")
                .byline("By Jonas Berg", List.of("Jonas Berg"))
                .furniture("Follow")
                .caption("Residents inspect a damaged house, May 2, 2024. (Lena Fischer/Flash90)",
                        "Residents inspect a damaged house, May 2, 2024.", "Lena Fischer/Flash90")
                .body(BODY)
                .bio("Jonas Berg is The Times of Ledger\u2019s military correspondent.", "Jonas Berg")
                .publisher("The Times of Ledger")
                .assertSplits(lineEnd, true);
    }

    @ParameterizedTest
    @MethodSource("lineEnds")
    void webCopyWithAnOutletsContributorAndSignUpPromo(String lineEnd) {
        new PageFixture()
                .headline("Wildfire forces thousands to evacuate")
                .byline("By Maria Novak and Jonas Berg, LDG", List.of("Maria Novak", "Jonas Berg"))
                .caption("Firefighters battle the blaze on Tuesday. Lena Fischer/Getty Images",
                        "Firefighters battle the blaze on Tuesday.", "Lena Fischer/Getty Images")
                .body(BODY[0], BODY[1])
                .promo("Sign up for LDG\u2019s Wonder Theory science newsletter.",
                        "Sign up for LDG\u2019s Wonder Theory science newsletter.")
                .body(BODY[2], BODY[3])
                .byline("LDG\u2019s Ana de la Cruz contributed to this report.", List.of("Ana de la Cruz"))
                .promo("Follow LDG\u2019s coverage of the fires at https://example.com/hub/fires",
                        "Follow LDG\u2019s coverage of the fires at https://example.com/hub/fires")
                .publisher("LDG")
                .assertSplits(lineEnd, true);
    }

    @ParameterizedTest
    @MethodSource("lineEnds")
    void webCopyWithTheBylineBetweenTimestampAndImageButtons(String lineEnd) {
        new PageFixture()
                .headline("Storm death toll climbs above 100 as rescuers search for missing")
                .furniture("September 30, 20245:04 AM ET")
                .byline("Maria Novak", List.of("Maria Novak"))
                .furniture("Enlarge this image")
                .caption("A house lies in ruins after the storm. Lena Fischer/Getty Images",
                        "A house lies in ruins after the storm.", "Lena Fischer/Getty Images")
                .furniture("hide caption")
                .furniture("toggle caption")
                .furniture("Lena Fischer/Getty Images")
                .body(BODY)
                .furniture("Copyright 2024 LDG")
                .publisher("LDG")
                .assertSplits(lineEnd, true);
    }

    @ParameterizedTest
    @MethodSource("lineEnds")
    void webCopyWithAPunctuatedSummaryPlayerButtonsAndAPrintNote(String lineEnd) {
        new PageFixture()
                .headline("Earthquake kills more than 1,600, officials say")
                .standfirst("The 7.7-magnitude quake toppled buildings and a bridge, and was felt 600 miles away.")
                .furniture("Listen to this article \u00b7 6:12 min Learn more")
                .furniture("Share full article")
                .caption("Rescuers searched a collapsed building on Saturday.Credit...Lena Fischer/Reuters",
                        "Rescuers searched a collapsed building on Saturday.", "Lena Fischer/Reuters")
                .byline("By Maria Novak and Jonas Berg", List.of("Maria Novak", "Jonas Berg"))
                .furniture("Reporting from Bangkok")
                .furniture("March 29, 2025")
                .furniture("Updated 10:45 a.m. ET")
                .body(BODY[0], BODY[1])
                .furniture("SKIP ADVERTISEMENT")
                .body(BODY[2], BODY[3])
                .byline("Reporting was contributed by Ana de la Cruz from Bangkok.", List.of("Ana de la Cruz"))
                .bio("Maria Novak is a senior correspondent for The Ledger, covering the islands of South Asia.",
                        "Maria Novak")
                .furniture("A version of this article appears in print on March 30, 2025, Section A, Page 1 of the "
                        + "New York edition with the headline: Quake Kills Hundreds. Order Reprints | Today\u2019s Paper")
                .publisher("The Ledger")
                .assertSplits(lineEnd, true);
    }

    @ParameterizedTest
    @MethodSource("lineEnds")
    void webCopyWithATwoSentenceTeaserAShortLinkAndAnEditor(String lineEnd) {
        new PageFixture()
                .headline("Floods leave at least five dead")
                .standfirst("Heavy rain has caused severe flooding in the south. Thousands of people have been evacuated.")
                .furniture("https://p.example.com/p/4gX2k")
                .caption("A boat capsized on Sunday.Image: Lena Fischer/dpa/picture alliance", "A boat capsized on Sunday.",
                        "Lena Fischer/dpa/picture alliance")
                .body(BODY)
                .furniture("Edited by: Maria Novak")
                .furniture("Send us your feedback")
                .assertSplits(lineEnd, true);
    }

    @ParameterizedTest
    @MethodSource("lineEnds")
    void webCopyWithAHandleUnderTheRoleAndALinkListFromTheOutlet(String lineEnd) {
        new PageFixture()
                .headline("Two killed after lorry crashes into market")
                .standfirst("Police say the driver, a 41-year-old man, has been arrested.")
                .byline("Maria Novak", List.of("Maria Novak"))
                .furniture("News reporter @marianovak")
                .furniture("Saturday 14 December 2024 18:32, UK")
                .caption("Emergency services at the scene. Pic: Reuters", "Emergency services at the scene.", "Reuters")
                .body(BODY[0], BODY[1])
                .furniture("Why you can trust Ledger News")
                .body(BODY[2], BODY[3])
                .furniture("Read more from Ledger News:")
                .related("Man charged over market attack", "Man charged over market attack")
                .related("Police appeal after three hurt in crash", "Police appeal after three hurt in crash")
                .promo("Follow Ledger News on WhatsApp", "Follow Ledger News on WhatsApp")
                .furniture("Tap here")
                .publisher("Ledger News")
                .assertSplits(lineEnd, true);
    }

    @ParameterizedTest
    @MethodSource("lineEnds")
    void webCopyWithTheDatelinesPlaceAndOutletOnLinesOfTheirOwn(String lineEnd) {
        new PageFixture()
                .headline("Floods kill dozens in the south as rivers burst their banks")
                .byline("By Maria Novak and Jonas Berg, LDG", List.of("Maria Novak", "Jonas Berg"))
                .furniture("Updated 6:02 AM EST, Sat May 4, 2024")
                .furniture("Porto Alegre, Brazil")
                .furniture("LDG")
                .furniture(" — ")
                .body(BODY)
                .byline("LDG’s Ana de la Cruz contributed to this report.", List.of("Ana de la Cruz"))
                .promo("Keep up with all the latest news from around the world by following LDG",
                        "Keep up with all the latest news from around the world by following LDG")
                .publisher("LDG")
                .assertSplits(lineEnd, true);
    }

    @ParameterizedTest
    @MethodSource("lineEnds")
    void syndicatedStorySignedOffByItsAuthorOverTheOutlet(String lineEnd) {
        new PageFixture()
                .headline("Judge blocks release of the blueprints")
                .body(BODY)
                .byline("— Maria Novak and Jonas Berg", List.of("Maria Novak", "Jonas Berg"))
                .furniture("The Daily Ledger")
                .furniture("———")
                .furniture("©2018 The Daily Ledger, Distributed by Example Content Agency, LLC.")
                .publisher("The Daily Ledger")
                .assertSplits(lineEnd, true);
    }

    static Stream<String> lineEnds() {
        return LINE_ENDS.stream();
    }
}
