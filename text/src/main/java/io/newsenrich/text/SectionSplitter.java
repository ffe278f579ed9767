package io.newsenrich.text;

import io.newsenrich.text.sections.PageReader;

/**
 * Splits copied web text into sections (headline, standfirst, captions, body, related links, promos, byline,
 * author bio, publisher) and the raw-text spans of the figure-bearing blocks. Stateless and thread-safe; the rules
 * live in {@link io.newsenrich.text.sections}.
 */
public final class SectionSplitter {

    public SplitArticle split(String text) {
        return PageReader.read(text == null ? "" : text);
    }
}
