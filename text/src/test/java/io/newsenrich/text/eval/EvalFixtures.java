package io.newsenrich.text.eval;

import io.newsenrich.model.Analysis;
import io.newsenrich.model.Figure;
import io.newsenrich.model.Sections;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

/** Tiny synthetic gold and analyzer output, so scorer tests do not depend on the real extractor. */
final class EvalFixtures {

    private EvalFixtures() {
    }

    static GoldFigure gold(String value, int start, String... unit) {
        return new GoldFigure(value + " " + unit[0], new BigDecimal(value), Arrays.asList(unit), "count", start,
                start + value.length() + 1 + unit[0].length());
    }

    static Figure found(String value, int start, String... unit) {
        return new Figure(value + " " + unit[0], new BigDecimal(value), Arrays.asList(unit), "count", null, false,
                null, start, start + value.length() + 1 + unit[0].length(), "", "body");
    }

    static Analysis analysis(String headline, List<String> body, List<Figure> figures) {
        return new Analysis(new Sections(headline, null, List.of(), body, List.of(), List.of(), List.of(), null, null),
                figures, List.of());
    }
}
