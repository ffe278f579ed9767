package io.newsenrich.text.figures;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Word shapes let every added word through in any ASCII case and turn away words of another shape. */
class WordShapesTest {

    private static final WordShapes SHAPES = new WordShapes();

    static {
        for (String word : new String[] {"one", "twenty", "bn", "a"}) {
            SHAPES.add(word);
        }
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "one, true", "One, true", "ONE, true", "twenty, true", "Twenty, true", "bn, true", "a, true", "A, true",
            // same first letters and length: the exact lookup after the shape tells these apart
            "twelve, true", "ons, true",
            "the, false", "on, false", "onerous, false", "b, false", "twentieth, false", "an, false"
    })
    void passesOnlyTheShapesOfAddedWords(String word, boolean expected) {
        char[] text = (" " + word + " ").toCharArray();
        assertThat(SHAPES.mayMatch(text, 1, 1 + word.length())).isEqualTo(expected);
    }
}
