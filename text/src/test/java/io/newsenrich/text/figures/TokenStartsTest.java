package io.newsenrich.text.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The tokenizer marks the tokens a figure or date may start at, and no others. */
class TokenStartsTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "paid 12 pounds | 12",
            "paid US$5 today | US $ 5",
            "cost HK $ 9 | HK $ 9",
            "a £3 fee and € | a £ 3 €",
            "&#163;8m fine | & 163 8",
            "twenty cats in May | twenty May",
            "a dozen eggs | a dozen",
            "the cat sat | ''"
    })
    void marksNumbersSignsAndTriggerWords(String text, String expected) {
        Tokens tokens = new Tokens();
        char[] chars = text.toCharArray();
        tokens.scan(chars, 0, chars.length);
        List<String> starts = new ArrayList<>();
        for (int t = -1; t <= tokens.count(); t++) {
            if (tokens.mayStart(t)) {
                starts.add(tokens.text(t));
            }
        }
        assertThat(String.join(" ", starts)).isEqualTo(expected);
    }
}
