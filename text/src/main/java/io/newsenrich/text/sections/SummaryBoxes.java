package io.newsenrich.text.sections;

import java.util.List;
import java.util.Set;

/** The pass that turns the points of a machine summary box to chrome. */
final class SummaryBoxes {

    /** The buttons that open a machine summary of the article. */
    private static final Set<String> SUMMARY_BUTTONS = Set.of("summarize this article with ai",
            "summarise this article with ai", "ai-assisted summary", "key points", "show full summary", "summary");
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
            if (lines.get(i).kind != LineKind.CHROME || !SUMMARY_BUTTONS.contains(lines.get(i).folded())) {
                continue;
            }
            // "Key Points" / "AI-assisted summary": a box may carry two buttons
            int first = i + 1;
            while (first < lines.size() && lines.get(first).kind == LineKind.CHROME
                    && SUMMARY_BUTTONS.contains(lines.get(first).folded())) {
                first++;
            }
            int end = Math.min(lines.size(), first + MAX_SUMMARY_POINTS + 1);
            for (int j = first; j < end; j++) {
                // the points end at the disclaimer, or, under a box of two buttons, at the next furniture ("Show
                // Caption" over the lead picture) or the blank line after them
                boolean closed = isSummaryDisclaimer(lines.get(j)) || first > i + 1 && j > first
                        && (lines.get(j).kind == LineKind.CHROME
                        || LinkLists.isBlankLineBetween(raw, lines.get(j - 1).source, lines.get(j).source));
                if (closed) {
                    for (int k = first; k < j; k++) {
                        lines.get(k).kind = LineKind.CHROME;
                    }
                    i = j;
                    break;
                }
                if (lines.get(j).kind != LineKind.PLAIN) {
                    break;
                }
            }
        }
    }

    private static boolean isSummaryDisclaimer(PageLine line) {
        String folded = line.folded();
        return folded.startsWith("this is ai generated") || folded.startsWith("this is ai-generated")
                || folded.startsWith("ai-generated");
    }
}
