package io.newsenrich.text.sections;

import static io.newsenrich.text.sections.TestLines.line;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RelatedTest {


    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "A town on the front line: life under fire\u2019Opens in new window ]|A town on the front line: life under fire\u2019",
        "Ceasefire talks stall as both sides dig in Opens in new window ]|Ceasefire talks stall as both sides dig in",
        "Read more: Why the backstop is so controversial?|Why the backstop is so controversial?",
        "Editor's Choice: Craft villages draw record visitors|Craft villages draw record visitors",
        "READ MORE: Finance chief under fire over no-deal planning|Finance chief under fire over no-deal planning",
        "Related: Ministers approve new budget rules|Ministers approve new budget rules",
        "MORE NEWS: Stadium to be demolished after the Games|Stadium to be demolished after the Games",
        "Related : Example : Fighting displaces thousands|Example : Fighting displaces thousands",
        "Read more : Ministers approve new budget rules|Ministers approve new budget rules",
        "'Also Read | Ministers approve new budget rules'|Ministers approve new budget rules",
        "Go deeper: States race to pass new rules|States race to pass new rules",
        "SEE ALSO: Democrats prepared to subpoena the report|Democrats prepared to subpoena the report",
        "[ Markets slide as oil prices jump ]|Markets slide as oil prices jump",
        "Inside the race to rebuild the power grid \u00BB|Inside the race to rebuild the power grid",
        "Analysis: Why the army is pushing towards the city now|Why the army is pushing towards the city now",
        "Live updates: the war in Ukraine|the war in Ukraine",
        "Explainer: What are long-range missiles and why do they matter?|What are long-range missiles and why do they matter?",
        "'READ | Freight volumes fall to lowest level in 20 years'|Freight volumes fall to lowest level in 20 years",
        "Read moreFarmers renew protests as EU pushes ahead with trade deal|Farmers renew protests as EU pushes ahead with trade deal",
        "Also: The best VPN services (and how to choose one)|The best VPN services (and how to choose one)",
        "Read more: Ministers approve new budget rules (opens in a new tab)|Ministers approve new budget rules",
        "Read next: Ministers approve new budget rules \u2013 opens in new tab|Ministers approve new budget rules",
        "ALSO IN THE STANDARD: Ministers approve new budget rules|Ministers approve new budget rules",
        "Also on Example Times: Redevelopment plans go on show|Redevelopment plans go on show",
        "READ MORE >> Man charged after woman hurt in crash|Man charged after woman hurt in crash",
        "More from the Example Standard: Market to move to new layout|Market to move to new layout",
        "Also on Example Chronicle: Pipe band celebrates 90 years [ Opens in new window ]|Pipe band celebrates 90 years",
        "Related: Ministers approve new budget rules [Opens in new tab]|Ministers approve new budget rules"})
    void stripsLinkLeftovers(String text, String link) {
        assertThat(Related.linkText(line(text))).isEqualTo(link);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "The minister said the plan [to cut taxes] would pass.",
        "Oakeshott: Yes, absolutely (Drowned out by applause.)]",
        "More than 200 people were evacuated.",
        "Moscow has dampened hopes of a swift breakthrough.",
        "Analysis: the figures show the economy shrank in the third quarter.",
        "Read more about the plans on our website.",
        "Read the full report here.",
        "Also on the agenda: a plan to reopen the post office, which closed in 2019."})
    void leavesTextWithoutLinkCuesAlone(String text) {
        assertThat(Related.linkText(line(text))).isNull();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"Related posts|true", "READ MORE|true", "Read more:|true",
        "Similar Articles|true", "RELATED ARTICLESMORE FROM AUTHOR|true", "Recent Posts|true", "Top Articles|true",
        "Read this next:|true", "Editors\u2019 picks|true",
        "More on this story|true", "Related Articles:|true", "Related reading is optional.|false",
        "Read more about the plan here|false", "Read more about interest rates:|true", "list of 3 items|true",
        "Tags|false", "Related News|true", "Related Topics|false", "More News From Example Wire|true",
        "Check out our other content|true", "Related to this story|true", "Most Viewed in News|true",
        "Recommended reading:|true", "More by this Author|true", "More severe weather coverage:|true",
        "Recommended Articles|true", "Latest Galway News|true", "More Leinster news|true", "Also in court:|true",
        "Also in court today|false", "Editor's picks|true", "What To Read Next|true", "Next Post|true", "Latest news on the strike is expected soon.|false"})
    void recognisesLinkListHeaders(String text, boolean header) {
        assertThat(Related.headerKind(line(text)) == LineKind.RELATED_HEADER).isEqualTo(header);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Tags", "Related Topics", "Filed under:", "Sections in this article:"})
    void recognisesTopicHeaders(String text) {
        assertThat(Related.headerKind(line(text))).isEqualTo(LineKind.TOPIC_HEADER);
    }
}
