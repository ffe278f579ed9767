package io.newsenrich.text.sections;

import java.util.List;
import java.util.Set;

/** The pass that turns a readers' poll set into the article (label, question, answers, vote button) to chrome. */
final class Polls {

    /** "POLL", "Online Poll": the label over the question; the button under the answers. */
    private static final Set<String> LABELS = Set.of("poll", "online poll", "reader poll", "readers' poll",
            "quick poll", "our poll", "today's poll", "daily poll", "poll of the day");
    private static final Set<String> BUTTONS = Set.of("vote", "vote now", "submit", "see results", "view results",
            "results");
    /** The most answers a poll offers, each a few words at most. */
    private static final int MAX_ANSWERS = 8;
    private static final int MAX_ANSWER_WORDS = 8;
    private static final int MAX_LABEL_WORDS = 4;

    private Polls() {
    }

    /**
     * "POLL" / "Have you had to wait more than 12 hours in A&amp;E?" / "Yes" / "No" / "Vote now": a label over a
     * question is the poll's, and so are the short answers down to its button, which alone marks an unlabelled one.
     */
    static void drop(List<PageLine> lines) {
        for (int i = 0; i + 1 < lines.size(); i++) {
            boolean labelled = isLabel(lines.get(i));
            int question = labelled ? i + 1 : i;
            if (!lines.get(question).text().endsWith("?")) {
                continue;
            }
            int button = buttonAfter(lines, question + 1);
            // a question with no label over it is a poll's only when its answers end at a vote button
            if (!labelled && button <= question) {
                continue;
            }
            for (int k = i; k <= Math.max(question, button); k++) {
                lines.get(k).kind = LineKind.CHROME;
            }
            i = Math.max(question, button);
        }
    }

    private static boolean isLabel(PageLine line) {
        return line.source.wordCount() <= MAX_LABEL_WORDS && LABELS.contains(LineClassifier.withoutTrailingMark(line.folded()));
    }

    /**
     * The line of the last vote button under the answers that open at {@code from} ("Vote" / "View Results"), or
     * {@code from - 1}.
     */
    private static int buttonAfter(List<PageLine> lines, int from) {
        int end = Math.min(lines.size(), from + MAX_ANSWERS + 1);
        for (int k = from; k < end; k++) {
            PageLine line = lines.get(k);
            if (isButton(line)) {
                while (k + 1 < lines.size() && isButton(lines.get(k + 1))) {
                    k++;
                }
                return k;
            }
            if (line.source.wordCount() > MAX_ANSWER_WORDS) {
                break;
            }
        }
        return from - 1;
    }

    private static boolean isButton(PageLine line) {
        return BUTTONS.contains(LineClassifier.withoutTrailingMark(line.folded()));
    }
}
