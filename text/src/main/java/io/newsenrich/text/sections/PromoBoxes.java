package io.newsenrich.text.sections;

import java.util.List;

/**
 * The notices of a sign-up box between its promos: "Thanks for signing up!" / "A welcome email is on its way. If you
 * don't see it, please check your junk folder." / "The next issue will soon be in your inbox." Short lines (up to
 * three) with a promo on either side (past one chrome line) that speak to the reader, name the product ("Get a weekly
 * digest of ...") or what a subscription offers ("Unlimited online access ...") or costs ("(min cost $0)") and
 * quote no one are the box's, not the article's.
 */
final class PromoBoxes {

    private static final int MAX_NOTICE_WORDS = 30;
    private static final int MAX_PRICE_WORDS = 4;
    /** A box's notices between its promos: a benefit per line in a subscription box. */
    private static final int MAX_NOTICES = 3;
    private static final int MAX_CHROME_SKIPPED = 2;
    private static final String NEWSLETTER = "newsletter";

    private PromoBoxes() {
    }

    static void mark(List<PageLine> lines) {
        for (int i = 1; i + 1 < lines.size(); i++) {
            int end = i;
            while (end < lines.size() && end - i < MAX_NOTICES && isNotice(lines.get(end))) {
                end++;
            }
            if (end > i && isPromo(lines, i - 1, -1) && isPromo(lines, end, 1)) {
                for (int k = i; k < end; k++) {
                    lines.get(k).kind = LineKind.PROMO;
                }
            }
        }
    }

    private static boolean isNotice(PageLine line) {
        return line.kind == LineKind.PLAIN && line.source.wordCount() <= MAX_NOTICE_WORDS
                && line.folded().indexOf('"') < 0 && (WordCues.READERS.in(line.source)
                || WordCues.OWN_CHANNELS.in(line.source) || WordCues.SUBSCRIBER_OFFERS.in(line.source)
                || isPrice(line));
    }

    /** "$0/", "(min cost $0)", "\u00a31 a week": a subscription's price, a few words with a number. */
    private static boolean isPrice(PageLine line) {
        return line.source.wordCount() <= MAX_PRICE_WORDS && line.source.hasDigit()
                && !Cues.endsSentence(line.source.text());
    }

    /**
     * Whether the line at {@code i}, or past up to two chrome lines there the one after them in {@code step}, is a
     * promo, or the chrome line that closes a newsletter's box ("after newsletter promotion").
     */
    private static boolean isPromo(List<PageLine> lines, int i, int step) {
        int k = i;
        for (int skipped = 0; skipped < MAX_CHROME_SKIPPED && k >= 0 && k < lines.size()
                && lines.get(k).kind == LineKind.CHROME; skipped++) {
            if (lines.get(k).folded().contains(NEWSLETTER)) {
                return true;
            }
            k += step;
        }
        return k >= 0 && k < lines.size() && lines.get(k).kind == LineKind.PROMO;
    }
}
