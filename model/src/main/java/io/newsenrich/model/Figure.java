package io.newsenrich.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.util.List;

/**
 * A number stated in the text together with what it counts or measures (see shared/gold/GUIDELINES.md).
 *
 * @param text        the figure's exact text, {@code raw.substring(start, end)}
 * @param value       the plain number ("1.5 million" -> 1500000), trailing zeros stripped
 * @param unit        the counted noun or unit as written first, then other forms of it (singular/plural, the shared
 *                    noun of an elided figure); never empty
 * @param kind        one of count, money, percent, distance, duration, age, measure
 * @param qualifier   the bounding words ("at least", "more than", "within" ...), null when none
 * @param approximate true for vague amounts ("dozens of") and approximating qualifiers
 * @param event       the casualty or action event the figure counts ("killed", "injured" ...), null when none
 * @param start       start offset of {@code text} in the raw article text (Java String index)
 * @param end         end offset, exclusive
 * @param sentence    the sentence the figure stands in
 * @param section     the section the figure belongs to: headline, standfirst, captions or body
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Figure(String text, BigDecimal value, List<String> unit, String kind, String qualifier,
                     boolean approximate, String event, int start, int end, String sentence, String section) {

    public Figure {
        unit = List.copyOf(unit);
    }
}
