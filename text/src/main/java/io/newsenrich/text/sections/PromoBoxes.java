package io.newsenrich.text.sections;

import java.util.List;

/**
 * The notices of a sign-up box between its promos: "Thanks for signing up!" / "A welcome email is on its way. If you
 * don't see it, please check your junk folder." / "The next issue will soon be in your inbox." A short line with a
 * promo on either side (past one chrome line) that speaks to the reader and quotes no one is the box's, not the
 * article's.
 */
final class PromoBoxes {

    private static final int MAX_NOTICE_WORDS = 30;

    private PromoBoxes() {
    }

    static void mark(List<PageLine> lines) {
        for (int i = 1; i + 1 < lines.size(); i++) {
            PageLine line = lines.get(i);
            if (line.kind == LineKind.PLAIN && line.source.wordCount() <= MAX_NOTICE_WORDS
                    && isPromo(lines, i - 1, -1) && isPromo(lines, i + 1, 1) && line.folded().indexOf('"') < 0
                    && WordCues.READERS.in(line.source)) {
                line.kind = LineKind.PROMO;
            }
        }
    }

    /** Whether the line at {@code i}, or past a chrome line there the one after it in {@code step}, is a promo. */
    private static boolean isPromo(List<PageLine> lines, int i, int step) {
        int k = lines.get(i).kind == LineKind.CHROME ? i + step : i;
        return k >= 0 && k < lines.size() && lines.get(k).kind == LineKind.PROMO;
    }
}
