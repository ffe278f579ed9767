package io.newsenrich.model;

import java.util.List;

/** What the text core finds in one article: its sections, its figures and the dates it names. */
public record Analysis(Sections sections, List<Figure> figures, List<DateMention> dates) {

    public Analysis {
        figures = List.copyOf(figures);
        dates = List.copyOf(dates);
    }
}
