package io.newsenrich.text.sections;

import java.util.List;

/**
 * What several page passes ask of the lines: whether a page has furniture, which line is a paragraph, the next line
 * that is not chrome.
 */
final class PageLines {

    private PageLines() {
    }

    static boolean isParagraph(PageLine line) {
        return line.kind == LineKind.PLAIN && Cues.endsSentence(line.text());
    }

    static boolean hasFurniture(List<PageLine> lines) {
        for (PageLine line : lines) {
            if (line.kind != LineKind.PLAIN) {
                return true;
            }
        }
        return false;
    }

    static int nextNonChrome(List<PageLine> lines, int from) {
        int i = from;
        while (i < lines.size() && lines.get(i).kind == LineKind.CHROME) {
            i++;
        }
        return i;
    }
}
