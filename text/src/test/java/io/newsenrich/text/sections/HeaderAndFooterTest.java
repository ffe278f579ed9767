package io.newsenrich.text.sections;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsenrich.model.Caption;
import io.newsenrich.model.Sections;
import io.newsenrich.text.SectionSplitter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** What stands over a page's headline (consent banners, menus) and under its last paragraph (footers). */
class HeaderAndFooterTest {

    private static final String TITLE = "Coalition split over energy credits as minister warns of no room";
    private static final String FIRST = "A split has emerged at the Cabinet table over energy credits.";
    private static final String SECOND = "Ministers have insisted that blanket supports must come to an end.";
    private static final String STORY = TITLE + "\n\nBy Jane Doe\n\n" + FIRST + "\n\n" + SECOND + "\n";
    private static final String MAGAZINE = "EXAMPLE MAGAZINE\nfrom Example Reviews\nTopics\nNewsletter\nDonate"
            + "\nEXPLAINER";
    private static final String NIGHT_SONG = "Nightingales get the credit, but plenty of species sing after dark.";
    /** A header of menu controls, a logo and labels. */
    private static final String MENU = "Skip to main content\\nOpen menu\\nClose main menu\\nThe Example\\nSubscribe"
            + "\\nSign in\\nSearch\\nUK\\nWorld\\nPolitics";

    private final SectionSplitter splitter = new SectionSplitter();

    private Sections split(String raw) {
        return splitter.split(raw).sections();
    }

    @ParameterizedTest(name = "{index}")
    @CsvSource(delimiter = '|', value = {
        "We value your privacy\\nWe and our partners use cookies to store information on your device.\\nAccept All\\n"
                + "Reject All",
        "Example\\nNewsletters\\nPodcasts\\nPoll of Polls",
        "Example News\\nUAE\\nGulf News\\nMENA\\nWorld",
        "Example.it\\nTravel\\nPhoto\\nVideo",
        "Sat, Sep 13, 2025",
        "Example Morning Post\\nHong Kong\\nChina\\nAsia\\nWorld\\nSign in\\nHong Kong/Transport",
        "Skip to content\\nAll Sections\\nSubscribe Now\\n47°F\\nSunday, November 2nd, 2025\\nNews\\nSports\\nPolitics",
        "News\\nCoalition split",
        "Mar 12, 2025 - Energy & Environment",
        "Home\\nNews\\nRoyals\\nSport\\nMost read\\nNews Board\\nWires",
        "The Example logo\\nNews\\nPuzzles\\nSubscribe now\\nFree for one month\\nSport\\nRugby Union\\nSix Nations",
        "Sign in\\nThe Example - Back to home\\nNews\\nOpinion",
        "Example Climate News\\nAward-winning reporting on the biggest crisis facing our planet.\\nDonate\\n"
                + "Newsletters\\nScience\\nPolitics",
        "EXPR\\nExample Public Radio\\nDonate\\nNews\\nPrograms\\nPlay Live Radio\\nNext Up:"})
    void whatStandsOverTheHeadlineIsFurniture(String header) {
        Sections sections = split(header.replace("\\n", "\n") + "\n\n" + STORY);
        assertThat(sections.headline()).isEqualTo(TITLE);
        assertThat(sections.body()).containsExactly(FIRST, SECOND);
        assertThat(sections.captions()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"Jun 12, 2025", "12 June 2025", "Thu 12 Jun 2025", "Today at 14:25"})
    void aNameOverADateIsTheByline(String date) {
        String standfirst = "Operator reveals first stations and says fares will compete with buses";
        Sections sections = split(TITLE + "\n\n" + standfirst + "\n\nNick Webster\n" + date + "\n\n" + FIRST + "\n\n"
                + SECOND + "\n");
        assertThat(sections.byline()).containsExactly("Nick Webster");
        assertThat(sections.standfirst()).isEqualTo(standfirst);
        assertThat(sections.body()).containsExactly(FIRST, SECOND);
    }

    /**
     * The logo over the page and the furniture under the story: a dotted name a notice cuts at its dot, an edition a
     * promo sells, a logo in capitals, a brand with a company's word.
     */
    @ParameterizedTest(name = "{2}")
    @CsvSource(delimiter = '|', value = {
        "Example.Cymru\\nNews\\nCulture\\nSport|© Example.Cymru 2025. All rights reserved.|Example.Cymru",
        "The Example Beacon\\nHome\\nNews\\nE-Edition|Subscribe to the E-Edition and read the full paper every "
                + "Thursday.\\nCopyright © 2025 The Example Beacon. All rights reserved.|The Example Beacon",
        "EXAMPLE NEWS\\nPolitics\\nCongress|© 2025 Example News, Inc. All rights reserved.|Example News",
        "Example Media\\nGeorgia\\nPolitics|Copyright © 2025 Example Media. All rights reserved.|Example Media",
        "The Example Daily Post\\nNation\\nWorld|Download the TEDP app to stay up to date with the latest news|"
                + "The Example Daily Post",
        "Example Mirror\\nNews\\nSport|Join Example Mirror WhatsApp Channel for the latest news updates|Example Mirror",
        "Example's\\nMarkets\\nStocks|Copyright Policy\\nCopyright \u00a9 2025 Example's. All rights reserved.|Example's",
        "Example Sun\\nNews\\nSport|SUBSCRIBE TO UNLOCK MORE ARTICLES\\n\u00a9 2024 Example Sun, a division of Example "
                + "Network|Example Sun",
        "Example Live\\nNews\\nSport\\nAll Example Live|Join Example Live's WhatsApp community for the latest news|Example Live",
        "Sign In\\nSubscribe\\nExample Times\\nNews\\nSport|Most Read|Example Times",
        "Bournemouth Echo\\nSubscribe\\nNews\\nSport|Most Read|Bournemouth Echo",
        "Wirral Globe\\nSubscribe\\nNews\\nSport|Most Read|Wirral Globe",
        "Southport Visiter\\nNews\\nSport|Most Read|Southport Visiter",
        "Lexington Example-Leader Logo\\nNews\\nSport|Most Read|Lexington Example-Leader",
        "example.com\\nNews\\nSport|Jane Doe covers schools for example.com and The Example Dealer.\\n\u00a9 2025 Example "
                + "Local Media LLC. All rights reserved.|example.com"})
    void theLogoAndTheFooterNameThePublisher(String header, String footer, String publisher) {
        Sections sections = split(header.replace("\\n", "\n") + "\n" + STORY + "\n" + footer.replace("\\n", "\n")
                + "\n");
        assertThat(sections.publisher()).isEqualTo(publisher);
        assertThat(sections.headline()).isEqualTo(TITLE);
    }

    /**
     * Over the standfirst and the authors: a title that asks a question, one of sentences in title case, and one over
     * the lead picture's caption and credit; under a menu of controls and labels, a question over a standfirst without
     * a full stop and a title of two sentences over a longer standfirst. "-" stands for the magazine's header and its
     * standfirst.
     */
    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        "-|Why do some birds sing at night?|-|By Jane Doe",
        "-|A Town's Tap Water Has Been Unsafe for 19 Months. Nobody Will Pay to Fix It.|-|Jane Doe\\nMarch 4, 2025",
        "-|Example's Cheapest Home Plan Now Starts at $35 a Month|-|Example Router at home.\\nJane Doe/Example\\n"
                + "Written by\\nJane Doe\\nMarch 4, 2025 6:00 a.m. PT",
        MENU + "|Is the city ready for a four-day week?|Results of a pilot suggest shorter hours cut sick leave \u2013 "
                + "but critics question the cost|By Jane Doe\\nMarch 4, 2025",
        MENU + "|Measles cases have already passed last year's total. Here's why doctors are worried.|The agency has "
                + "confirmed 64 cases in 17 states in less than three months, as vaccination rates slip.|By Jane Doe"
                + "\\nMarch 4, 2025"})
    void aTitleStandsOverTheStandfirstAndTheAuthors(String header, String title, String standfirst, String authors) {
        String top = header == null ? MAGAZINE : header;
        String lead = standfirst == null ? NIGHT_SONG : standfirst;
        Sections sections = split(top.replace("\\n", "\n") + "\n" + title + "\n" + lead + "\n"
                + authors.replace("\\n", "\n") + "\n" + FIRST + "\n" + SECOND + "\n");
        assertThat(sections.headline()).isEqualTo(title);
        assertThat(sections.standfirst()).isEqualTo(lead);
        assertThat(sections.body()).containsExactly(FIRST, SECOND);
    }

    @Test
    void aSynopsisUnderItsLabelIsTheStandfirstAndTheDeskFollowsTheAuthor() {
        String title = "Electric scooter sales jump 21% as makers race to beat subsidy cut";
        Sections sections = split(MENU.replace("\\n", "\n") + "\n" + title + "\nSynopsis\n" + NIGHT_SONG
                + "\nJane Doe, Example Bureau\nLast Updated: Apr 02, 2025, 08:12:00 PM IST\n" + FIRST + "\n" + SECOND
                + "\n");
        assertThat(sections.standfirst()).isEqualTo(NIGHT_SONG);
        assertThat(sections.byline()).containsExactly("Jane Doe");
        assertThat(sections.body()).containsExactly(FIRST, SECOND);
    }

    @Test
    void aOneWordLogoEndingWithADotIsNoSentence() {
        Sections sections = split("Skip to main content\nexample.\npart of the Example Network\nSubscribe\nNews\n"
                + "Local\nPolitics\nPHOENIX\n" + TITLE + "\nJane Doe\nPublished 5:00 a.m. MT Sept. 2, 2025\n" + FIRST + "\n"
                + SECOND + "\n");
        assertThat(sections.headline()).isEqualTo(TITLE);
        assertThat(sections.body()).containsExactly(FIRST, SECOND);
    }

    @Test
    void anObituarysTitleIsANameAndTheYearsOfALife() {
        String title = "Jane Doe-Smith (1938\u20132025)";
        String standfirst = "Pioneering crystallographer who trained a generation of chemists";
        Sections sections = split("Example Chemistry\nNews\nResearch\nObituaries\nObituary\n" + title + "\n"
                + standfirst + "\nJohn Roe\n19 November 2025\n" + FIRST + "\n" + SECOND + "\n");
        assertThat(sections.headline()).isEqualTo(title);
        assertThat(sections.standfirst()).isEqualTo(standfirst);
        assertThat(sections.byline()).containsExactly("John Roe");
        assertThat(sections.body()).containsExactly(FIRST, SECOND);
    }

    @Test
    void aWiresDatelineOverTheStoryAndItsSignOffUnderItAreNoCaptions() {
        Sections sections = split(TITLE + "\nMysuru, Nov 19 (IANS)\n" + FIRST + "\n" + SECOND + "\n--IANS\nssk/pgh\n");
        assertThat(sections.headline()).isEqualTo(TITLE);
        assertThat(sections.body()).containsExactly(FIRST, SECOND);
        assertThat(sections.captions()).isEmpty();
        sections = split(TITLE + "\n" + FIRST + "\nKyiv, March 3 (File)\n" + SECOND + "\n");
        assertThat(sections.captions()).isNotEmpty();
    }

    @Test
    void aNameEndingTheTopicLabelsUnderTheStoryIsNoByline() {
        Sections sections = split(STORY + "\nAgriculture\n\nSolar Energy\n\nIrrigation\n\nUttar Pradesh\n\n"
                + "Subscribe to our daily newsletter\n");
        assertThat(sections.byline()).containsExactly("Jane Doe");
        sections = split(STORY + "\nContacts\nRelease Versions\nMore News From Example Cold Chain\n");
        assertThat(sections.byline()).containsExactly("Jane Doe");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "© Example Times 2025|Example Times",
        "© Example Examiner Ltd|Example Examiner",
        "© Examplesradio Oy 2025|Examplesradio",
        "© 2025 Example Times|Example Times",
        "Example © Copyright 2025|Example",
        "© 2025 eXample. All rights reserved.|eXample",
        "© Example Media Ltd 2025. Registered in Scotland.|Example",
        "© 2025 9to5Example. All rights reserved.|9to5Example"})
    void aCopyrightNoticeNamesThePublisher(String notice, String publisher) {
        Sections sections = split(STORY + "\n" + notice + "\n");
        assertThat(sections.publisher()).isEqualTo(publisher);
        assertThat(sections.body()).containsExactly(FIRST, SECOND);
    }

    @Test
    void aSentenceAfterTheCopyrightYearNamesNoOwner() {
        Sections sections = split(STORY + "\n© Copyright 2001-2025. This site is part of Example's network.\n");
        assertThat(sections.publisher()).isNull();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "The Example Times - Back to home|© Example Media Limited 2025|The Example Times",
        "Example Post|Copyright EXAMPLE POST NEWSPAPERS. All rights reserved.|Example Post",
        "Example Customer Support|© 2025 Example L.P. All Rights Reserved.|Example",
        "Example News|© 2025 Example News|Example News"})
    void aLogoThatHoldsTheCopyrightCompanysNameNamesTheOutlet(String logo, String notice, String publisher) {
        Sections sections = split(logo + "\nWorld\nBusiness\n\n" + STORY + "\n" + notice + "\n");
        assertThat(sections.publisher()).isEqualTo(publisher);
        assertThat(sections.body()).containsExactly(FIRST, SECOND);
    }

    @Test
    void theLogoTheTextNamesAgainBeatsTheCopyrightCompany() {
        String promo = "Sign up to The Example Herald newsletter for the day's top stories";
        Sections sections = split("The Example Herald\nNews\nSport\n\n" + STORY + "\n" + promo
                + "\n© 2025 Acme Publishing Ltd. All rights reserved.\n");
        assertThat(sections.publisher()).isEqualTo("The Example Herald");
        // named once, the name over the page's menu is still the logo: the company the notice names owns it
        sections = split("The Example Herald\nNews\nSport\n\n" + STORY
                + "\n© 2025 Acme Publishing Ltd. All rights reserved.\n");
        assertThat(sections.publisher()).isEqualTo("The Example Herald");
    }

    @Test
    void aPhotographersCopyrightStaysACredit() {
        Sections sections = split(TITLE + "\n\nCrowds on the beach on Tuesday. © Jane Doe/Example Agency\n\n" + FIRST
                + "\n\n" + SECOND + "\n");
        assertThat(sections.captions()).hasSize(1);
        assertThat(sections.captions().get(0).credit()).isEqualTo("Jane Doe/Example Agency");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "By subscribing, you can help us get the story right.|promo",
        "Consider supporting the Example Independent.|promo",
        "Readers like you are keeping these stories free for everyone.|promo",
        "\u2014 With assistance from Tom Rees|furniture",
        "(Updates with share moves in eighth paragraph.)|furniture",
        "Log in, register or subscribe to save articles for later.|furniture",
        "With reporting by Reuters and AFP|furniture",
        "Have a tip? Contact this reporter by email.|furniture",
        "Want to join the conversation? Please or to comment on this article.|furniture",
        "Translated from the German by Paul Cohen|furniture",
        "Reproduction only with permission of Example-Verlag|furniture",
        "Comments will be moderated. Keep comments relevant to the article.|furniture",
        "FILED UNDER: Congress, Budget, Government Shutdown|furniture",
        "This site is protected by reCAPTCHA and the Google Privacy Policy and Terms of Service apply.|furniture",
        "You've read 1 article in the last month|furniture",
        "11.09.2025, 17.06 Uhr|furniture",
        "By posting your comment you agree to our house rules.|furniture",
        "Got a confidential news tip? We want to hear from you.|furniture",
        "jdoe@example.co.kr|furniture",
        "Note from the author:|furniture",
        "\u2026 we have a small favour to ask. Millions have placed their trust in Example's journalism.|promo",
        "Example News is asking its many readers to consider making a voluntary contribution to help safeguard independent local journalism.|promo",
        "Leave a Reply|furniture",
        "Your email address will not be published.|furniture",
        "Comments are moderated and generally will be posted if they are on-topic.|furniture",
        "Add a comment...|furniture",
        "You must sign in to make a comment|furniture",
        "Published by Example Newspapers Ltd|furniture",
        "Series: Local Reporting Network|furniture",
        "Featured Video Of The Day|furniture",
        "Updated on|furniture",
        "Got something to say? Send a letter to the editor and we'll publish your feedback in print!|furniture",
        "Cookies help us deliver our services. By using our site, you agree to our use of cookies.|furniture",
        "Categories: Environment, Latin America, Tourism.|furniture",
        "Commenting for this story is now closed.|furniture",
        "Next: Bus drivers demand safer routes after attacks|furniture",
        "Doha 24°C|furniture",
        "Opinions expressed in this article remain those of the author and do not represent those of Example.|furniture",
        "The issuer is solely responsible for the content of this announcement.|furniture",
        "'Fajr 4:21 | Dhuhr 11:38 | Asr 3:04 | Maghrib 5:43'|furniture",
        "When using materials, reference to EXAMPLEPRESS is required.|furniture",
        "The views expressed are the author’s own.|furniture",
        "Published By: John Roe|furniture",
        "Editor-in-chief: John Roe|furniture",
        "Sharelines from this story|furniture",
        "Contacts|furniture",
        "Buy Now|furniture",
        "By Example News|furniture",
        "By Staff Reporter|furniture",
        "By Our Correspondent|furniture",
        "This article was produced by the Local Democracy Reporting Service, which is funded by the BBC.|furniture",
        "Subscribe|furniture",
        "E-Paper|furniture",
        "Privacy notice|furniture",
        "AdvertisementHide Ad|furniture",
        "The Local Democracy Reporting Service is funded by the BBC and the news industry.|furniture",
        "Show me|furniture",
        "Invalid email|furniture",
        "Instagram|furniture",
        "People who post abusive comments about other users will be banned.|furniture",
        "Thank you. Your comment has been received and will appear on the site shortly.|furniture",
        "Share: Facebook Twitter Email|furniture",
        "This website and its associated newspaper are members of the Independent Press Standards Organisation|furniture",
        "By Local Democracy Reporter|furniture",
        "Did you know? You can get the latest Example News stories by joining our WhatsApp community|promo",
        "Follow Example Express|promo",
        "'NEWS | SPORT | EVENTS | BUSINESS | SUBSCRIBE'|furniture",
        "'News | Example Sport | Things to Do | Nostalgia | Announcements'|furniture",
        "Loading audio player...|furniture",
        "Newsletters|furniture",
        "This article has been translated from Indonesian. Read the original version: Example Title|furniture",
        "\u00a9 PT Example Media Nusantara|furniture",
        "Read the full story in this week's Example Observer, in shops now or as an e-edition.|promo",
        "Don't miss out on the headlines from Example Bay. Followed categories will be added to My News.|promo",
        "Editor: John Roe|furniture",
        "Article published by John Roe|furniture",
        "Stay tuned to Example FM news for more updates.|promo",
        "Example Radio is free to read. Support our journalism by becoming a monthly supporter.|promo",
        "Copyright: Example Syndicate, 2025.|furniture",
        "This article first appeared in The Example Upside.|furniture",
        "Make your inbox smarter. Select Newsletters|promo",
        "The example business is published by Example Press Ltd.|furniture",
        "You need to be logged in to comment.|furniture",
        "This story can be republished for free (details).|furniture",
        "Our stories may be republished online or in print under Creative Commons license CC BY-ND 4.0.|furniture",
        "USE OUR CONTENT|furniture",
        "Google Play|furniture",
        "App Store|furniture",
        "For members|furniture",
        "Jane Doe: jdoe@example.org, @janedoe_news|furniture",
        "Please enter your comment!|furniture",
        "Save my name, email, and website in this browser for the next time I comment.|furniture",
        "This website and associated newspapers adhere to the Independent Press Standards Organisation's Editors' Code of Practice.|furniture",
        "Example Reports is a Ugandan online news platform providing breaking news and analysis.|furniture",
        "PAY ATTENTION: Don't miss the latest news! Join Example.co.ke's WhatsApp channel now!|promo",
        "'Share: Facebook | Twitter | WhatsApp | LinkedIn'|furniture",
        "Font size: A- A+|furniture",
        "'About Us | Contact Us | Terms Of Use | Privacy Policy'|furniture",
        "'Terms of use | Privacy | Contact'|furniture",
        "Source - Example24News|furniture",
        "This article was originally published in French in Example-Le Jour.|furniture",
        "Sponsored: Readers can now invest and earn monthly. Find out how|furniture",
        "Share on FacebookShare on TwitterShare on WhatsApp|furniture",
        "Posted in: Local News|furniture",
        "Feedback|furniture",
        "'Adr\u00e9, Chad, 12 March 2025'|furniture",
        "Help us be the solution. We put independent journalism at the service of people in crises. Become a member today.|promo",
        "Comments - 0|furniture",
        "Comments will be edited and authorized at the discretion of Example Online.|furniture",
        "Reply To:|furniture",
        "Example Now is an independent news agency reporting from inside the country.|furniture",
        "Estimated 5 minutes|furniture",
        "Email tips@example.com to point out mistakes, provide story tips or send in a letter for publication.|furniture",
        "Topics in this article : Job cuts, Local newspapers|furniture",
        "Categories / Business, Courts, Regional|furniture",
        "I hope you appreciated this article. Before you move on, I wanted to ask if you would consider supporting us.|furniture",
        "Your contributions will help us continue to deliver the stories that are important to you|furniture",
        "Watch the report from Example Evening:|furniture",
        "Text Size: A- A+|furniture",
        "Already contributed? Log in to hide these messages.|furniture",
        "You can find this story in My Bookmarks.Or by navigating to the user icon in the top right.|furniture",
        "For more news and updates, follow Example Bulletin on Facebook, X, Instagram and TikTok.|promo",
        "The Example Star is the only daily newspaper that supports workers. Donate today from just £1 a week.|promo",
        "Write to Jane Doe at jane.doe@example.com|furniture",
        "Advertisement - Scroll to Continue|furniture",
        "FTC: We use income earning auto affiliate links. More.|furniture",
        "Journal information: Nature Geoscience|furniture",
        "This document is subject to copyright. Apart from any fair dealing no part may be reproduced.|furniture",
        "Example Group, Example House, Mill Close, Example Road, Rochester, Kent ME2 4DU|furniture",
        "The video will start in 8|furniture",
        "Report an error|furniture",
        "Report this comment Cancel|furniture",
        "Did you find this article insightful?|furniture",
        "Local Democracy Reporting Service|furniture",
        "This article was written by a Local Democracy Reporter. The LDRS is funded by the BBC.|furniture",
        "Your support makes all the difference.|promo",
        "Click to follow Example Today Facebook page and Twitter .|promo",
        "We use your sign-up to provide content in ways you've consented to. You can unsubscribe at any time.|furniture",
        "For more stories from where you live, visit ExampleArea|promo",
        "Follow Example Mirror:|promo",
        "Last Updated:|furniture",
        "Something went wrong, please try again later.|furniture",
        "This article is from the Local Democracy Reporting Service, which is funded by the BBC.|furniture",
        "Example World encourages reader discussion on our stories. Please review our Community Guidelines before "
            + "commenting.|furniture",
        "Cancel|furniture",
        "Like this story? Share it|furniture",
        "Have you got a story? Contact our newsdesk by email on news@example.com or call 01432 274413.|promo",
        "Keywords: flood, Penampang, Papar|furniture",
        "A message from the Editor:|furniture",
        "NO_T11_Example02|furniture",
        "(With inputs from agencies)|furniture",
        "(Catch all the Business News and Latest News Updates on The Example Times.)|furniture"})
    void appealsAndWireNotesAreNoParagraphs(String line, String kind) {
        Sections sections = split(STORY + "\n" + line + "\n");
        assertThat(sections.body()).containsExactly(FIRST, SECOND);
        assertThat(sections.promos().contains(line)).isEqualTo(kind.equals("promo"));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "10:14, 14 Oct 2025Updated 10:38, 14 Oct 2025", "Updated: 2024-03-12 09:21",
        "October 14, 2025 6:00 am(Updated 9:47 am)",
        "Oct 14, 2025 3:52 pm IDT",
        "March 14, 2025 (Example Japan)",
        "14.3. 12:07 • Updated 14.3. 15:40",
        "10:48 a.m.",
        "5:48pm",
        "Posted at Mar 02 2025 08:05 AM | Updated as of Mar 02 2025 04:40 PM",
        "November 18th, 2025 12:40 pm",
        "13 November 2025 | Environment",
        "14 March 2025 • Colombo, Sri Lanka",
        "(Latest Update March 14, 2025)"})
    void timestampsUnderTheBylineAreFurniture(String timestamp) {
        Sections sections = split(TITLE + "\n\nBy Jane Doe\n" + timestamp + "\n\n" + FIRST + "\n\n" + SECOND + "\n");
        assertThat(sections.byline()).containsExactly("Jane Doe");
        assertThat(sections.body()).containsExactly(FIRST, SECOND);
    }

    @Test
    void aLabelledCreditUnderOneShortSentenceIsItsCaptionsNotTheSubheadingsBelow() {
        String caption = "Reports of swooping peak in September and fall away by mid-November.";
        String subheading = "How to avoid being swooped";
        Sections sections = split(STORY + "\n" + caption + "\nCredit: Example\n\n" + subheading
                + "\n\nThe simplest advice is to avoid known spots for a few weeks.\n");
        assertThat(sections.captions()).extracting(Caption::text).containsExactly(caption);
        assertThat(sections.body()).contains(subheading);
    }

    /** The note names the outlet before the company that owns it, which the copyright line names. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "The example business is published by Example Press Ltd.|The example business",
        "Example Beacon is part of Example Newsroom, a nonprofit news network supported by grants.|Example Beacon",
        "Example Health News is a national newsroom that produces in-depth journalism about health.|"
                + "Example Health News"})
    void anOutletsNoteOfItselfNamesThePublisher(String note, String publisher) {
        Sections sections = split(STORY + "\n" + note + "\n\u00a9 2025 Example Press Ltd\n");
        assertThat(sections.publisher()).isEqualTo(publisher);
        assertThat(sections.body()).containsExactly(FIRST, SECOND);
    }

    /** Under the title, a name beside or over the author's address, or in capitals over the day's date. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
        "Jane Doe\\njdoe@example.com;Jane Doe",
        "JANE DOE\\nFriday, 21 March 2025;JANE DOE",
        "Jane Doe, [email protected];Jane Doe",
        "Jane Doe | jane.doe@example.com\\nTop;Jane Doe",
        "Jane Doe\\nUpdated on:\\n22 Jul 2024, 6:48 am;Jane Doe",
        "Jane Doe \u00b7 Example News \u00b7\\nPosted: Jul 14, 2024 1:37 PM PDT;Jane Doe",
        "Jane Doe \u2022 March 3, 2025, 21:44:08 IST;Jane Doe"})
    void aNameBesideItsAddressOrTheDaysDateIsTheByline(String header, String byline) {
        Sections sections = split(TITLE + "\n" + header.replace("\\n", "\n") + "\n" + FIRST + "\n" + SECOND + "\n");
        assertThat(sections.byline()).containsExactly(byline);
        assertThat(sections.body()).containsExactly(FIRST, SECOND);
    }

    @Test
    void aSummaryOverTheDatelineAndTheStampIsTheStandfirst() {
        String summary = "Prices rose for a sixth month in November, official data showed on Wednesday.";
        Sections sections = split(TITLE + "\n" + summary + "\nANKARA\nPublished December 03 2025 10:41:00\n" + FIRST
                + "\n" + SECOND + "\n");
        assertThat(sections.standfirst()).isEqualTo(summary);
        assertThat(sections.body()).containsExactly(FIRST, SECOND);
    }

    @Test
    void whatASignUpBoxSaysOfItsDigestIsItsPromo() {
        String digest = "Get a weekly digest of the most important news from Example every Friday.";
        Sections sections = split(STORY + "\nSubscribe to our newsletter\n" + digest + "\nSign up\n");
        assertThat(sections.body()).containsExactly(FIRST, SECOND);
        assertThat(sections.promos()).contains(digest);
    }

    @Test
    void aNameUnderHotTopicsIsATopic() {
        Sections sections = split(TITLE + "\n\n" + FIRST + "\n\n" + SECOND + "\nEditor: John Roe\nRelated\n"
                + "Police: Number of drunk drivers falls\nNew speed cameras to go live\nHot topics\nRail Baltica\n"
                + "car tax\nstate budget 2026\nExample News\nContact us\n\u00a9 2025 Example\n");
        assertThat(sections.byline()).isEmpty();
        assertThat(sections.body()).containsExactly(FIRST, SECOND);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Business News of Thursday, 28 August 2025",
        "Thursday, 28 August 2025 | 4 Rabi al Awwal 1447"})
    void aDateStripOverTheHeadlineIsFurniture(String strip) {
        Sections sections = split("Example Observer\n" + strip + "\nHome\nBusiness\n" + STORY);
        assertThat(sections.headline()).isEqualTo(TITLE);
        assertThat(sections.body()).containsExactly(FIRST, SECOND);
    }

    @Test
    void aCallInCapitalsNamesNoOutlet() {
        Sections sections = split(STORY + "\nSUBSCRIBE: GET THE MORNING HEADLINES DELIVERED TO YOUR INBOX\n"
                + "\u00a9 Example Beacon, 2025\n");
        assertThat(sections.publisher()).isEqualTo("Example Beacon");
    }

    @Test
    void aSentenceOfWhatSomethingIsStaysInTheStory() {
        String third = "The hospital is part of a network of clinics that serve the news of the region.";
        Sections sections = split(STORY + "\n" + third + "\n");
        assertThat(sections.body()).containsExactly(FIRST, SECOND, third);
    }

    @Test
    void aPictureTakenFromElsewhereUnderASentenceLeavesTheSentenceText() {
        String third = "We will update this post if a statement is forthcoming.";
        Sections sections = split(STORY + "\n" + third + "\nImage via Example Alliance\n");
        assertThat(sections.body()).containsExactly(FIRST, SECOND, third);
        assertThat(sections.captions()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"13 November 2025 |", "13 November 2025 \u2022", "About", "Source:"})
    void aLineThatEndsWhereItsRuleLooksFurtherIsRead(String line) {
        Sections sections = split(STORY + "\n" + line + "\n");
        assertThat(sections.body()).contains(FIRST, SECOND);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Written by :", "By:", "Author:", "Authored by", "Author of the article:"})
    void aBylinesLabelOnALineOfItsOwnIsFollowedByTheName(String label) {
        Sections sections = split(TITLE + "\n\n" + label + "\n\nJane Doe\n\n" + FIRST + "\n\n" + SECOND + "\n");
        assertThat(sections.byline()).containsExactly("Jane Doe");
        assertThat(sections.body()).containsExactly(FIRST, SECOND);
    }

    @Test
    void aTitleUnderThePapersNameAndOneLabelIsTheHeadline() {
        Sections sections = split("Skip to main content\nExample Desert Sun\nSubscribe\nSign In\n\nLOCAL\n" + TITLE
                + "\n\nJane Doe\nPublished 7:05 p.m. PT Aug. 12, 2025\n" + FIRST + "\n" + SECOND + "\n");
        assertThat(sections.headline()).isEqualTo(TITLE);
        assertThat(sections.byline()).containsExactly("Jane Doe");
        assertThat(sections.body()).containsExactly(FIRST, SECOND);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Written By: Jane Doe | 11:32 am, Jul. 8, 2024", "Staff Writer | March 12, 2025 1:09 AM"})
    void aStampAfterABarKeepsTheBylinesNameButNotARolesLine(String line) {
        Sections sections = split(TITLE + "\n\nBy Jane Doe\n\n" + line + "\n\n" + FIRST + "\n\n" + SECOND + "\n");
        assertThat(sections.byline()).containsExactly("Jane Doe");
        assertThat(sections.body()).containsExactly(FIRST, SECOND);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"JANE DOE Associated Press\nMar 20, 2025",
        "Jane Doe, Example Times\nUpdated Wed, March 5, 2025 at 4:12 PM CST"})
    void aNameAndPaperOverTheStampIsTheBylineNotACredit(String byline) {
        String standfirst = "The plan would make the plant one of the largest in the West, officials say";
        Sections sections = split(TITLE + "\n\n" + standfirst + "\n\n" + byline + "\n\n" + FIRST + "\n\n" + SECOND
                + "\n");
        assertThat(sections.byline()).containsExactly(byline.startsWith("JANE") ? "JANE DOE" : "Jane Doe");
        assertThat(sections.standfirst()).isEqualTo(standfirst);
        assertThat(sections.captions()).isEmpty();
    }

    @Test
    void aLabelOverTwoNamesOnLinesOfTheirOwnMakesBothTheByline() {
        Sections sections = split(TITLE + "\nAuthors of the article:\nJane Doe\nJohn Roe\nPublishing date:\n"
                + "Nov 14, 2023  \u2022  November 14, 2023  \u2022  4 minute read  \u2022  Join the conversation\n"
                + FIRST + "\n" + SECOND + "\n");
        assertThat(sections.byline()).containsExactly("Jane Doe", "John Roe");
        assertThat(sections.body()).containsExactly(FIRST, SECOND);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"PHOTO: JANE ROE", "© Jane Roe", "CREDIT\nJane Roe / Example Research Centre"})
    void aLeadPictureCreditedOnItsOwnLineUnderTheBylineHasItsCaption(String credit) {
        String caption = "Betel nut sellers along the avenue in central Honiara this week.";
        String lead = "Vendors in the capital say a new licence fee will force many of them off the streets by June.";
        // a photographer's right and a labelled credit stand under the caption, a marked credit over it
        String picture = credit.startsWith("P") ? credit + "\n" + caption : caption + "\n" + credit;
        Sections sections = split(TITLE + "\n\nBy Jane Doe\n\n" + picture + "\n\n" + lead + "\n\n" + SECOND
                + "\n");
        assertThat(sections.captions()).extracting(Caption::text).containsExactly(caption);
        assertThat(sections.body()).containsExactly(lead, SECOND);
    }

    @Test
    void aCreditBetweenAParagraphAndOneShortSentenceIsTheSentences() {
        String paragraph = "Crews have set up more than 200 traps near the site. The department said the business was "
                + "cooperating with the inquiry and had stopped all shipments.";
        String caption = "Crews set traps near the site on Wednesday.";
        Sections sections = split(STORY + "\n" + paragraph + "\nJANE DOE / JDOE@EXAMPLE.COM\n" + caption
                + "\nThe beetle has also been found on two other islands in recent years.\n");
        assertThat(sections.captions()).extracting(Caption::text).containsExactly(caption);
        assertThat(sections.body()).contains(paragraph).doesNotContain(caption);
    }

    @Test
    void aCreditUnderADateIsNoCaption() {
        Sections sections = split(TITLE + "\n\nJun 12, 2025\nIllustration: Jane Roe/Example\n\n" + FIRST + "\n\n"
                + SECOND + "\n");
        assertThat(sections.captions()).isEmpty();
        assertThat(sections.body()).containsExactly(FIRST, SECOND);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"More in this section", "More On This", "Other Stories", "Other News", "Related Contents",
        "Popular", "Related Reports", "More related stories"})
    void aSidebarHeaderOpensRelatedLinks(String header) {
        Sections sections = split(STORY + "\n" + header + "\nCity airport passenger numbers reach record high\n");
        assertThat(sections.body()).containsExactly(FIRST, SECOND);
        assertThat(sections.related()).containsExactly("City airport passenger numbers reach record high");
    }

    @Test
    void aBlankLineEndsALinkListSetTightUnderItsHeader() {
        String subheading = "\u2018I pulled my own tooth out\u2019";
        Sections sections = split(TITLE + "\n\nBy Jane Doe\n\n" + FIRST + "\n\nRead Next\nHow to find a dentist near you\n\n"
                + subheading + "\n\n" + SECOND + "\n");
        assertThat(sections.related()).containsExactly("How to find a dentist near you");
        assertThat(sections.body()).containsExactly(FIRST, subheading, SECOND);
        sections = split(STORY + "\nMore in this section\n\nCity airport numbers reach record high\n"
                + "Council approves flood relief scheme\n");
        assertThat(sections.related()).containsExactly("City airport numbers reach record high",
                "Council approves flood relief scheme");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Top Comments", "0 Comments", "Comments (14)", "Join the conversation",
        "6 thoughts on \u201cTwo taken to hospital after three-vehicle crash on Example Way\u201d",
        "Add your comment to this story\n\nTo join the conversation, please Log in. Don’t have an account? Register"})
    void readersCommentsUnderTheArticleAreNoText(String header) {
        String third = "The finance minister said the scheme would be reviewed in the autumn.";
        Sections sections = split(STORY + "\n" + third + "\n\n" + header + "\n\nJaneD\n\n"
                + "About time. Last year the buses parked on top of the nests.\n\nAnother reader\n\n"
                + "Funny how nobody asks the penguins.\n");
        assertThat(sections.body()).containsExactly(FIRST, SECOND, third);
    }

    @Test
    void aBioNamingTheAuthorOfANameLineCountsBeforeALinkList() {
        String bio = "Jane Doe is a reporter at Example News covering courts and politics.";
        Sections sections = split(TITLE + "\n\nJane Doe\n\n" + FIRST + "\n\n" + SECOND + "\n\nJane Doe\n\n" + bio
                + "\n\nLatest from Example\n\nCity to raise tunnel tolls from January\n");
        assertThat(sections.authorBio()).isEqualTo(bio);
        assertThat(sections.byline()).containsExactly("Jane Doe");
    }

    /** A reporter for two titles writes for the first; a title whose name joins two words stays whole. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Jane Doe is a reporter for the Example Courier and Example Guardian, covering Wyre.|Example Courier",
        "Jane Doe is a senior reporter for Example Live and the Example Echo, covering Cheltenham.|Example Live",
        "Jane Doe is a reporter for the Example News and Journal, covering Stroud.|Example News and Journal"})
    void aBioNamesTheOutletTheAuthorWritesFor(String bio, String publisher) {
        Sections sections = split(TITLE + "\n\nBy Jane Doe\n\n" + FIRST + "\n\n" + SECOND + "\n\n" + bio + "\n");
        assertThat(sections.authorBio()).isEqualTo(bio);
        assertThat(sections.publisher()).isEqualTo(publisher);
    }

    @Test
    void aSubheadingIsNoName() {
        Sections sections = split(TITLE + "\n\nBy Jane Doe\n\n" + FIRST + "\n\nWhat People Are Saying\n\n" + SECOND
                + "\n");
        assertThat(sections.byline()).containsExactly("Jane Doe");
        assertThat(sections.body()).containsExactly(FIRST, "What People Are Saying", SECOND);
    }

    @Test
    void footerLinksAreNoAuthors() {
        Sections sections = split(STORY + "\nPrivacy Statement\nCookie Statement\nAbout Us\nAd Choices\n");
        assertThat(sections.byline()).containsExactly("Jane Doe");
        assertThat(sections.body()).containsExactly(FIRST, SECOND);
        sections = split(STORY + "\nClosed Captioning\nSelect Shopping\nSelect Personal Finance\n");
        assertThat(sections.byline()).containsExactly("Jane Doe");
        sections = split(STORY + "\nTop Videos\nAbout Example\nCommercial Services\nView Editorial Guidelines\n"
                + "Short Url\nJohn Roe\nSenior Congressional Reporter\n");
        assertThat(sections.byline()).containsExactly("Jane Doe", "John Roe");
        sections = split(STORY + "\nGeo Example\nExample Super\nExample Tez\nAbout Us\nExample Media Ireland\n"
                + "\u00a9 Example.ie 2024\n");
        assertThat(sections.byline()).containsExactly("Jane Doe");
        sections = split(TITLE + "\n\n" + FIRST + "\n\n" + SECOND + "\n\nJohn Roe\n");
        assertThat(sections.byline()).containsExactly("John Roe");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Jane Doe\nJane Doe is the transport reporter for The Example Herald.",
        "\u00a9 Example Media 2025"})
    void theAuthorsBioOrTheCopyrightNoticeEndsTheArticle(String footer) {
        String third = "The council will meet again in June to review the costs.";
        Sections sections = split(STORY + "\n" + third + "\n\n" + footer
                + "\nConnect via X or email.\nStory tips can be sent to jane.doe@example.com.\n"
                + "Example.ie is the website of Example Media, which is not responsible for external sites.\n");
        assertThat(sections.body()).containsExactly(FIRST, SECOND, third);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "About Jane Doe|Jane swam for her college team and has covered swimming for Example Swim since 2021.",
        "ABOUT THE AUTHOR|Doe is an urban planner and a contributing columnist for Example Quarterly.",
        "About the author|Jane Doe coaches a junior rowing club on weekends.",
        "Jane Doe / Reporter|I joined the Example Gazette in 2022 and cover the Lakes. Get in touch with your stories.",
        "Jane Doe / Health reporter|Health reporter covering the region for the Example Argus. Contact me with your "
            + "stories.",
        "Jane Doe / Senior Reporter|Senior reporter covering the county for the Example Press.",
        "Profile Image of Jane Doe / Jane Doe|Jane Doe covers politics for the Example Eagle."})
    void anAuthorBoxsOrCardsBioStandsUnderItsHeading(String heading, String bio) {
        // a card's heading is the name over the role, " / " standing for the line break
        Sections sections = split(STORY + "\n" + heading.replace(" / ", "\n") + "\n" + bio + "\n");
        assertThat(sections.authorBio()).isEqualTo(bio);
        assertThat(sections.body()).containsExactly(FIRST, SECOND);
    }

    @Test
    void theOutletUnderTheAuthorsNameIsNoSecondAuthor() {
        Sections sections = split("The Examplean\nNews\nSport\n\n" + TITLE + "\nJane Doe\nNashville Examplean\n"
                + "Published 5:00 a.m. CT March 14, 2025\n\n" + FIRST + "\n\n" + SECOND
                + "\n\nJane Doe covers politics for The Examplean.\n");
        assertThat(sections.publisher()).isEqualTo("The Examplean");
        assertThat(sections.byline()).containsExactly("Jane Doe");
    }

    @Test
    void aPlaceTheHeadlineNamesIsNoSecondAuthor() {
        Sections sections = split("Fort Example students build a birchbark canoe\n\nJane Doe, Fort Example\n\n"
                + FIRST + "\n\n" + SECOND + "\n");
        assertThat(sections.byline()).containsExactly("Jane Doe");
    }

    @Test
    void theNamesOverReadersCommentsAreNoAuthors() {
        String third = "The finance minister said the scheme would be reviewed in the autumn.";
        Sections sections = split(STORY + "\n" + third + "\n\nComments (2)\n\nJohn Roe\nNovember 19, 2025 - 6:02pm\n"
                + "She taught me to sail in 1968.\nReply\n");
        assertThat(sections.byline()).containsExactly("Jane Doe");
        assertThat(sections.body()).containsExactly(FIRST, SECOND, third);
    }

    @Test
    void aNameOverItsRoleAndTheStampIsTheByline() {
        Sections sections = split(TITLE + "\n\nJane Doe\nReporter\n6:17PM, NOV 19 2025\n\n" + FIRST + "\n\n" + SECOND
                + "\n");
        assertThat(sections.byline()).containsExactly("Jane Doe");
    }

    @Test
    void aLetterIsSignedUnderItsClosing() {
        String third = "To every musician who has played there: thank you.";
        Sections sections = split(TITLE + "\n\nDear Editor,\n\n" + FIRST + "\n\n" + SECOND + "\n\n" + third
                + "\n\nYours faithfully,\nJane Doe\nRetired music teacher\n");
        assertThat(sections.byline()).containsExactly("Jane Doe");
    }

    @Test
    void anAuthorNamedInCapitalsOverTheStoryAndInMixedCaseUnderItIsOneAuthor() {
        String bio = "Jane Doe covers city government for the Example Times.";
        Sections sections = split(TITLE + "\n\nJANE DOE | Staff Writer\n\n" + FIRST + "\n\n" + SECOND + "\n\n" + bio
                + "\n");
        assertThat(sections.byline()).containsExactly("Jane Doe");
        assertThat(sections.standfirst()).isNull();
        assertThat(sections.body()).containsExactly(FIRST, SECOND);
    }

    @Test
    void anAuthorCardMayNameTheAuthorByHerFirstName() {
        String bio = "Jane covers Norway's seafood and energy industries from Oslo.";
        Sections sections = split(TITLE + "\n\nBy Jane Doe\n\n" + FIRST + "\n\n" + SECOND + "\n\nJane Doe\n\n"
                + "Example News\n\n" + bio + "\n\n\u00a9 2025 Example News\n");
        assertThat(sections.authorBio()).isEqualTo(bio);
        assertThat(sections.byline()).containsExactly("Jane Doe");
        assertThat(sections.publisher()).isEqualTo("Example News");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Example Herald|\u00a9 2025 The Example Printers Private Ltd|Example Herald",
        "examplevillage|Copyright \u00a9 2025 Example Communications Limited|examplevillage",
        "Example Herald Logo|Privacy Policy|Example Herald",
        "Notes from Example|Sign up for the Notes newsletter|Notes from Example",
        "Chester and District Example|Jane joined the Chester Example in 2021 and covers the city.|Chester and District Example",
        "Stroud News and Example|Sign up for the Stroud News & Example newsletter|Stroud News and Example",
        "Dewsbury Reporter|Privacy Policy|Dewsbury Reporter"})
    void theLogoOverThePageNamesTheOutletWhereTheTextNamesItsOwnerOrPart(String logo, String footer,
            String publisher) {
        Sections sections = split(logo + "\nNews\nSport\n" + STORY + "\n" + footer + "\n");
        assertThat(sections.publisher()).isEqualTo(publisher);
        assertThat(sections.body()).containsExactly(FIRST, SECOND);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Support local journalism \u2013 subscribe to the Example Leader ePaper today.",
        "Join the Example Leader WhatsApp channel for the latest news.", "Subscribe to Example Leader"})
    void aPromoAfterALeadInOrForAChannelNamesThePublisher(String promo) {
        Sections sections = split(STORY + "\n" + promo + "\n\n\u00a9 2025 Example Media Group\n");
        assertThat(sections.publisher()).isEqualTo("Example Leader");
    }

    @Test
    void aPossessiveTheLogoHoldsIsPartOfTheOutletsName() {
        String promo = "Sign up for the Example\u2019s List Daily Briefing to get the top stories every morning.";
        Sections sections = split("Example\u2019s List\nNews\nSport\n\n" + STORY + "\n" + promo + "\n");
        assertThat(sections.publisher()).isEqualTo("Example\u2019s List");
        sections = split("News\nSport\n\n" + STORY + "\n" + promo + "\n");
        assertThat(sections.publisher()).isEqualTo("Example");
        String shortName = "Sign up for the Herald\u2019s newsletter for the day\u2019s top stories.";
        sections = split("Buenos Example Herald\nWatch Example Herald\nNews\n\n" + STORY + "\n" + shortName + "\n");
        assertThat(sections.publisher()).isEqualTo("Buenos Example Herald");
    }

    @Test
    void theLogoGivesTheOutletWithoutItsProductsWordsOrWithItsSection() {
        Sections sections = split("Example\nDaily\nWeekly Wrapup\n\n" + STORY
                + "\nSubscribe to Example Daily and get one story in your inbox every morning.\n");
        assertThat(sections.publisher()).isEqualTo("Example");
        sections = split("Example Sports\nHome\nFootball\n\n" + STORY
                + "\nCopyright \u00a9 2025 Example Sports. All rights reserved.\n");
        assertThat(sections.publisher()).isEqualTo("Example Sports");
        sections = split("Example Islands Business\nHome\nRegional\n\n" + STORY
                + "\n\u00a9 2025 Example Islands Business International\n");
        assertThat(sections.publisher()).isEqualTo("Example Islands Business");
    }

    @Test
    void aPlaceBeforeTheAuthorsRoleIsNoOutlet() {
        String bio = "Jane Doe is a Melbourne writer and gardener.";
        Sections sections = split(STORY + "\n" + bio + "\n\n\u00a9 2025 The Example Paper\n");
        assertThat(sections.publisher()).isEqualTo("The Example Paper");
    }

    @Test
    void anAuthorCardsLinkIsNoOutlet() {
        Sections sections = split(TITLE + "\n\nJane Doe | READ MORE\n\n" + FIRST + "\n\n" + SECOND
                + "\n\n\u00a9 2025 Example Magazine\n");
        assertThat(sections.publisher()).isEqualTo("Example Magazine");
    }

    @Test
    void anAuthorCardAboveTheTextEndsNothing() {
        String bio = "Jane Doe is the transport reporter for The Example Herald.";
        Sections sections = split(TITLE + "\n\nJane Doe\n" + bio + "\n\n" + FIRST + "\n\n" + SECOND + "\n");
        assertThat(sections.authorBio()).isEqualTo(bio);
        assertThat(sections.body()).containsExactly(FIRST, SECOND);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "By\u00a0 Jane Doe\u00a0 with AP\nShare this article\nClose Button",
        "India News | Written by Jane Doe | Updated: March 12, 2025 10:41 am IST",
        "Jane Doe and agencies",
        "By Jane Doe Senior Reporter"})
    void theBylineNamesOnlyTheAuthor(String byline) {
        Sections sections = split(TITLE + "\n\n" + byline + "\n\n" + FIRST + "\n\n" + SECOND + "\n");
        assertThat(sections.byline()).containsExactly("Jane Doe");
        assertThat(sections.body()).containsExactly(FIRST, SECOND);
    }
}
