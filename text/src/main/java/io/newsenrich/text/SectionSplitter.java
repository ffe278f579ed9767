package io.newsenrich.text;

import io.newsenrich.model.Sections;
import java.util.ArrayList;
import java.util.List;

/** Splits copied web text into sections. Placeholder: first line is the headline, every other line body. */
public final class SectionSplitter {

    public SplitArticle split(String text) {
        String headline = null;
        List<String> body = new ArrayList<>();
        List<Span> spans = new ArrayList<>();
        int pos = 0;
        for (String line : text.split("\n", -1)) {
            String trimmed = line.strip();
            if (!trimmed.isEmpty()) {
                int start = pos + line.indexOf(trimmed);
                String section = headline == null ? "headline" : "body";
                if (headline == null) {
                    headline = trimmed;
                } else {
                    body.add(trimmed);
                }
                spans.add(new Span(section, start, start + trimmed.length()));
            }
            pos += line.length() + 1;
        }
        return new SplitArticle(new Sections(headline, null, List.of(), body, List.of(), List.of(), List.of(),
                null, null), spans);
    }
}
