package io.newsenrich.text.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PluralsTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            visitor   | visitors
            Passenger | passengers
            casualty  | casualties
            day       | days
            bus       | buses
            match     | matches
            box       | boxes
            crash     | crashes
            """)
    void regularPlurals(String noun, String plural) {
        assertEquals(plural, Plurals.of(noun));
    }
}
