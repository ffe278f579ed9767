package io.newsenrich.text.sections;

import java.util.List;
import java.util.Set;

/**
 * The passes over lists of links: the items under a related-links or topic header, and the cards linking other stories
 * between the article's paragraphs.
 */
final class LinkLists {

    private static final int MAX_RELATED_ITEM_WORDS = 25;
    /** The screen-reader text closing a widget of links. */
    private static final String END_OF_LIST = "end of list";
    /** "Climate change", "Government Shutdown", "Chuck Schumer,": a topic tag is a name. */
    private static final int MAX_TOPIC_WORDS = 5;
    private static final String CLOSING_QUOTES = "\"'\u201d\u2019";
    private static final int MAX_LONG_NAME_WORDS = 10;
    private static final String CARD_SECTION = "in ";
    private static final int MAX_CARD_SECTION_WORDS = 4;
    /** The small words inside a name: "Department of Health", "Mid and East Antrim". */
    private static final Set<String> NAME_JOINERS = Set.of("and", "of", "the", "for", "on", "in", "&", "de");

    private LinkLists() {
    }

    /**
     * Headline-like lines under a related-links header are links too, and short lines under a topic header are tags,
     * up to the first line of text; chrome inside the list ("list of 4 items") does not end it.
     */
    static void extendRelatedLists(List<PageLine> lines, String raw) {
        LineKind list = null;
        // a list set tight under its header ends at the first blank line: what follows is a paragraph or subheading
        boolean tight = false;
        boolean first = false;
        boolean inText = false;
        for (int i = 0; i < lines.size(); i++) {
            PageLine line = lines.get(i);
            inText = inText || PageLines.isParagraph(line)
                    && line.source.wordCount() > StrayLabels.MAX_STRAY_LABEL_WORDS;
            boolean apart = list == LineKind.RELATED_HEADER && isBlankLineBetween(raw, lines.get(i - 1).source,
                    line.source);
            if (line.kind == LineKind.RELATED_HEADER || line.kind == LineKind.TOPIC_HEADER) {
                list = line.kind;
                first = true;
                tight = false;
            } else if (list == LineKind.RELATED_HEADER && first && line.kind == LineKind.NAME_ONLY) {
                // "More by this author" / "Jane Doe" / titles: the author's name heads the links and stays a name
                continue;
            } else if (list == LineKind.RELATED_HEADER && first && isMenuLabel(line)
                    && i + 1 < lines.size() && isMenuLabel(lines.get(i + 1))) {
                // "Most read" / "News Board" / "Wires": a menu's labels, among which a widget's name is one more
                list = null;
            } else if (list == LineKind.RELATED_HEADER && !inText && line.kind == LineKind.PLAIN
                    && line.source.wordCount() < Headlines.MAX_LABEL_WORDS && Headlines.isSectionLabel(line)) {
                // "Trending:" / two titles / "News" / "Colorado Wildfires" / headline: over the article, a section's
                // label of a word or two ends the bar of links, as the labels over the headline begin
                list = null;
            } else if (list != null
                    && (Footer.isCommentHeader(line) || CreditSplitter.isCopyrightNotice(line.source))) {
                // "Leave a Reply Cancel reply", "Add your comment to this story": the readers' comments follow; a
                // copyright notice closes the page
                list = null;
            } else if (list == LineKind.RELATED_HEADER && line.kind == LineKind.PLAIN && (line.source.hasDigit()
                    && Timestamps.isBareDate(line.source) || isCardSection(line))) {
                // "Port traffic rises 12%" / "March 3, 2025" / "In "News"": a card's date and section under its title
                line.kind = LineKind.CHROME;
            } else if (list == LineKind.RELATED_HEADER && (isTitle(line) || isNumberedItem(lines, i))
                    && !(tight && apart && !titlesGoOn(lines, i))) {
                // a blank line after a tight list ends it, unless titles go on: "Related" / title / blank / title /
                // blank / title / footer
                line.kind = LineKind.RELATED;
                line.related = withoutListNumber(line.text());
                tight = first ? !apart : tight;
                first = false;
            } else if (list == LineKind.TOPIC_HEADER
                    && (line.kind == LineKind.PLAIN || line.kind == LineKind.NAME_ONLY)
                    && !Cues.endsSentence(line.text()) && line.source.wordCount() <= MAX_TOPIC_WORDS) {
                // a tag names a place or person as often as a subject ("Tamil Nadu", "Primary Schools")
                line.kind = LineKind.CHROME;
            } else if (list == LineKind.TOPIC_HEADER && line.kind == LineKind.PLAIN && isLongName(line)) {
                // "Armagh City, Banbridge and Craigavon Borough Council": a body's full name is a tag too
                line.kind = LineKind.CHROME;
            } else if (list == LineKind.TOPIC_HEADER && line.kind == LineKind.PLAIN
                    && line.source.wordCount() > MAX_TOPIC_WORDS && line.source.wordCount() <= MAX_RELATED_ITEM_WORDS
                    && !endsWithFullStop(line.text())) {
                // "Explore more" / "Germany's trains: Why are they so late?": longer than a tag, a story's title, and
                // the list is one of links
                line.kind = LineKind.RELATED;
                line.related = line.text();
                list = LineKind.RELATED_HEADER;
            } else if (line.kind != LineKind.RELATED && line.kind != LineKind.CHROME
                    || END_OF_LIST.equals(line.folded())) {
                list = null;
            }
        }
    }

    /** "In "News"", "In “Sport”": the section a related card's story is filed in. */
    private static boolean isCardSection(PageLine line) {
        String folded = line.folded();
        return line.source.wordCount() <= MAX_CARD_SECTION_WORDS && folded.length() > CARD_SECTION.length()
                && folded.startsWith(CARD_SECTION) && Cues.opensWithQuote(folded.substring(CARD_SECTION.length()));
    }

    /**
     * A name of up to ten words, each capitalised but for the small words that join a name's parts, with no mark a
     * title would have ("Mid and East Antrim Borough Council", not "Germany's trains: Why are they so late?").
     */
    private static boolean isLongName(PageLine line) {
        String text = line.text();
        if (line.source.wordCount() > MAX_LONG_NAME_WORDS || text.indexOf(':') >= 0 || text.indexOf('?') >= 0
                || text.indexOf('!') >= 0 || text.indexOf('\'') >= 0 || text.indexOf('\u2019') >= 0) {
            return false;
        }
        for (String word : Cues.tokens(text, "")) {
            String bare = Cues.stripPunctuation(word);
            if (!bare.isEmpty() && !Character.isUpperCase(bare.charAt(0)) && !NAME_JOINERS.contains(bare)) {
                return false;
            }
        }
        return true;
    }

    /** Whether the line after {@code i} is another title or furniture, not a paragraph under a subheading. */
    private static boolean titlesGoOn(List<PageLine> lines, int i) {
        return i + 1 == lines.size() || isTitle(lines.get(i + 1)) || lines.get(i + 1).kind != LineKind.PLAIN;
    }

    /**
     * "3" / "The 2024 map is shifting. Here's where.": under a list's number, a title may end as a sentence does, and
     * may open with a label a caption's credit has ("Pictures: Carnival crowns its queen").
     */
    private static boolean isNumberedItem(List<PageLine> lines, int i) {
        PageLine line = lines.get(i);
        return i > 0 && lines.get(i - 1).kind == LineKind.CHROME && isListNumber(lines.get(i - 1).folded())
                && (line.kind == LineKind.PLAIN || line.kind == LineKind.CAPTION || line.kind == LineKind.CREDIT_ONLY)
                && line.source.wordCount() <= MAX_RELATED_ITEM_WORDS;
    }

    /**
     * "1. Louth Carnival to return", "2 Greene King to close two pubs": a most-read list's rank before a title, which
     * opens with a capital; "10 things to do" keeps its number.
     */
    static String withoutListNumber(String text) {
        int digits = 0;
        while (digits < text.length() && digits <= 2 && Character.isDigit(text.charAt(digits))) {
            digits++;
        }
        if (digits == 0 || digits > 2 || digits == text.length()) {
            return text;
        }
        int mark = text.charAt(digits) == '.' || text.charAt(digits) == ')' ? digits + 1 : digits;
        boolean ranked = mark + 1 < text.length() && text.charAt(mark) == ' '
                && Character.isUpperCase(text.charAt(mark + 1));
        return ranked ? text.substring(mark + 1) : text;
    }

    /** "3", "3.", "3)": the number of an item of a list, on a line of its own. */
    static boolean isListNumber(String folded) {
        int end = folded.endsWith(".") || folded.endsWith(")") ? folded.length() - 1 : folded.length();
        return end > 0 && end <= 2 && Cues.isDigits(folded.substring(0, end));
    }

    /** A plain line as short as a story's title and without a paragraph's full stop. */
    private static boolean isTitle(PageLine line) {
        return line.kind == LineKind.PLAIN && !endsWithFullStop(line.text())
                && line.source.wordCount() <= MAX_RELATED_ITEM_WORDS;
    }

    private static boolean isMenuLabel(PageLine line) {
        return line.kind == LineKind.PLAIN && line.source.wordCount() <= Headlines.MAX_LABEL_WORDS
                && !Cues.endsSentence(line.text()) && !line.text().endsWith("|");
    }

    /**
     * Whether a blank line stands between two lines: copies of web pages set a list's items on lines of their own
     * and its paragraphs, subheadings among them, apart.
     */
    static boolean isBlankLineBetween(String raw, SourceLine previous, SourceLine line) {
        int feeds = 0;
        for (int i = previous.end(); i < line.start() && feeds < 2; i++) {
            feeds += raw.charAt(i) == '\n' ? 1 : 0;
        }
        return feeds >= 2;
    }

    /**
     * "California" / "Army Corps finishes debris removal in fire zone" / "Oct. 2, 2025" between paragraphs: a card
     * linking another story, its title over its date, with its section over it. Only on a page with furniture and after the article's first paragraph, where
     * a line dated so is the card's, not the story's own.
     */
    static void readLinkCards(List<PageLine> lines, int headline) {
        if (!PageLines.hasFurniture(lines)) {
            return;
        }
        boolean inText = false;
        for (int i = Math.max(headline + 2, 1); i < lines.size(); i++) {
            PageLine line = lines.get(i);
            PageLine above = lines.get(i - 1);
            if (inText && line.source.hasDigit() && line.kind == LineKind.PLAIN && above.kind == LineKind.PLAIN
                    && Timestamps.isBareDatedYear(line.source)
                    && !Cues.endsSentence(above.text()) && above.source.wordCount() <= MAX_RELATED_ITEM_WORDS) {
                line.kind = LineKind.CHROME;
                above.kind = LineKind.RELATED;
                above.related = above.text();
                if (i - 2 > headline && StrayLabels.isStrayLabel(lines.get(i - 2))) {
                    // "California" over the card's title: the section the linked story stands in
                    lines.get(i - 2).kind = LineKind.CHROME;
                }
            }
            inText = inText || line.kind == LineKind.PLAIN
                    && line.source.wordCount() > StrayLabels.MAX_STRAY_LABEL_WORDS && Cues.endsSentence(line.text());
        }
    }

    /** "... reform.”": a paragraph's full stop, inside closing quotes too; a link's title ends without one. */
    static boolean endsWithFullStop(String text) {
        int end = text.length();
        while (end > 0 && CLOSING_QUOTES.indexOf(text.charAt(end - 1)) >= 0) {
            end--;
        }
        return end > 0 && text.charAt(end - 1) == '.';
    }
}
