package io.newsenrich.text.sections;

import java.util.List;

/**
 * The pass that turns the outlet's name on a line of its own to chrome, with the dateline's place or the sign-off over
 * it.
 */
final class OutletLabels {

    /** "Porto Alegre, Brazil", "Kyiv, Ukraine": a dateline's place set on a line of its own. */
    private static final int MAX_PLACE_WORDS = 5;

    private OutletLabels() {
    }

    /**
     * The outlet's name on a line of its own is a label, not text. Pages that set a dateline on lines of their own
     * put it under the place ("Porto Alegre, Brazil" / "CNN" / "—"), and that place line goes with it; a
     * syndicated story signs off with its author over it ("— Jane Doe" / "Los Angeles Times"), a byline.
     */
    static void drop(List<PageLine> lines, int headline, String publisher) {
        if (publisher == null) {
            return;
        }
        String outlet = Cues.fold(publisher);
        dropOutletNames(lines, outlet);
        for (int i = 0; i < lines.size(); i++) {
            PageLine line = lines.get(i);
            if (i == headline || line.kind != LineKind.PLAIN || !line.folded().equals(outlet)) {
                continue;
            }
            line.kind = LineKind.CHROME;
            PageLine above = i > 0 && i - 1 != headline ? lines.get(i - 1) : null;
            if (above == null || above.kind != LineKind.PLAIN) {
                continue;
            }
            List<String> signedOff = signOffNames(above.source);
            if (!signedOff.isEmpty()) {
                above.kind = LineKind.BYLINE;
                above.names = signedOff;
            } else if (isPlaceName(above.source)) {
                above.kind = LineKind.CHROME;
            }
        }
    }

    /**
     * "Jane Doe" / "Nashville Example" under a page of The Example: a byline's "name" that ends with the outlet's own
     * last word is the outlet the author writes for.
     */
    private static void dropOutletNames(List<PageLine> lines, String outlet) {
        String outletWord = outlet.substring(outlet.lastIndexOf(' ') + 1);
        for (PageLine line : lines) {
            if (line.kind != LineKind.BYLINE) {
                continue;
            }
            List<String> people = line.names.stream().filter(name -> !endsWithWord(Cues.fold(name), outletWord))
                    .toList();
            if (people.size() < line.names.size()) {
                line.names = people;
                line.kind = people.isEmpty() ? LineKind.CHROME : LineKind.BYLINE;
            }
        }
    }

    private static boolean endsWithWord(String folded, String word) {
        return folded.endsWith(" " + word);
    }

    /** The names of a dash-led sign-off line ("— Jane Doe", "-- Jane Doe and John Roe"), or an empty list. */
    private static List<String> signOffNames(SourceLine line) {
        String text = line.text();
        int start = Cues.leadingDashesEnd(text);
        return start == 0 ? List.of()
                : Bylines.nameLineNames(SourceLine.of(line.start() + start, Cues.strip(text.substring(start))));
    }

    /** "Bengaluru", "New Delhi": a place on a line of its own, in a few capitalised words. */
    static boolean isPlaceName(SourceLine line) {
        return line.wordCount() <= MAX_PLACE_WORDS && !line.hasDigit() && !Cues.endsSentence(line.text())
                && Cues.allWordsCapitalised(line.text());
    }
}
