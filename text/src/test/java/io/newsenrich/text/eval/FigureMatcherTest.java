package io.newsenrich.text.eval;

import static io.newsenrich.text.eval.EvalFixtures.found;
import static io.newsenrich.text.eval.EvalFixtures.gold;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsenrich.model.Figure;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class FigureMatcherTest {

    @ParameterizedTest(name = "gold {0} {1} vs found {2} {3} -> {4}")
    @CsvSource({
            "22,   injured|people|person, 22,    people,         true",
            "1.5,  drones,                1.50,  drones,         true",
            "1500000, $,                  1.5E+6, $,             true",
            "574,  drones,                574,   Drones,         true",
            "574,  drones,                575,   drones,         false",
            "40,   missiles,              40,    drones,         false",
            "10,   days,                  10,    ' days ',       true",
    })
    void agreesOnValueAndASharedUnit(String goldValue, String goldUnits, String foundValue, String foundUnits,
                                     boolean agree) {
        GoldFigure expected = gold(goldValue, 0, goldUnits.split("\\|"));
        Figure actual = found(foundValue, 0, foundUnits.split("\\|"));

        assertThat(FigureMatcher.agree(expected, actual)).isEqualTo(agree);
    }

    @Test
    void eachFoundFigureMatchesOneGoldFigureOnly() {
        List<GoldFigure> expected = List.of(gold("2", 0, "players"), gold("2", 30, "players"));
        List<Figure> actual = List.of(found("2", 29, "players"));

        FigureMatcher.Result result = FigureMatcher.match(expected, actual);

        assertThat(result.counts()).isEqualTo(new Counts(1, 0, 1));
        assertThat(result.missed()).extracting(GoldFigure::start).containsExactly(0);
    }

    @Test
    void findsTheLargestPairingWhereTheNearestChoiceWouldLoseOne() {
        List<GoldFigure> expected = List.of(gold("5", 0, "people"), gold("5", 20, "injured"));
        List<Figure> actual = List.of(found("5", 0, "people", "injured"), found("5", 40, "people"));

        FigureMatcher.Result result = FigureMatcher.match(expected, actual);

        assertThat(result.counts()).isEqualTo(new Counts(2, 0, 0));
    }

    @Test
    void reportsUnmatchedFiguresOnBothSides() {
        List<GoldFigure> expected = List.of(gold("80", 0, "years"), gold("574", 10, "drones"));
        List<Figure> actual = List.of(found("80", 0, "years"), found("2022", 30, "years"));

        FigureMatcher.Result result = FigureMatcher.match(expected, actual);

        assertThat(result.counts()).isEqualTo(new Counts(1, 1, 1));
        assertThat(result.missed()).extracting(GoldFigure::text).containsExactly("574 drones");
        assertThat(result.falsePositives()).extracting(Figure::text).containsExactly("2022 years");
    }

    @Test
    void aFigureWithoutValueMatchesNothing() {
        Figure valueless = new Figure("some drones", null, List.of("drones"), "count", null, true, null, 0, 11, "",
                "body");

        assertThat(FigureMatcher.agree(gold("3", 0, "drones"), valueless)).isFalse();
    }
}
