package io.newsenrich.text.sections;

import java.util.List;

/**
 * Recognises inline links to other articles by their leftovers ("... Opens in new window ]", "Read more: ...") and
 * returns the link text with the leftovers removed.
 */
public final class Related {

    /** The last characters of every link leftover: a line ending otherwise carries none. */
    private static final String GLUED_LABEL = "read more";
    private static final String OUTLET_LABEL = "read more ";
    private static final String ALSO_IN = "also in ";
    private static final String ALSO_ON = "also on ";
    private static final String MORE_FROM = "more from ";
    private static final String THE = "the ";
    private static final String DASHES = "-\u2013\u2014";
    private static final String MORE = "more ";
    private static final String SECTION_DASH = " - ";
    /** "Prep Football", "News": a section's name in a widget's header is a word or two. */
    private static final int MAX_SECTION_WORDS = 2;
    private static final String LATEST = "latest ";
    private static final String NEWS = " news";
    private static final String LEFTOVER_ENDINGS = "]w)b»›→>";

    /** A bracketed line shorter than this is a note ("[applause]", "[1]"), not a link. */
    private static final int MIN_BRACKETED_LINK_WORDS = 4;

    private static final int MAX_LABELLED_LINK_WORDS = 20;
    /** The labels of a link to a gallery of pictures, which a credit they do not open has ruled out before. */
    private static final Openers GALLERY_LABELS = Openers.of(List.of("photos:", "pictures:", "gallery:",
            "photo gallery:"));

    /** "Read more from The Example Times": the outlet's name is short. */
    private static final int MAX_OUTLET_HEADER_WORDS = 8;

    /** No header, of either kind, runs longer: every longer line is ruled out by its word count alone. */
    private static final int MAX_HEADER_WORDS = MAX_OUTLET_HEADER_WORDS;

    /** "More severe weather coverage:": a header over the outlet's other stories on the subject. */
    private static final String COVERAGE = " coverage";

    private Related() {
    }

    /**
     * {@link LineKind#RELATED_HEADER} for a header of a link list ("Related posts", "READ MORE", "Read more from X:"),
     * {@link LineKind#TOPIC_HEADER} for one of a list of topic tags ("Tags", "Filed under:"), else null.
     */
    static LineKind headerKind(SourceLine line) {
        if (line.wordCount() > MAX_HEADER_WORDS) {
            return null;
        }
        String folded = line.folded();
        String bare = withoutClosingMark(folded);
        // "More about" heads topics, though it opens as "More cricket" does
        if (Cues.TOPIC_HEADERS.contains(bare)) {
            return LineKind.TOPIC_HEADER;
        }
        return isLinkListHeader(line, folded, bare) ? LineKind.RELATED_HEADER : null;
    }

    /** The folded header without the colon or ellipsis that closes it ("Related:", "You might also like ..."). */
    private static String withoutClosingMark(String folded) {
        String mark = folded.endsWith(":") ? ":" : folded.endsWith("\u2026") ? "\u2026"
                : folded.endsWith("...") ? "..." : "";
        return mark.isEmpty() ? folded : Cues.strip(folded.substring(0, folded.length() - mark.length()));
    }

    /** {@code bare} is the folded line without a closing colon or ellipsis. */
    private static boolean isLinkListHeader(SourceLine line, String folded, String bare) {
        // "Read more from X:", "Read related X coverage", "More in Colorado Wildfires", "Read more about interest
        // rates:": a header names the outlet or topic of its links
        boolean named = line.wordCount() <= MAX_OUTLET_HEADER_WORDS && (bare.startsWith("read more from ")
                || bare.startsWith("more from ") || bare.startsWith("more in ") || bare.startsWith("read related ")
                || bare.startsWith("related stories from ") || bare.startsWith("more stories from ")
                || bare.startsWith("more news from ") || bare.startsWith("latest from ") || isNewsOfAPlace(bare)
                || folded.startsWith(ALSO_IN) && folded.endsWith(":")
                || isTopicHeader(MORE, bare, line.text())
                || isTopicHeader(LATEST, bare, line.text()) || bare.startsWith(MORE) && bare.endsWith(COVERAGE)
                || bare.startsWith("read more with ")
                || bare.startsWith("most popular ") || bare.startsWith("most read ") || bare.startsWith("most viewed ")
                || bare.startsWith("read more about ") && folded.endsWith(":"));
        // "Trending - News": a widget's header and the section whose links it lists
        int dash = bare.indexOf(SECTION_DASH);
        boolean sectioned = dash > 0 && Cues.RELATED_HEADERS.contains(bare.substring(0, dash))
                && Cues.wordCount(bare.substring(dash + SECTION_DASH.length())) <= MAX_SECTION_WORDS;
        return named || sectioned || Cues.RELATED_HEADERS.contains(bare) || isListAnnouncement(folded);
    }

    /**
     * "More cricket", "More politics", "More Prep Football", "Latest Northern Ireland": "more" or "latest" and a word
     * naming the topic of the links under it, or a few in title case.
     */
    private static boolean isTopicHeader(String opener, String bare, String text) {
        if (!bare.startsWith(opener) || bare.length() == opener.length()) {
            return false;
        }
        for (int i = opener.length(); i < bare.length(); i++) {
            if (!Character.isLetter(bare.charAt(i)) && bare.charAt(i) != ' ') {
                return false;
            }
        }
        String topic = bare.substring(opener.length());
        return topic.indexOf(' ') < 0 || Cues.wordCount(topic) <= MAX_SECTION_WORDS && Cues.allWordsCapitalised(text);
    }

    /** "Latest Galway News", "More Leinster news": the outlet's other stories of a place or topic. */
    private static boolean isNewsOfAPlace(String bare) {
        return (bare.startsWith(LATEST) || bare.startsWith(MORE)) && bare.endsWith(NEWS);
    }

    /**
     * The screen-reader text copied with a widget of links: "list of 4 items" (its end, "end of list", and its
     * counters, "list 1 of 4", are chrome).
     */
    private static boolean isListAnnouncement(String folded) {
        if (!folded.startsWith("list of ") || !folded.endsWith(" items")) {
            return false;
        }
        String count = folded.substring("list of ".length(), folded.length() - " items".length());
        return Cues.isDigits(count);
    }

    /**
     * "Read more in Example News: Title", "Read more from X: Title", "Also in the Example: Title", "Also on Example
     * Times: Title", "More from the Example Standard: Title": a label naming the outlet of the link, up to and with
     * its colon, or null.
     */
    private static String outletLabel(String text, String folded) {
        // "ALSO IN THE STANDARD: Title": the outlet's own label for a link to its other story; after "also on" only
        // a name, as "Also on the agenda: ..." opens a sentence
        boolean also = folded.startsWith(ALSO_IN) || folded.startsWith(ALSO_ON) && namedAfter(text, ALSO_ON.length())
                || folded.startsWith(MORE_FROM) && namedAfter(text, MORE_FROM.length());
        if (!folded.startsWith(OUTLET_LABEL) && !also) {
            return null;
        }
        int label = OUTLET_LABEL.length();
        if (!also && !folded.startsWith("in ", label) && !folded.startsWith("from ", label)
                && !folded.startsWith("at ", label)) {
            return null;
        }
        int colon = folded.indexOf(": ");
        return colon > 0 && Cues.wordCount(folded.substring(0, colon)) <= MAX_OUTLET_HEADER_WORDS
                ? folded.substring(0, colon + 1) : null;
    }

    /** "Also on Example Times: Title", "More from the Example Standard: Title": a name between label and colon. */
    private static boolean namedAfter(String text, int from) {
        int colon = text.indexOf(": ");
        int name = text.startsWith(THE, from) ? from + THE.length() : from;
        return colon > name && Cues.allWordsCapitalised(text.substring(name, colon));
    }

    /** The link text of a related-link line, or null when the line carries no link cue. */
    public static String linkText(SourceLine line) {
        String text = line.text();
        String folded = line.folded();
        String prefix = Cues.RELATED_PREFIXES.match(folded);
        if (prefix == null && line.wordCount() <= MAX_LABELLED_LINK_WORDS && !text.endsWith(".")) {
            prefix = Cues.RELATED_LABELS.match(folded);
        }
        if (prefix == null && line.wordCount() <= MAX_LABELLED_LINK_WORDS && !text.endsWith(".")
                && GALLERY_LABELS.match(folded) != null) {
            // "Photos: Tornado damage north of Marion": a gallery's link, whose label stays part of its title
            return text;
        }
        if (prefix == null) {
            prefix = outletLabel(text, folded);
        }
        if (prefix == null && folded.startsWith(GLUED_LABEL) && text.length() > GLUED_LABEL.length()
                && Character.isUpperCase(text.charAt(GLUED_LABEL.length()))) {
            // "Read moreFrench farmers renew protests": the copy glued the label to the link's title
            prefix = GLUED_LABEL;
        }
        if (prefix == null && LEFTOVER_ENDINGS.indexOf(text.charAt(text.length() - 1)) < 0) {
            return null;
        }
        int start = prefix == null ? 0 : prefix.length();
        int end = text.length();
        boolean leftover = false;
        for (String tail : Cues.LINK_LEFTOVERS) {
            int at = end - tail.length();
            if (at > start && (folded.startsWith(tail, at) || text.startsWith(tail, at))) {
                end -= tail.length();
                leftover = true;
                // "Title – opens in new tab": the dash that set the leftover off goes with it
                while (end > start && (LineScanner.isSpace(text.charAt(end - 1))
                        || end - 2 > start && DASHES.indexOf(text.charAt(end - 1)) >= 0
                        && LineScanner.isSpace(text.charAt(end - 2)))) {
                    end--;
                }
            }
        }
        boolean namedLeftover = folded.contains("opens in ");
        boolean bareLeftover = leftover && !namedLeftover && prefix == null;
        boolean notALink = bareLeftover && (folded.indexOf('[') > 0 || Cues.endsSentence(text.substring(0, end))
                || text.charAt(end - 1) == ')');
        boolean tooShort = bareLeftover && Cues.wordCount(text.substring(0, end)) < MIN_BRACKETED_LINK_WORDS;
        if (prefix == null && !leftover || notALink || tooShort) {
            return null;
        }
        while (start < end && (LineScanner.isSpace(text.charAt(start)) || text.charAt(start) == '[')) {
            start++;
        }
        return start < end ? text.substring(start, end) : null;
    }
}
