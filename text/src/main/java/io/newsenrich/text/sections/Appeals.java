package io.newsenrich.text.sections;

import java.util.List;
import java.util.stream.Stream;

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
    private static final List<String> WORK_STEMS = List.of("journalis", "newsroom", "newspaper", "editorial",
            "reporting",
            "what we do", "our work", "press freedom", "local news", "independent news", "public media",
            "free of charge", "free to read");
    /**
     * Calls that open a sentence of an appeal: "Support Example Times for the price of a coffee.", "Give now.". A
     * noun opens an article's sentence the same way ("Support for the bill ..."), so the work must be named too.
     */
    private static final List<String> CALLS = List.of("support ", "donate ", "donate.", "make a contribution",
            "make a donation", "give now", "give today", "help us ", "become a member", "become a supporter");
    /** Thanks that only an outlet gives its readers under an article. */
    private static final List<String> THANKS = List.of("thank you for donating", "thank you for supporting",
            "thank you for your support", "thank you for your donation", "thanks for supporting");
    static final List<String> CALLS_AND_THANKS = Stream.concat(CALLS.stream(), THANKS.stream()).toList();
    /** "Support for the bill", "Support from ...": the noun, not the call. */
    private static final List<String> NOUN_AFTER_SUPPORT = List.of("support for ", "support from ", "support among ");
    /** A call with its thanks and reasons is a few short sentences. */
    private static final int MAX_CALL_WORDS = 30;
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
        return isPlea(line) || line.source.wordCount() <= MAX_CALL_WORDS && line.source.mayHold(WordCues.APPEAL_CALLS)
                && isCall(line.folded());
    }

    /**
     * "Make a contribution to Independent Journalism", "Independent journalism costs money. Support Example Times for
     * the price of a coffee.", "Thank you for donating to Example.nl.": a sentence that opens with a call for support
     * and names the work it pays for, or the outlet's thanks.
     */
    private static boolean isCall(String folded) {
        if (folded.indexOf('"') >= 0) {
            return false;
        }
        for (String thanks : THANKS) {
            if (folded.startsWith(thanks)) {
                return true;
            }
        }
        if (!containsAny(folded, WORK_STEMS)) {
            return false;
        }
        for (int start = 0; start >= 0; start = nextSentenceStart(folded, start)) {
            for (String call : CALLS) {
                if (folded.startsWith(call, start) && !startsWithAny(folded, start, NOUN_AFTER_SUPPORT)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static int nextSentenceStart(String folded, int from) {
        int stop = folded.indexOf(". ", from);
        return stop < 0 ? -1 : stop + 2;
    }

    private static boolean startsWithAny(String folded, int at, List<String> phrases) {
        for (String phrase : phrases) {
            if (folded.startsWith(phrase, at)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isPlea(PageLine line) {
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
