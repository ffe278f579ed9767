package io.newsenrich.text.figures;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A token is one of the named {@link Words} in any case, and never when it is another or an unknown word. */
class TokenWordsTest {

    @ParameterizedTest(name = "{0} is 'of': {1}")
    @CsvSource({"of, true", "Of, true", "OF, true", "off, false", "on, false", "o, false", "drones, false",
            "7, false"})
    void matchesTheWordInAnyCaseOnly(String token, boolean expected) {
        Tokens tokens = new Tokens();
        char[] text = ("12 " + token + " drones").toCharArray();
        tokens.scan(text, 0, text.length);
        assertThat(tokens.isWord(1, Words.OF)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} is 'of': false")
    @CsvSource({"-1", "3", "40"})
    void tokensOutsideTheRangeAreNoWord(int t) {
        Tokens tokens = new Tokens();
        char[] text = "12 of drones".toCharArray();
        tokens.scan(text, 0, text.length);
        assertThat(tokens.isWord(t, Words.OF)).isFalse();
    }
}
