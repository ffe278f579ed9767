package io.newsenrich.text.figures;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The char-kind table must answer exactly as {@link Character} does, for every UTF-16 char. */
class CharKindsTest {

    @Test
    void agreesWithCharacterOnEveryChar() {
        for (int i = 0; i <= Character.MAX_VALUE; i++) {
            char c = (char) i;
            assertThat(CharKinds.isLetter(c)).as("letter %04x", i).isEqualTo(Character.isLetter(c));
            assertThat(CharKinds.isUpperCase(c)).as("upper %04x", i).isEqualTo(Character.isUpperCase(c));
            assertThat(CharKinds.of(c) == CharKinds.DIGIT).as("digit %04x", i).isEqualTo(c >= '0' && c <= '9');
        }
    }

    @Test
    void unicodeSpacesAreSpaces() {
        for (char c : "\t\n \u00a0\u2007\u202f\u2003\u200b\u3000\ufeff".toCharArray()) {
            assertThat(CharKinds.of(c)).as("%04x", (int) c).isEqualTo(CharKinds.SPACE);
        }
    }
}
