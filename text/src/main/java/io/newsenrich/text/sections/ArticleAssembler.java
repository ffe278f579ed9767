package io.newsenrich.text.sections;

import io.newsenrich.model.Caption;
import io.newsenrich.model.Sections;
import io.newsenrich.text.Span;
import io.newsenrich.text.SplitArticle;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** The assembly: the sections and their spans from the lines as the passes left them. */
final class ArticleAssembler {

    private ArticleAssembler() {
    }

    static SplitArticle assemble(List<PageLine> lines, int headlineIndex, int standfirstIndex, String publisher) {
        String headline = null;
        String standfirst = null;
        String authorBio = null;
        List<Caption> captions = new ArrayList<>();
        Set<String> captionTexts = new HashSet<>();
        List<String> body = new ArrayList<>(lines.size());
        // a link the page lists twice (inline and under "Most read") is one link
        Set<String> related = new LinkedHashSet<>();
        List<String> promos = new ArrayList<>();
        Set<String> byline = new LinkedHashSet<>();
        List<Span> spans = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            PageLine line = lines.get(i);
            SourceLine source = line.source;
            if (i == headlineIndex) {
                headline = line.text();
                spans.add(new Span("headline", source.start(), source.end()));
                continue;
            }
            if (i == standfirstIndex) {
                standfirst = line.text();
                spans.add(new Span("standfirst", source.start(), source.end()));
                continue;
            }
            switch (line.kind) {
                case PLAIN -> {
                    body.add(line.text());
                    spans.add(new Span("body", source.start(), source.end()));
                }
                case CAPTION -> {
                    String text = line.text().substring(line.caption.textStart(), line.caption.textEnd());
                    if (!text.isEmpty() && captionTexts.add(Cues.fold(text))) {
                        captions.add(new Caption(text, line.caption.credit()));
                        spans.add(new Span("captions", source.start() + line.caption.textStart(),
                                source.start() + line.caption.textEnd()));
                    }
                }
                case RELATED -> related.add(line.related);
                case PROMO -> promos.add(line.text());
                case BYLINE -> byline.addAll(line.names);
                case BIO -> {
                    byline.addAll(line.names);
                    authorBio = authorBio == null ? line.text() : authorBio;
                }
                default -> {
                }
            }
        }
        Sections sections = new Sections(headline, standfirst, captions, body, List.copyOf(related), promos,
                onePerAuthor(byline), authorBio, publisher);
        return new SplitArticle(sections, spans);
    }

    /** "JANE DOE | Staff Writer" over the story and "Jane Doe" under it are one author, named in mixed case. */
    private static List<String> onePerAuthor(Set<String> names) {
        Map<String, String> byFolded = new LinkedHashMap<>();
        for (String name : names) {
            byFolded.merge(Cues.fold(name), name,
                    (kept, other) -> kept.equals(kept.toUpperCase(Locale.ROOT)) ? other : kept);
        }
        return List.copyOf(byFolded.values());
    }
}
