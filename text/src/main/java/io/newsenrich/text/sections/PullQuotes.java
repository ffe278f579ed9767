package io.newsenrich.text.sections;

import java.util.List;

/** The pass that turns a magazine's pull quotes to chrome: a sentence of the story set again, large, in quotes. */
final class PullQuotes {

    /** A pull quote is one or two sentences. */
    private static final int MAX_QUOTE_WORDS = 35;
    private static final int MIN_QUOTE_WORDS = 4;
    /** A pull quote stands a few paragraphs from the one it repeats. */
    private static final int REACH = 3;
    private static final String QUOTES = "\"'";
    /**
     * The paragraph a pull quote repeats says more than the quote ("..., she said"); a line that says the same
     * again is an embedded post's copy of the quote, which leaves the quote a paragraph.
     */
    private static final int MIN_MORE_CHARS = 12;

    private PullQuotes() {
    }

    /**
     * "“You don't own a root cellar. You keep it for the next ones.”" between paragraphs: a line in quotes whose
     * words a nearby paragraph holds is a repeat of them, and no paragraph.
     */
    static void drop(List<PageLine> lines) {
        for (int i = 0; i < lines.size(); i++) {
            PageLine line = lines.get(i);
            String quoted = line.kind == LineKind.PLAIN ? quoted(line) : null;
            if (quoted != null && isRepeatedNearby(lines, i, quoted)) {
                line.kind = LineKind.CHROME;
            }
        }
    }

    /** The folded sentence between the quote marks that open and close the line, or null. */
    private static String quoted(PageLine line) {
        String folded = line.folded();
        int words = line.source.wordCount();
        if (words < MIN_QUOTE_WORDS || words > MAX_QUOTE_WORDS || !Cues.opensWithQuote(folded)
                || QUOTES.indexOf(folded.charAt(folded.length() - 1)) < 0) {
            return null;
        }
        // a pull quote is a sentence, where a crosshead quoting a voice is not ("'We were promised better'"); the
        // quote's full stop stands where the paragraph may go on ("... ones." against "... ones," she said")
        String inner = Cues.strip(folded.substring(1, folded.length() - 1));
        if (inner.endsWith(".")) {
            return inner.substring(0, inner.length() - 1);
        }
        return inner.endsWith("!") || inner.endsWith("?") ? inner : null;
    }

    private static boolean isRepeatedNearby(List<PageLine> lines, int i, String quoted) {
        int from = Math.max(0, i - REACH);
        int to = Math.min(lines.size(), i + REACH + 1);
        for (int k = from; k < to; k++) {
            PageLine other = lines.get(k);
            if (k != i && other.kind == LineKind.PLAIN && other.folded().length() >= quoted.length() + MIN_MORE_CHARS
                    && other.folded().contains(quoted)) {
                return true;
            }
        }
        return false;
    }
}
