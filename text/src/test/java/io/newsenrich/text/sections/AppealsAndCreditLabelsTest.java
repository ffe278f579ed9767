package io.newsenrich.text.sections;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsenrich.model.Caption;
import io.newsenrich.model.Sections;
import io.newsenrich.text.SectionSplitter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** An outlet's appeals for its readers' support, credits under a label of their own and labelled link modules. */
class AppealsAndCreditLabelsTest {

    private static final String TITLE = "Health agency warns of early start to fever season";
    private static final String FIRST = "Officials said cases had risen in five states since January.";
    private static final String SECOND = "The agency urged people to seek care early if symptoms appear.";
    private static final String THIRD = "Hospitals in the worst-hit areas have been told to prepare isolation wards.";
    private static final String STORY = TITLE + "\n\nBy Jane Doe\n\n" + FIRST + "\n\n" + SECOND + "\n\n" + THIRD
            + "\n";

    private final SectionSplitter splitter = new SectionSplitter();

    private Sections split(String raw) {
        return splitter.split(raw).sections();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "Independent journalism is only possible with your support. If you value what we do, please consider a gift.",
        "By contributing to Example Times, you are helping to sustain a journalism of relevance.",
        "For continued free access to the best investigative journalism we ask you to consider a modest donation.",
        "Example News is run by a small editorial team and funded through donations from our readers.",
        "EXPR relies on your support. Give now to keep local news free for everyone.",
        "Your support makes our work possible.",
        "Make a contribution to Independent Journalism",
        "Independent journalism costs money. Support Example Times for the price of a coffee.",
        "Thank you for donating to Example.nl.",
        "We could not provide this service, and keep it free of charge, without the support of our readers.",
        "We don’t only investigate technology. Your donations power our reporting. Give now."})
    void anAppealForTheReadersSupportIsAPromo(String appeal) {
        Sections sections = split(STORY + "\n" + appeal + "\n");
        assertThat(sections.promos()).containsExactly(appeal);
        assertThat(sections.body()).containsExactly(FIRST, SECOND, THIRD);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "“Independent journalism is only possible with your support,” the editor told staff on Monday.",
        "What would you say have been the contributions of the paper to journalism in this country?",
        "The council approved the plan on Monday.Please support my independent journalism, thank you!",
        "Support among voters for public media has fallen, the survey found."})
    void quotesQuestionsAndArticleSentencesAreNoAppeals(String line) {
        Sections sections = split(STORY + "\n" + line + "\n");
        assertThat(sections.body()).containsExactly(FIRST, SECOND, THIRD, line);
    }

    @Test
    void aCreditUnderItsOwnLabelCreditsEachCaptionAboveIt() {
        String firstCaption = "Nurses prepare beds in a new isolation ward on Tuesday.";
        String secondCaption = "A health worker sprays disinfectant in a market in the capital.";
        Sections sections = split(TITLE + "\n\nBy Jane Doe\n\n" + FIRST + "\n\n" + firstCaption + "\nCredit:\nJohn Roe"
                + "\n\n" + SECOND + "\n\n" + secondCaption + "\nCredit:\nExample Health Agency\n\n" + THIRD + "\n");
        assertThat(sections.captions()).containsExactly(new Caption(firstCaption, "John Roe"),
                new Caption(secondCaption, "Example Health Agency"));
        assertThat(sections.body()).containsExactly(FIRST, SECOND, THIRD);
    }

    @Test
    void theLeadPicturesCreditAfterTheTextCreditsNoParagraph() {
        Sections sections = split(STORY + "\n(Top photo: John Roe/Example Images)\n\nStart Free Trial\n\nGeneral Info\n");
        assertThat(sections.body()).containsExactly(FIRST, SECOND, THIRD);
        assertThat(sections.captions()).isEmpty();
        assertThat(sections.byline()).containsExactly("Jane Doe");
    }

    @Test
    void aPhotographerSentByTheOutletCreditsTheSentenceOverTheName() {
        String caption = "Nurses prepare beds in a new isolation ward on Tuesday.";
        Sections sections = split(TITLE + "\n\nBy Jane Doe\n\n" + caption + "\nJohn Roe for Example Magazine\n\n"
                + FIRST + "\n\n" + SECOND + "\n\nRelated\nScientists Call for Action\nResidents Push for Change\n");
        assertThat(sections.captions()).containsExactly(new Caption(caption, "John Roe for Example Magazine"));
        assertThat(sections.body()).containsExactly(FIRST, SECOND);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Read related Example coverage", "You Might Also Like \u2026", "Most Popular on example.com",
        "Read more with Example", "Most Read Business Stories", "Further Reading"})
    void aLinkModulesHeaderHeadsItsLinks(String header) {
        String link = "State doubles fever testing sites ahead of the rainy season";
        Sections sections = split(TITLE + "\n\nBy Jane Doe\n\n" + FIRST + "\n\n" + header + "\n" + link + "\n\n"
                + SECOND + "\n\n" + THIRD + "\n");
        assertThat(sections.related()).containsExactly(link);
        assertThat(sections.body()).containsExactly(FIRST, SECOND, THIRD);
    }

    /** A call with a link's leftover ("(opens in new tab)") is a promo, not a related link. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Follow Example Tribune on Google News for the latest updates",
        "Sign up to our daily newsletter (opens in new tab)", "Follow us on Facebook (opens in new tab)"})
    void aFollowOrSignUpLineIsAPromo(String promo) {
        Sections sections = split(STORY + "\n" + promo + "\n");
        assertThat(sections.promos()).containsExactly(promo);
        assertThat(sections.related()).isEmpty();
        assertThat(sections.body()).containsExactly(FIRST, SECOND, THIRD);
    }
}
