package io.newsenrich.text.sections;

import static io.newsenrich.text.sections.TestLines.line;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class LineFolderTest {

    private static final List<WordPhrases> LISTS = List.of(WordCues.CHANNELS, WordCues.PROMO_PHRASES,
            WordCues.READER_ADDRESS, WordCues.BIO_ROLES, WordCues.AUTHOR_ROLES, WordCues.WIRE_CLAUSES);

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Plain words, no digits here|0|1",
        "In 2019 it rose by 4.5%|1|1",
        "\u2014 \u2026 \u2014|0|0",
        "\u00C9TAT \u0661\u0662|1|1"})
    void factsMatchTheFoldedText(String text, int digit, int letterOrDigit) {
        SourceLine line = line(text);
        assertThat(line.folded()).isEqualTo(Cues.fold(line.text()));
        assertThat(line.wordCount()).isEqualTo(Cues.wordCount(line.text()));
        assertThat(line.hasDigit()).isEqualTo(digit == 1);
        assertThat(line.hasLetterOrDigit()).isEqualTo(letterOrDigit == 1);
    }

    /** The cue bits only rule lines out: a line holding a phrase of a list is never ruled out for that list. */
    @ParameterizedTest
    @MethodSource("phrasesInLines")
    void aLineHoldingAPhraseIsNotRuledOut(WordPhrases list, String text) {
        SourceLine line = line(text);
        assertThat(list.in(line.folded())).isTrue();
        assertThat(list.in(line)).isTrue();
    }

    static Stream<Arguments> phrasesInLines() {
        return LISTS.stream().flatMap(list -> list.phrases().stream().flatMap(phrase -> Stream.of(
                Arguments.of(list, phrase.toUpperCase()),
                Arguments.of(list, "Then \u201C" + phrase + "\u201D, she said."),
                Arguments.of(list, "(" + capitalised(phrase) + ") next"))));
    }

    @ParameterizedTest
    @CsvSource({"Associated Press writers Jane Doe and John Roe contributed to this report.",
        "Staff contributedly wrote this.", "He contributed."})
    void aContributorVerbSetsItsBitInEveryWordItOpens(String text) {
        assertThat(line(text).mayHold(WordCues.CONTRIBUTED)).isTrue();
    }

    @ParameterizedTest
    @CsvSource({"The minister met officials in the capital on Tuesday.", "Prices rose again, traders said."})
    void aPlainSentenceIsRuledOutForPromoPhrasesAndRoles(String text) {
        SourceLine line = line(text);
        assertThat(line.mayHold(WordCues.PROMO_PHRASES)).isFalse();
        assertThat(line.mayHold(WordCues.AUTHOR_ROLES)).isFalse();
    }

    @ParameterizedTest
    @CsvSource({"31", "60"})
    void aLineTooLongForThePromoTestIsNeverRuledOut(int words) {
        SourceLine line = line("word ".repeat(words));
        assertThat(LISTS).allSatisfy(list -> assertThat(line.mayHold(list)).isTrue());
    }

    private static String capitalised(String phrase) {
        return Character.toUpperCase(phrase.charAt(0)) + phrase.substring(1);
    }
}
