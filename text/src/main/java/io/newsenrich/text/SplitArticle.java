package io.newsenrich.text;

import io.newsenrich.model.Sections;
import java.util.List;

/** The sections of an article and the raw-text spans of the blocks that yield figures, in text order. */
public record SplitArticle(Sections sections, List<Span> spans) {

    public SplitArticle {
        spans = List.copyOf(spans);
    }
}
