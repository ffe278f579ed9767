package io.newsenrich.text.eval;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.math.BigDecimal;
import java.util.List;

/**
 * A figure as a gold file states it; only the fields the scorer and the gold checks use are read.
 *
 * @param text  the figure's exact text
 * @param value the plain number
 * @param unit  the unit as written first, then accepted other forms
 * @param kind  count, money, percent, distance, duration, age or measure
 * @param start start offset in the raw article text (Java String index)
 * @param end   end offset, exclusive
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record GoldFigure(String text, BigDecimal value, List<String> unit, String kind, int start, int end) {

    public GoldFigure {
        unit = List.copyOf(unit);
    }
}
