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
     * points of a machine summary stand between the box's button and its disclaimer, and are no paragraphs.
     */
    static void drop(List<PageLine> lines) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).kind != LineKind.CHROME || !SUMMARY_BUTTONS.contains(lines.get(i).folded())) {
                continue;
            }
            int end = Math.min(lines.size(), i + MAX_SUMMARY_POINTS + 2);
            for (int j = i + 1; j < end; j++) {
                if (isSummaryDisclaimer(lines.get(j))) {
                    for (int k = i + 1; k < j; k++) {
                        lines.get(k).kind = LineKind.CHROME;
                    }
                    i = j;
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
