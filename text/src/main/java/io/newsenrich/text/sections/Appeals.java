package io.newsenrich.text.sections;

import java.util.List;

/**
 * The pass that reads an outlet's appeal for its readers' money as a promo: "Independent journalism is only possible
 * with your support.", "By contributing to Example Times, you are helping to sustain a journalism of relevance ...",
 * "Example is run by a small editorial team ... funded through donations from our readers." Such a paragraph opens
 * with a sentence that speaks to the reader or for the outlet, asks for support and names the outlet's journalism; a
 * quote saying the same is the article's, so a line with quotation marks (folded straight) is left as it is.
 */
final class Appeals {

    /** Stems of the support asked for. */
    private static final List<String> SUPPORT_STEMS = List.of("support", "donat", "contribut", "fund",
            "subscrib", "favour to ask", "favor to ask");
    /** What the support pays for. */
    private static final List<String> WORK_STEMS = List.of("journalis", "newsroom", "editorial", "reporting",
            "what we do", "our work", "press freedom", "local news", "independent news", "public media");
    /** An appeal is a paragraph or two; a longer one is an article's. */
    private static final int MAX_APPEAL_WORDS = 80;

    private Appeals() {
    }

    /** Marks the appeals among the plain lines of a page with furniture; a plain article is left alone. */
    static void mark(List<PageLine> lines) {
        if (!PageLines.hasFurniture(lines)) {
            return;
        }
        for (PageLine line : lines) {
            if (line.kind == LineKind.PLAIN && isAppeal(line)) {
                line.kind = LineKind.PROMO;
            }
        }
    }

    private static boolean isAppeal(PageLine line) {
        String folded = line.folded();
        if (line.source.wordCount() > MAX_APPEAL_WORDS || !line.source.mayHold(WordCues.APPEAL_PERSONS)
                || !containsAny(folded, WORK_STEMS) || folded.indexOf('"') >= 0) {
            return false;
        }
        // the appeal opens the line: an article's sentence with a plea glued on after it stays the article's. The
        // work it pays for may follow ("Example needs your support. Become a member and back independent journalism.")
        String first = folded.substring(0, firstSentenceEnd(line.text()));
        if (first.endsWith("?") || !containsAny(first, SUPPORT_STEMS)) {
            return false;
        }
        return WordCues.APPEAL_PERSONS.in(first);
    }

    /** Where the first sentence ends: after a full stop before a space or, glued by a copy, a capital. */
    private static int firstSentenceEnd(String text) {
        for (int i = 0; i + 1 < text.length(); i++) {
            char next = text.charAt(i + 1);
            if (text.charAt(i) == '.' && (next == ' ' || Character.isUpperCase(next))) {
                return i + 1;
            }
        }
        return text.length();
    }

    private static boolean containsAny(String folded, List<String> stems) {
        for (String stem : stems) {
            if (folded.contains(stem)) {
                return true;
            }
        }
        return false;
    }
}
