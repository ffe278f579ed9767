package io.newsenrich.text.sections;

import java.util.List;

/** The pass that turns the label and title of a video set into the article to chrome. */
final class VideoBoxes {

    /** "WATCH | Wildfire grows above the town:": the label a broadcaster's page sets over a video it embeds. */
    private static final List<String> LABELS = List.of("watch |", "listen |", "video |");
    /** The stamp of the video's length under its title: "Duration 1:48". */
    private static final String DURATION = "duration ";
    /** A title, possibly wrapped, between the label and the length. */
    private static final int MAX_TITLE_LINES = 2;

    private VideoBoxes() {
    }

    /**
     * "WATCH | Wildfire grows rapidly above Lytton:" / "Wildfire near Lytton more than doubles in size overnight" /
     * "Duration 1:48": a video's label and title over its length are no paragraphs.
     */
    static void drop(List<PageLine> lines) {
        for (int i = 0; i < lines.size(); i++) {
            if (!isLabel(lines.get(i))) {
                continue;
            }
            int end = Math.min(lines.size(), i + MAX_TITLE_LINES + 2);
            for (int j = i + 1; j < end; j++) {
                if (isDuration(lines.get(j))) {
                    for (int k = i; k < j; k++) {
                        lines.get(k).kind = LineKind.CHROME;
                    }
                    i = j;
                    break;
                }
            }
        }
    }

    /** Read of every line of the page, so without a stream's allocations. */
    private static boolean isLabel(PageLine line) {
        if (line.kind != LineKind.PLAIN && line.kind != LineKind.CHROME) {
            return false;
        }
        for (String label : LABELS) {
            if (line.folded().startsWith(label)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isDuration(PageLine line) {
        return line.kind == LineKind.CHROME && line.folded().startsWith(DURATION) && line.source.hasDigit();
    }
}
