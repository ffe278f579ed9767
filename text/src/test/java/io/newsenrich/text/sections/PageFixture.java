package io.newsenrich.text.sections;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsenrich.model.Caption;
import io.newsenrich.model.Sections;
import io.newsenrich.text.SectionSplitter;
import io.newsenrich.text.Span;
import io.newsenrich.text.SplitArticle;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A synthetic copied page built line by line together with the sections it must split into, so table-driven tests
 * can state a page once and assert the whole result.
 */
final class PageFixture {

    private final List<String> lines = new ArrayList<>();
    private String headline;
    private String standfirst;
    private final List<Caption> captions = new ArrayList<>();
    private final List<String> body = new ArrayList<>();
    private final List<String> related = new ArrayList<>();
    private final List<String> promos = new ArrayList<>();
    private final Set<String> byline = new LinkedHashSet<>();
    private String authorBio;
    private String publisher;

    PageFixture headline(String line) {
        lines.add(line);
        headline = line.strip();
        return this;
    }

    PageFixture standfirst(String line) {
        lines.add(line);
        standfirst = line.strip();
        return this;
    }

    PageFixture caption(String line, String text, String credit) {
        lines.add(line);
        if (captions.stream().noneMatch(caption -> caption.text().equals(text))) {
            captions.add(new Caption(text, credit));
        }
        return this;
    }

    PageFixture body(String... paragraphs) {
        for (String paragraph : paragraphs) {
            lines.add(paragraph);
            body.add(paragraph.strip());
        }
        return this;
    }

    PageFixture related(String line, String text) {
        lines.add(line);
        related.add(text);
        return this;
    }

    PageFixture promo(String line, String text) {
        lines.add(line);
        promos.add(text);
        return this;
    }

    PageFixture byline(String line, List<String> names) {
        lines.add(line);
        byline.addAll(names);
        return this;
    }

    PageFixture bio(String line, String name) {
        lines.add(line);
        authorBio = line.strip();
        byline.add(name);
        return this;
    }

    /** A line that belongs to no section (a repeat, chrome, a related-links header). */
    PageFixture furniture(String line) {
        lines.add(line);
        return this;
    }

    PageFixture publisher(String outlet) {
        publisher = outlet;
        return this;
    }

    String text(String lineEnd, boolean blankLines) {
        return String.join(blankLines ? lineEnd + lineEnd : lineEnd, lines) + lineEnd;
    }

    Sections expected() {
        return new Sections(headline, standfirst, captions, body, related, promos, List.copyOf(byline), authorBio,
                publisher);
    }

    /** Splits the page and asserts every section, and that each span's text is its section text. */
    void assertSplits(String lineEnd, boolean blankLines) {
        String raw = text(lineEnd, blankLines);
        SplitArticle split = new SectionSplitter().split(raw);
        assertThat(split.sections()).as(raw).isEqualTo(expected());
        List<String> spanned = new ArrayList<>();
        for (Span span : split.spans()) {
            spanned.add(raw.substring(span.start(), span.end()));
        }
        List<String> figureBearing = new ArrayList<>();
        if (headline != null) {
            figureBearing.add(headline);
        }
        if (standfirst != null) {
            figureBearing.add(standfirst);
        }
        assertThat(spanned).as("spans of " + raw).containsAll(figureBearing).containsAll(body)
                .containsAll(captions.stream().map(Caption::text).toList())
                .hasSize(figureBearing.size() + body.size() + captions.size());
        assertThat(split.spans()).isSortedAccordingTo((a, b) -> Integer.compare(a.start(), b.start()));
    }
}
