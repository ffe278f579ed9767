package io.newsenrich.text.sections;

import java.util.List;
import java.util.Set;

/** The pass that turns the points of a machine summary box to chrome. */
final class SummaryBoxes {

    /** The buttons that open a machine summary of the article. */
    private static final Set<String> SUMMARY_BUTTONS = Set.of("summarize this article with ai",
            "summarise this article with ai", "ai-assisted summary", "key points", "show full summary", "summary");
    private static final String JOINED_BUTTONS = "key points ai-assisted summary";
    private static final String BULLETS = "\u2022\u25aa\u25cf*-\u2013";
    /** A machine summary gives a few points. */
    private static final int MAX_SUMMARY_POINTS = 6;

    private SummaryBoxes() {
    }

    /**
     * "Summarize this article with AI" / points / "This is AI generated summarization, which may have errors.": the
     * points of a machine summary stand between the box's button and its disclaimer (or the furniture or blank line
     * under a box of two buttons), and are no paragraphs.
     */
    static void drop(List<PageLine> lines, String raw) {
        for (int i = 0; i < lines.size(); i++) {
            // "Key Points AI-assisted summary": the two buttons may be copied onto one line
            boolean joined = lines.get(i).folded().startsWith(JOINED_BUTTONS);
            if (!joined && (lines.get(i).kind != LineKind.CHROME || !SUMMARY_BUTTONS.contains(lines.get(i).folded()))) {
                continue;
            }
            // "Key Points" / "AI-assisted summary": a box may carry two buttons
            int first = i + 1;
            while (first < lines.size() && isSecondButton(lines.get(first))) {
                lines.get(first).kind = LineKind.CHROME;
                first++;
            }
            lines.get(i).kind = LineKind.CHROME;
            boolean twoButtons = joined || first > i + 1;
            boolean bulleted = first < lines.size() && isBulleted(raw, lines.get(first).source);
            int end = Math.min(lines.size(), first + MAX_SUMMARY_POINTS + 1);
            for (int j = first; j < end; j++) {
                // the points end at the disclaimer, or, under a box of two buttons, at the next furniture ("Show
                // Caption" over the lead picture), the blank line after them or the first line with no bullet when
                // they have bullets
                boolean closed = isSummaryDisclaimer(lines.get(j)) || twoButtons && j > first
                        && (lines.get(j).kind == LineKind.CHROME
                        || LinkLists.isBlankLineBetween(raw, lines.get(j - 1).source, lines.get(j).source)
                        || bulleted && !isBulleted(raw, lines.get(j).source));
                if (closed) {
                    for (int k = first; k < j; k++) {
                        lines.get(k).kind = LineKind.CHROME;
                    }
                    i = j;
                    break;
                }
                if (lines.get(j).kind != LineKind.PLAIN) {
                    // under a box of two buttons the lead picture or the byline closes the points: the caption, the
                    // line over its credit's, the author's name
                    LineKind kind = lines.get(j).kind;
                    boolean closing = kind == LineKind.CAPTION || kind == LineKind.NAME_ONLY
                            || kind == LineKind.BYLINE;
                    int close = !twoButtons ? -1 : kind == LineKind.CREDIT_ONLY ? j - 1 : closing ? j : -1;
                    for (int k = first; k < close; k++) {
                        lines.get(k).kind = LineKind.CHROME;
                    }
                    break;
                }
            }
        }
    }

    /** Whether a bullet mark stands before the line's text on its line of the raw text ("\u2022 North Star ..."). */
    private static boolean isBulleted(String raw, SourceLine line) {
        int i = line.start() - 1;
        while (i >= 0 && raw.charAt(i) == ' ') {
            i--;
        }
        return i >= 0 && BULLETS.indexOf(raw.charAt(i)) >= 0;
    }

    /** "AI-assisted summary \ud83e\udd16": the second button, which a page may mark with an emoji. */
    private static boolean isSecondButton(PageLine line) {
        String folded = line.folded();
        int end = folded.length();
        while (end > 0 && !Character.isLetterOrDigit(folded.charAt(end - 1))) {
            end--;
        }
        return (line.kind == LineKind.CHROME || line.kind == LineKind.PLAIN)
                && SUMMARY_BUTTONS.contains(end == folded.length() ? folded : folded.substring(0, end));
    }

    private static boolean isSummaryDisclaimer(PageLine line) {
        String folded = line.folded();
        return folded.startsWith("this is ai generated") || folded.startsWith("this is ai-generated")
                || folded.startsWith("ai-generated");
    }
}
