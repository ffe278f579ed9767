package io.newsenrich.text;

import io.newsenrich.model.DateMention;
import io.newsenrich.model.Figure;
import java.util.List;

/** Figures and dates found in the figure-bearing spans of one article, in text order. */
public record Extraction(List<Figure> figures, List<DateMention> dates) {

    public Extraction {
        figures = List.copyOf(figures);
        dates = List.copyOf(dates);
    }
}
