package io.newsenrich.text.sections;

import io.newsenrich.text.sentences.SentenceSplitter;
import java.util.List;

/** The standfirst pass: whether a summary stands under the headline. */
final class Standfirsts {

    private static final int MIN_STANDFIRST_WORDS = 5;
    private static final int MAX_STANDFIRST_WORDS = 60;
    private static final int MAX_STANDFIRST_SENTENCES = 2;

    private Standfirsts() {
    }

    /**
     * The one-sentence summary under the headline: a line of text without terminal punctuation, set off from the body
     * by a caption or byline or on a page whose furniture shows it was copied from a web page. A punctuated line is
     * the first paragraph (wire copy puts captions right under it), and plain text corpora such as bbc/ have no
     * standfirst: their unpunctuated second line is the first paragraph.
     */
    static int find(List<PageLine> lines, int headline) {
        if (headline < 0) {
            return -1;
        }
        int candidate = PageLines.nextNonChrome(lines, headline + 1);
        if (candidate >= lines.size() - 1 || lines.get(candidate).kind != LineKind.PLAIN) {
            return -1;
        }
        PageLine line = lines.get(candidate);
        int words = line.source.wordCount();
        char opening = line.text().charAt(0);
        if (words < MIN_STANDFIRST_WORDS || words > MAX_STANDFIRST_WORDS || Character.isLowerCase(opening)) {
            return -1;
        }
        int after = candidate + 1;
        while (after < lines.size() - 1 && lines.get(after).kind == LineKind.CHROME) {
            after++;
        }
        PageLine next = lines.get(after);
        boolean setOff = next.kind == LineKind.CAPTION || next.kind == LineKind.CREDIT_ONLY
                || next.kind == LineKind.BYLINE || isDatelineOverStamp(lines, after);
        if (Cues.endsSentence(line.text())) {
            return setOff && isSummarySentence(line.text()) ? candidate : -1;
        }
        // lines over the headline (labels, menus) show a web page as well
        return setOff || headline > 0 || isWebPage(lines) ? candidate : -1;
    }

    /**
     * A punctuated line set off by a caption is a standfirst when it is a sentence or two with no dateline: a wire
     * story's first paragraph, which copies also put over a caption, opens with one ("KYIV (Reuters) -").
     */
    private static boolean isSummarySentence(String text) {
        return new SentenceSplitter().sentences(text).size() <= MAX_STANDFIRST_SENTENCES
                && !Cues.opensWithDateline(text);
    }

    /**
     * "ANKARA" / "Published December 03 2025 10:41": the place the story was filed from in capitals, on a line of its
     * own over the page's stamp, which heads the story, not the summary over it.
     */
    private static boolean isDatelineOverStamp(List<PageLine> lines, int i) {
        PageLine line = lines.get(i);
        PageLine next = i + 1 < lines.size() ? lines.get(i + 1) : null;
        return line.kind == LineKind.PLAIN && next != null && next.kind == LineKind.CHROME && next.source.hasDigit()
                && Bylines.isPlaceInCapitals(line.text());
    }

    private static boolean isWebPage(List<PageLine> lines) {
        for (PageLine line : lines) {
            if (Authors.isAuthorFurniture(line)) {
                return true;
            }
        }
        return false;
    }
}
