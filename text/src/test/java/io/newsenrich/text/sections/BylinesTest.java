package io.newsenrich.text.sections;

import static io.newsenrich.text.sections.TestLines.line;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class BylinesTest {


    private static List<String> names(String joined) {
        return joined == null ? List.of() : Arrays.asList(joined.split(";"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        "By Jane Doe|Jane Doe",
        "By Jane Doe and John Smith|Jane Doe;John Smith",
        "By Jane Doe, John Smith and Ana de la Cruz|Jane Doe;John Smith;Ana de la Cruz",
        "BY Jane Doe in Kyiv|Jane Doe",
        "By Jane Doe - Reuters|Jane Doe",
        "By Jane Doe, Political Editor|Jane Doe",
        "BY JANE DOE AND JOHN SMITH|JANE DOE;JOHN SMITH",
        "By Jane Doe and John Smith, Political Editors|Jane Doe;John Smith",
        "By Jane Doe.|Jane Doe",
        "Posted by Jane Doe|Jane Doe",
        "'By Jane Doe | Mar. 21, 2025'|Jane Doe",
        "'By JANE DOE in Kunming and JOHN ROE in Beijing | Example Daily | Updated: 2024-03-12 09:21'|JANE DOE;JOHN ROE",
        "By Friday.|-",
        "By the end of the year, prices had doubled.|-",
        "By 2030 the grid must be carbon free|-",
        "By contrast, exports fell|-",
        "By Jane Doe, John Smith|Jane Doe;John Smith",
        "'by Jane Doe | Today at 4:12 a.m.'|Jane Doe",
        "By Jane Doe, Example Tribune|Jane Doe",
        "By JANE DOE FOR EXAMPLE ONLINE|JANE DOE",
        "By Jane Doe Example News|Jane Doe",
        "By JANE DOE Associated Press|JANE DOE",
        "By JANE DOÑA Example Herald-Republic|JANE DOÑA",
        "By Jane Doe with AP, AFP|Jane Doe",
        "By business reporter Jane Doe|Jane Doe",
        "by: Jane Doe|Jane Doe",
        "By Jane Doe @JaneDoe_EX|Jane Doe",
        "By Jane Doe jdoe@example.com|Jane Doe",
        "By Jane Doe Herald-Whig|Jane Doe",
        "By JO ANN DOE Staff Writer|JO ANN DOE",
        "By JANE DOE Jane.Doe@example.com|JANE DOE",
        "'By Jane Doe (jdoe@example.com) , Staff Writer'|Jane Doe",
        "Analysis by Jane Doe, ENN|Jane Doe",
        "Opinion by Jane Doe|Jane Doe",
        "Story and photos by Jane Doe-Roe|Jane Doe-Roe",
        "Authors: Jane Doe, John Roe|Jane Doe;John Roe",
        "BY JANE DOE [jane.doe@example.co.kr]|JANE DOE",
        "(By Jane Doe and John Roe)|Jane Doe;John Roe",
        "By Jane Doe   Nov. 19, 2025, 10:04 a.m.|Jane Doe",
        "By Jane Doe and John Roe 19 November 2025|Jane Doe;John Roe",
        "By Jane Doe - 03/05/25 6:00 AM ET|Jane Doe",
        "Words: Jane Doe-Kane|Jane Doe-Kane",
        "Text: Jane Doe|Jane Doe",
        "Essay by Jane Doe-Kane|Jane Doe-Kane",
        "From Jane Doe, Kumasi|Jane Doe",
        "'Posted by Jane Doe | Mar 14, 2024 | News |'|Jane Doe",
        "By Jane Doe -|Jane Doe",
        "'By |'|-",
        "By Jane Doe   15th Jul 2025|Jane Doe",
        "From Monday, Shops Open Late|-",
        "From Jane Doe, Kumasi, the market is calm.|-"})
    void readsByLines(String text, String expected) {
        assertThat(Bylines.byLineNames(line(text))).isEqualTo(names(expected));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        "(Reporting by Nick Brown; Editing by Cynthia Osterman)|Nick Brown",
        "(Reporting by Anna Smith in Kyiv and Tom Jones in Moscow; Writing by Mark Trevelyan; Editing by Alex Richardson)|Anna Smith;Tom Jones;Mark Trevelyan",
        "Additional reporting by Jane Doe|Jane Doe",
        "Additional reporting by Jane Doe: @janedoe|Jane Doe",
        "Reporting was contributed by Jane Doe from Bangkok and John Roe from Seoul.|Jane Doe;John Roe",
        "Edited by: Jane Doe|-",
        "(Editing by the desk)|-",
        "The reporting by local media was wrong.|-"})
    void readsWireCredits(String text, String expected) {
        assertThat(Bylines.wireCreditNames(line(text))).isEqualTo(names(expected));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        "Jane Doe Economics correspondent|Jane Doe",
        "John Roe Defence and security editor|John Roe",
        "Ana de la Cruz Latin America correspondent|Ana de la Cruz",
        "Jane Doe in Kyiv and John Roe, Ukraine correspondents|Jane Doe;John Roe",
        "JANE ROE and JOHN DOE, Example staff writers|JANE ROE;JOHN DOE",
        "Economics correspondent|-",
        "The newspaper's editor|-",
        "Send your questions to our economics editor|-",
        "Jane Doe, Political Correspondent|Jane Doe",
        "Jane Doe became editor.|-",
        "'Jane Doe, Data Editor | John Roe, Deputy Political Editor'|Jane Doe;John Roe",
        "'Jane Doe, Data Editor | Sign in'|-",
        "Jane Doe Senior Reporter and John Roe Local Democracy Reporter|Jane Doe;John Roe",
        "NewsJane Doe Senior Reporter|Jane Doe", "NewsJane DoeSenior Reporter|Jane Doe",
        "Newsome Doe Senior Reporter|Newsome Doe"})
    void readsANameWithItsRole(String text, String expected) {
        assertThat(Bylines.nameWithRoleNames(line(text))).isEqualTo(names(expected));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        "'Jane Doe | Staff Writer'|Jane Doe", "'JANE DOE | Staff Writer'|JANE DOE", "Jane Doe / Senior Reporter|Jane Doe",
        "'Newsroom | Staff Writer'|-", "'Jane Doe | Sign in'|-"})
    void readsANameBeforeItsRoleAfterABar(String text, String expected) {
        assertThat(Bylines.roleLineNames(line(text))).isEqualTo(names(expected));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        "Jane Doe, University of Exeter|Jane Doe",
        "Jane Doe, University of Exeter and John Roe, Universidade Federal do Pará|Jane Doe;John Roe",
        "Jane Doe, Example Institute of Science; John Roe, Imperial College London|Jane Doe;John Roe",
        "Jane Doe, Example Times|-",
        "Jane Doe's Mentor, The Bombing & A School Shooting Plot In New Mexico|-",
        "Jane Doe, who teaches at a school in Leeds, said it was unfair.|-"})
    void readsAuthorsWithTheirInstitutions(String text, String expected) {
        assertThat(Bylines.affiliatedNames(line(text))).isEqualTo(names(expected));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        "Associated Press writer Jane Doe contributed to this report.|Jane Doe",
        "Associated Press writers Jane Doe in Kyiv and John Roe contributed.|Jane Doe;John Roe",
        "CNN\u2019s Taylor Romine contributed to this report.|Taylor Romine",
        "Reuters' Ana de la Cruz and The Post's John Roe contributed reporting.|Ana de la Cruz;John Roe",
        "The Associated Press\u2019 Jane Doe contributed to this report.|Jane Doe",
        "Sean O\u2019Neill contributed to this report.|Sean O\u2019Neill",
        "Many people contributed to the fund.|-",
        "Zone B, which runs from Kalbarri to Lancelin, contributed 790 tonnes from 54 boats.|-"})
    void readsContributorNotes(String text, String expected) {
        assertThat(Bylines.contributorNames(line(text))).isEqualTo(names(expected));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        "Daniel Smith|Daniel Smith",
        "Jane Doe and John Smith|Jane Doe;John Smith",
        "Ana de la Cruz|Ana de la Cruz",
        "Sean O\u2019Neill|Sean O\u2019Neill",
        "Anna Maria Lopez Cruz in New York City|Anna Maria Lopez Cruz",
        "Anna Maria Lopez Cruz and John Paul Smith Jones|Anna Maria Lopez Cruz;John Paul Smith Jones",
        "Jane Doe, John Smith|Jane Doe;John Smith",
        "Jane Doe, John Smith and Ana de la Cruz|Jane Doe;John Smith;Ana de la Cruz",
        "Jane Doe, economics|-",
        "'Jane Doe | John Paul Smith'|Jane Doe;John Paul Smith",
        "'Jane Doe | Reporter'|-",
        "'Jane Doe | Evening Standard'|Jane Doe",
        "'Jane Doe | The Example Standard'|Jane Doe",
        "Newsroom Policies|-",
        "Race Results|-",
        "Jane Doe with AAP|Jane Doe",
        "'Jane Doe , Friday 14 Mar 2025'|Jane Doe",
        "'Jane Doe, 14 March 2025'|Jane Doe",
        "ABC Brisbane|-",
        "AJ Smith|AJ Smith",
        "K.V. Jane Doe|K.V. Jane Doe",
        "Peace talks resume in Geneva as the war drags on|-",
        "Peace talks|-",
        "UKRAINE WAR|-",
        "Ewood Park|-",
        "Monday 21 August|-",
        "Westerville Police Department|-",
        "NewsCatholic Church|-",
        "Example County Hospital|-",
        "The Irish Times|-",
        "Russia launched 574 drones.|-",
        "Jane Doe, Taipei; John Roe, Example Asia|Jane Doe;John Roe",
        "Jane Doe, John Roe, Example.lt, BNS|Jane Doe;John Roe",
        "Rain in Taipei; floods in Manila|-",
        "'Sports Sports | Feb 25, 2024'|-"})
    void readsNameOnlyLines(String text, String expected) {
        assertThat(Bylines.nameLineNames(line(text))).isEqualTo(names(expected));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        "'Jane Doe, Example Statesman Journal Published 6:01 a.m. PT May 14, 2024 | Updated 10:27 a.m.'|Jane Doe",
        "Jane Doe, Example Times Updated March 3, 2025|Jane Doe",
        "Prices rose, the Example Times reported, and published figures on 3 March|-"})
    void readsANameAndPaperBeforeTheStamp(String text, String expected) {
        assertThat(Bylines.namePaperStampNames(line(text))).isEqualTo(names(expected));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        "Jane Doe and AAP|Jane Doe",
        "Jane Doe and John Roe and Reuters|Jane Doe;John Roe",
        "Jane Doe and John Roe|-",
        "Rock and Roll|-"})
    void readsAnAuthorJoinedToAWire(String text, String expected) {
        assertThat(Bylines.wireJoinedNames(line(text))).isEqualTo(names(expected));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        "On March 14, 2025 9:02 pm In News by Jane Doe|Jane Doe",
        "On 3 June 2024 by Ana de la Cruz|Ana de la Cruz",
        "Posted on 14 March 2025 by Jane Doe|Jane Doe",
        "14 Mar, 2025 By Jane Doe|Jane Doe",
        "March 14, 2025 by Jane Doe|Jane Doe",
        "19th November, 2025 by Jane Doe|Jane Doe",
        "14 people were rescued in 2025 by John Smith|-",
        "On March 14, 2025 the bill was signed by Jane Doe.|-",
        "On Friday the plan was backed by John Smith|-",
        "On March 14, 2025 9:02 pm In News by Parliament|-"})
    void readsADatedMetaLineThatEndsWithTheByline(String text, String expected) {
        assertThat(Bylines.datedByLineNames(line(text))).isEqualTo(names(expected));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        "'Jane Doe · March 14, 2025 · 4 min read'|Jane Doe",
        "'Jane Doe — March 14, 2025 — 2 Comments'|Jane Doe",
        "'March 18, 2025| Jane Doe |'|Jane Doe",
        "'Jane Doe, John Roe   |14.04.2025 - Update : 14.04.2025'|Jane Doe;John Roe",
        "'Politics | March 18, 2025'|-",
        "'Arsenal 2 | Chelsea 1'|-",
        "'Jane Doe Friday, 5 December 2025, 12:47 Last update: about 4 days ago'|Jane Doe",
        "'Jane Doe 5 December 2025'|Jane Doe",
        "'Jane Doe, John Roe - Example.com'|Jane Doe;John Roe",
        "'Jane Doe may run for office in 2026'|-",
        "'Under Section 15 of the Example Act 2020, he may stay'|-"})
    void readsAMetaLineOfNamesAndDates(String text, String expected) {
        assertThat(Bylines.metaLineNames(line(text))).isEqualTo(names(expected));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Daniel Smith is Eastern Europe Correspondent for The Example Times|Daniel Smith",
        "Jane Doe is a regular commentator on the World Service programme Go Digital.|Jane Doe",
        "Simon Perry is the editor of the Digital Lifestyles website|Simon Perry",
        "Maria Garcia covers energy and climate for Example News.|Maria Garcia",
        "Ana de la Cruz is a freelance journalist based in Lima|Ana de la Cruz",
        "\u2014 Jane Doe covers technology and business. Reach her at jdoe@example.com.|Jane Doe",
        "Jane covers Norway's seafood and energy industries from Oslo.|Jane",
        "Jane Doe, an urban climatologist, is a visiting fellow at the Example Institute for Urban Futures.|Jane Doe"})
    void readsTheAuthorOfABio(String text, String name) {
        assertThat(Bylines.bioName(line(text))).isEqualTo(name);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "Mr Lavrov said the creation of a western coalition was unacceptable.",
        "The editor is John Smith.",
        "Russia is the largest country in the world.",
        "Sergey Lavrov is Russia's foreign minister."})
    void doesNotReadOrdinarySentencesAsBios(String text) {
        assertThat(Bylines.bioName(line(text))).isNull();
    }
}
