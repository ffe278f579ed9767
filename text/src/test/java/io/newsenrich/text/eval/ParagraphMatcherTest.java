package io.newsenrich.text.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ParagraphMatcherTest {

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "'Russia launched 574 drones.';           'Russia launched 574 drones.'",
            "'  Russia   launched\t574 drones. ';     'Russia launched 574 drones.'",
            "'Russia\u00a0launched 574 drones.';      'Russia launched 574 drones.'",
    })
    void collapsesWhiteSpace(String raw, String normalized) {
        assertThat(ParagraphMatcher.normalize(raw)).isEqualTo(normalized);
    }

    @Test
    void countsParagraphsFoundMissedAndExtra() {
        Counts counts = ParagraphMatcher.match(List.of("One.", "Two.", "Three."), List.of("One.", "Three.", "Menu"));

        assertThat(counts).isEqualTo(new Counts(2, 1, 1));
    }

    @Test
    void aRepeatedParagraphCountsOnlyAsOftenAsTheGoldHasIt() {
        Counts counts = ParagraphMatcher.match(List.of("Same.", "Other."), List.of("Same.", "Same.", "Other."));

        assertThat(counts).isEqualTo(new Counts(2, 1, 0));
    }
}
