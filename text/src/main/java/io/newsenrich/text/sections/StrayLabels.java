package io.newsenrich.text.sections;

import java.util.List;

/** The last pass over the lines: short unpunctuated lines outside the article's text or in a list are furniture. */
final class StrayLabels {

    /** "What happens next", "Pressure from lenders": a subheading is short, and so is the furniture it resembles. */
    static final int MAX_STRAY_LABEL_WORDS = 4;
    /** Labels in a row that make a list (a menu, tags) rather than subheadings, which stand over paragraphs. */
    private static final int MIN_LABEL_RUN = 3;

    private StrayLabels() {
    }

    /**
     * Short unpunctuated lines of text are body only as subheadings, which stand over the paragraphs they head: one
     * before the first paragraph or after the last (a dateline's place, a view count, a footer link, a topic tag)
     * or in a run of {@link #MIN_LABEL_RUN} (a menu, a tag list) is page furniture. Only a page with furniture is
     * read so: in a plain article (bbc/ holds headline and paragraphs only) every line is text, match details and
     * lists of fixtures too; and a page with no paragraph keeps its lines.
     */
    static void drop(List<PageLine> lines, int headline, int standfirst) {
        if (!PageLines.hasFurniture(lines)) {
            return;
        }
        int firstText = -1;
        int lastText = -1;
        for (int i = headline + 1; i < lines.size(); i++) {
            PageLine line = lines.get(i);
            if (i != standfirst && line.kind == LineKind.PLAIN && !isStrayLabel(line)) {
                firstText = firstText < 0 ? i : firstText;
                lastText = i;
            }
        }
        if (firstText < 0) {
            return;
        }
        int runStart = -1;
        for (int i = headline + 1; i <= lines.size(); i++) {
            PageLine line = i < lines.size() ? lines.get(i) : null;
            if (line != null && (line.kind == LineKind.CHROME || i == standfirst)) {
                continue;
            }
            boolean label = line != null && isStrayLabel(line);
            if (label && (i < firstText || i > lastText)) {
                line.kind = LineKind.CHROME;
            } else if (label && runStart < 0) {
                runStart = i;
            } else if (!label && runStart >= 0) {
                dropRun(lines, runStart, i);
                runStart = -1;
            }
        }
    }

    /** A "Name: value" pair of a fact box ("Age: 30 years") is text, however short. */
    static boolean isStrayLabel(PageLine line) {
        return line.kind == LineKind.PLAIN && line.source.wordCount() <= MAX_STRAY_LABEL_WORDS
                && !Cues.endsSentence(line.text()) && !line.text().contains(": ");
    }

    /**
     * Turns the labels of lines {@code [from, to)} to furniture when there are enough of them to be a list, unless
     * the line above announces the list ("Here are the six states:") or its items are numbered ("1 Roger Federer
     * (Switzerland)"): those are the article's own lists.
     */
    private static void dropRun(List<PageLine> lines, int from, int to) {
        int above = from - 1;
        while (above >= 0 && lines.get(above).kind == LineKind.CHROME) {
            above--;
        }
        if (above >= 0 && lines.get(above).kind == LineKind.PLAIN && lines.get(above).text().endsWith(":")) {
            return;
        }
        int labels = 0;
        for (int i = from; i < to; i++) {
            labels += isStrayLabel(lines.get(i)) && !Character.isDigit(lines.get(i).text().charAt(0)) ? 1 : 0;
        }
        for (int i = from; i < to && labels >= MIN_LABEL_RUN; i++) {
            if (isStrayLabel(lines.get(i))) {
                lines.get(i).kind = LineKind.CHROME;
            }
        }
    }
}
