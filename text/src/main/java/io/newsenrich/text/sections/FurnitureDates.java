package io.newsenrich.text.sections;

import java.util.List;

/** The pass that turns a bare date standing next to a byline or timestamp to chrome. */
final class FurnitureDates {

    private FurnitureDates() {
    }

    /**
     * A bare date ("March 29, 2025") is a line of text in plain articles, but the page's date when it stands next to
     * a timestamp, byline or author's role.
     */
    static void drop(List<PageLine> lines) {
        for (int i = 0; i < lines.size(); i++) {
            PageLine line = lines.get(i);
            if (line.kind != LineKind.PLAIN || !line.source.hasDigit()) {
                continue;
            }
            boolean inFurniture = i > 0 && isDateNeighbour(lines.get(i - 1))
                    || i + 1 < lines.size() && isDateNeighbour(lines.get(i + 1));
            if (inFurniture && Timestamps.isBareDate(line.source)) {
                line.kind = LineKind.CHROME;
            }
        }
    }

    private static boolean isDateNeighbour(PageLine line) {
        return line.kind == LineKind.CHROME && line.source.hasDigit() || line.kind == LineKind.BYLINE
                || line.kind == LineKind.AUTHOR_ROLE;
    }
}
