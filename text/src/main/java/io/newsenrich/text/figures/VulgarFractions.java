package io.newsenrich.text.figures;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The single-char fractions of Unicode that US and sports copy writes after whole numbers ("4½ inches", "5⅔ innings")
 * or alone ("¾ mile"), as parts of the number they close.
 */
final class VulgarFractions {

    private static final String SIGNS = "½¼¾⅓⅔⅕⅖⅗⅘⅙⅚⅛⅜⅝⅞";
    private static final String NUMERATORS = "113121234151357";
    private static final String DENOMINATORS = "244335555668888";
    /** Enough places that thirds and sixths keep the precision of the whole numbers they follow. */
    private static final int SCALE = 6;

    private VulgarFractions() {
    }

    static boolean is(char c) {
        return c >= '¼' && SIGNS.indexOf(c) >= 0;
    }

    /** The value of fraction sign {@code c}, which {@link #is} accepts. */
    static BigDecimal value(char c) {
        int at = SIGNS.indexOf(c);
        return BigDecimal.valueOf(NUMERATORS.charAt(at) - '0')
                .divide(BigDecimal.valueOf(DENOMINATORS.charAt(at) - '0'), SCALE, RoundingMode.HALF_UP)
                .stripTrailingZeros();
    }
}
