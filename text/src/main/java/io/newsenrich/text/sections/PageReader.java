package io.newsenrich.text.sections;

import io.newsenrich.model.Caption;
import io.newsenrich.model.Sections;
import io.newsenrich.text.Span;
import io.newsenrich.text.SplitArticle;
import io.newsenrich.text.sentences.SentenceSplitter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the sections of one copied page: lines are classified by their own cues, then the page structure decides what
 * the cues leave open (which line is the headline, whether a standfirst stands under it, whether a name-only line
 * is a byline, which credit belongs to which caption). Linear in the length of the text.
 */
public final class PageReader {

    private static final int MAX_HEADLINE_WORDS = 35;
    private static final int MAX_HEADLINE_SENTENCE_WORDS = 15;
    /** "Politics", "Nation & World", "China/ Diplomacy": a section label over the headline. */
    private static final int MAX_LABEL_WORDS = 3;
    private static final int MAX_BREADCRUMB_WORDS = 10;
    private static final int MAX_UNPUNCTUATED_CAPTION_WORDS = 30;
    private static final String CLOSING_QUOTES = "\"'\u201d\u2019";
    private static final Set<String> TITLE_MINOR_WORDS = Set.of("of", "the", "and", "in", "on", "for", "to", "a",
            "at", "by", "or");
    /** "The world in brief": a menu item in sentence case is shorter than a headline. */
    private static final int MAX_MENU_ITEM_WORDS = 5;
    /** Labels in a row that make a menu: one label over a title is its section's. */
    private static final int MIN_MENU_LABELS = 2;
    private static final String BREADCRUMB_SEPARATORS = "/>|»›•·";
    private static final int MIN_STANDFIRST_WORDS = 5;
    private static final int MAX_STANDFIRST_WORDS = 60;
    private static final int MAX_STANDFIRST_SENTENCES = 2;
    private static final int MAX_RELATED_ITEM_WORDS = 25;
    /** The screen-reader text closing a widget of links. */
    private static final String END_OF_LIST = "end of list";
    /** "Climate change", "Government Shutdown", "Chuck Schumer,": a topic tag is a name. */
    private static final int MAX_TOPIC_WORDS = 5;
    /** "Porto Alegre, Brazil", "Kyiv, Ukraine": a dateline's place set on a line of its own. */
    private static final int MAX_PLACE_WORDS = 5;
    /** The buttons that open a machine summary of the article. */
    private static final Set<String> SUMMARY_BUTTONS = Set.of("summarize this article with ai",
            "summarise this article with ai", "ai-assisted summary", "key points", "show full summary", "summary");
    /** A machine summary gives a few points. */
    private static final int MAX_SUMMARY_POINTS = 6;
    /** The buttons that fold a caption away, set under its credit. */
    private static final Set<String> CAPTION_BUTTONS = Set.of("hide caption", "toggle caption", "show caption");
    /** "Jane Doe for Example News/Getty Images": a credit on its own line is a few names. */
    private static final int MAX_CREDIT_LINE_WORDS = 8;

    /** "What happens next", "Pressure from lenders": a subheading is short, and so is the furniture it resembles. */
    private static final int MAX_STRAY_LABEL_WORDS = 4;
    /** Labels in a row that make a list (a menu, tags) rather than subheadings, which stand over paragraphs. */
    private static final int MIN_LABEL_RUN = 3;
    /** Paragraphs of text that make an article: the footer comes after them, and no article after the footer. */
    private static final int MIN_PARAGRAPHS_BEFORE_FOOTER = 3;
    /** A footer's lines are short but for its legal notice; an article's paragraphs are longer than this. */
    private static final int MIN_FOOTER_PARAGRAPH_WORDS = 20;
    /** "Jane Doe, 71, (pictured) was told ...": the mark of a caption set in the text. */
    private static final String PICTURED = "(pictured";
    /** A caption is a sentence or two; a paragraph signed with a source and longer is a wire story's. */
    private static final int MAX_CAPTION_IN_TEXT_WORDS = 40;

    private PageReader() {
    }

    public static SplitArticle read(String raw) {
        List<PageLine> lines = firstOccurrences(LineScanner.scan(raw));
        dropSummaryBoxes(lines);
        attachCredits(lines);
        extendRelatedLists(lines, raw);
        int headline = headline(lines);
        resolveAuthors(lines, headline);
        dropFooter(lines, headline);
        readCaptionsInText(lines);
        dropDatesInFurniture(lines);
        String publisher = Publishers.find(lines);
        dropOutletLabels(lines, headline, publisher);
        int standfirst = standfirst(lines, headline);
        readLinkCards(lines, headline);
        dropStrayLabels(lines, headline, standfirst);
        return assemble(lines, headline, standfirst, publisher);
    }

    /**
     * Short unpunctuated lines of text are body only as subheadings, which stand over the paragraphs they head: one
     * before the first paragraph or after the last (a dateline's place, a view count, a footer link, a topic tag)
     * or in a run of {@link #MIN_LABEL_RUN} (a menu, a tag list) is page furniture. Only a page with furniture is
     * read so: in a plain article (bbc/ holds headline and paragraphs only) every line is text, match details and
     * lists of fixtures too; and a page with no paragraph keeps its lines.
     */
    private static void dropStrayLabels(List<PageLine> lines, int headline, int standfirst) {
        if (!hasFurniture(lines)) {
            return;
        }
        int firstText = -1;
        int lastText = -1;
        for (int i = headline + 1; i < lines.size(); i++) {
            PageLine line = lines.get(i);
            if (i != standfirst && line.kind == LineKind.PLAIN && !isStrayLabel(line)) {
                firstText = firstText < 0 ? i : firstText;
                lastText = i;
            }
        }
        if (firstText < 0) {
            return;
        }
        int runStart = -1;
        for (int i = headline + 1; i <= lines.size(); i++) {
            PageLine line = i < lines.size() ? lines.get(i) : null;
            if (line != null && (line.kind == LineKind.CHROME || i == standfirst)) {
                continue;
            }
            boolean label = line != null && isStrayLabel(line);
            if (label && (i < firstText || i > lastText)) {
                line.kind = LineKind.CHROME;
            } else if (label && runStart < 0) {
                runStart = i;
            } else if (!label && runStart >= 0) {
                dropRun(lines, runStart, i);
                runStart = -1;
            }
        }
    }

    /**
     * The article's text ends where the page's footer starts: at its author's bio or its copyright notice after the
     * article's paragraphs, so that tip lines, notes on the outlet and the sentences of its legal notice after
     * either ("Connect via X or email.", "Story tips can be sent to ...", "Example.ie is the website of ...") are
     * furniture. Not when the article goes on after it: an author card above the text or a notice inside it.
     */
    private static void dropFooter(List<PageLine> lines, int headline) {
        if (!hasFurniture(lines)) {
            return;
        }
        int paragraphs = 0;
        for (int i = headline + 1; i < lines.size(); i++) {
            PageLine line = lines.get(i);
            boolean footer = line.kind == LineKind.BIO
                    || line.kind == LineKind.CHROME && CreditSplitter.isCopyrightNotice(line.source);
            if (footer && paragraphs >= MIN_PARAGRAPHS_BEFORE_FOOTER
                    && paragraphsFrom(lines, i + 1) < MIN_PARAGRAPHS_BEFORE_FOOTER) {
                for (int j = i + 1; j < lines.size(); j++) {
                    if (lines.get(j).kind == LineKind.PLAIN) {
                        lines.get(j).kind = LineKind.CHROME;
                    }
                }
                return;
            }
            paragraphs += isParagraph(line) ? 1 : 0;
        }
    }

    /**
     * Captions that only the article around them tells from its text: a sentence signed with a source in brackets
     * ({@link CreditSplitter#signedSentence}), which is the sign-off of a wire story only as its last paragraph, and a
     * line that says who is "(pictured)" and ends as no sentence ends ("Jane Doe, 71, (pictured) was told to hand over
     * her savings"), which a paragraph naming a picture would.
     */
    private static void readCaptionsInText(List<PageLine> lines) {
        if (!hasFurniture(lines)) {
            return;
        }
        int lastParagraph = -1;
        for (int i = 0; i < lines.size(); i++) {
            lastParagraph = isParagraph(lines.get(i)) ? i : lastParagraph;
        }
        for (int i = 0; i < lastParagraph; i++) {
            PageLine line = lines.get(i);
            boolean brief = line.source.wordCount() <= MAX_CAPTION_IN_TEXT_WORDS;
            CaptionParts caption = line.kind == LineKind.PLAIN && brief ? captionInText(line) : null;
            if (caption != null) {
                line.kind = LineKind.CAPTION;
                line.caption = caption;
            }
        }
    }

    private static CaptionParts captionInText(PageLine line) {
        if (line.folded().contains(PICTURED) && !Cues.endsSentence(line.text())) {
            return new CaptionParts(0, line.text().length(), null);
        }
        return CreditSplitter.signedSentence(line.source);
    }

    private static int paragraphsFrom(List<PageLine> lines, int from) {
        int paragraphs = 0;
        for (int i = from; i < lines.size(); i++) {
            paragraphs += isParagraph(lines.get(i)) && lines.get(i).source.wordCount() >= MIN_FOOTER_PARAGRAPH_WORDS
                    ? 1 : 0;
        }
        return paragraphs;
    }

    private static boolean isParagraph(PageLine line) {
        return line.kind == LineKind.PLAIN && Cues.endsSentence(line.text());
    }

    private static boolean hasFurniture(List<PageLine> lines) {
        for (PageLine line : lines) {
            if (line.kind != LineKind.PLAIN) {
                return true;
            }
        }
        return false;
    }

    /**
     * "California" / "Army Corps finishes debris removal in fire zone" / "Oct. 2, 2025" between paragraphs: a card
     * linking another story, its title over its date, with its section over it. Only on a page with furniture and after the article's first paragraph, where
     * a line dated so is the card's, not the story's own.
     */
    private static void readLinkCards(List<PageLine> lines, int headline) {
        if (!hasFurniture(lines)) {
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
                if (i - 2 > headline && isStrayLabel(lines.get(i - 2))) {
                    // "California" over the card's title: the section the linked story stands in
                    lines.get(i - 2).kind = LineKind.CHROME;
                }
            }
            inText = inText || line.kind == LineKind.PLAIN && line.source.wordCount() > MAX_STRAY_LABEL_WORDS
                    && Cues.endsSentence(line.text());
        }
    }

    /** A "Name: value" pair of a fact box ("Age: 30 years") is text, however short. */
    private static boolean isStrayLabel(PageLine line) {
        return line.kind == LineKind.PLAIN && line.source.wordCount() <= MAX_STRAY_LABEL_WORDS
                && !Cues.endsSentence(line.text()) && !line.text().contains(": ");
    }

    /**
     * Turns the labels of lines {@code [from, to)} to furniture when there are enough of them to be a list, unless
     * the line above announces the list ("Here are the six states:") or its items are numbered ("1 Roger Federer
     * (Switzerland)"): those are the article's own lists.
     */
    private static void dropRun(List<PageLine> lines, int from, int to) {
        int above = from - 1;
        while (above >= 0 && lines.get(above).kind == LineKind.CHROME) {
            above--;
        }
        if (above >= 0 && lines.get(above).kind == LineKind.PLAIN && lines.get(above).text().endsWith(":")) {
            return;
        }
        int labels = 0;
        for (int i = from; i < to; i++) {
            labels += isStrayLabel(lines.get(i)) && !Character.isDigit(lines.get(i).text().charAt(0)) ? 1 : 0;
        }
        for (int i = from; i < to && labels >= MIN_LABEL_RUN; i++) {
            if (isStrayLabel(lines.get(i))) {
                lines.get(i).kind = LineKind.CHROME;
            }
        }
    }

    /** The classified lines in order, a line the copy repeats kept once at its first occurrence. */
    private static List<PageLine> firstOccurrences(List<SourceLine> scanned) {
        // sized for every line up front, since growing the table re-hashes all lines seen so far
        Map<SampledKey, PageLine> seen = new HashMap<>(2 * scanned.size());
        List<PageLine> kept = new ArrayList<>(scanned.size());
        for (SourceLine source : scanned) {
            SampledKey key = SampledKey.of(source.folded());
            PageLine first = seen.get(key);
            if (first != null && sameLetters(first.text(), source.text())) {
                first.repeated = true;
            } else {
                PageLine line = LineClassifier.classify(source);
                seen.putIfAbsent(key, line);
                kept.add(line);
            }
        }
        return kept;
    }

    /**
     * A folded line as a map key hashed from its length and a few of its chars: {@link String#hashCode} reads every
     * char, one multiply after another, which made it the costliest step of the repeat check. Lines that share the
     * sample but differ are told apart by {@code equals}.
     */
    private record SampledKey(String folded, int sample) {

        private static final int SAMPLES = 8;

        static SampledKey of(String folded) {
            int length = folded.length();
            int sample = length;
            for (int i = 0; i < SAMPLES && length > 0; i++) {
                sample = 31 * sample + folded.charAt((int) ((long) length * i / SAMPLES));
            }
            return new SampledKey(folded, sample);
        }

        @Override
        public int hashCode() {
            return sample;
        }
    }

    /** Lines that fold alike repeat each other when their letters match in case too ("Never" is not "never"). */
    private static boolean sameLetters(String first, String second) {
        for (int i = 0; i < first.length(); i++) {
            char c = first.charAt(i);
            if (Character.isLetter(c) && c != second.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Gives a credit that stands on its own line to its caption: the BBC's "Image source" line to the caption under
     * it, any other credit to the caption (or the plain line, which it makes a caption) right above it.
     */
    private static void attachCredits(List<PageLine> lines) {
        markCreditsOverCaptionButtons(lines);
        // a page's header holds no picture: before the first sentence of text a line under a credit-like one
        // ("Hong Kong/Transport" over the headline) is the title, not a caption
        boolean textSeen = false;
        for (int i = 0; i < lines.size(); i++) {
            PageLine credit = lines.get(i);
            if (credit.kind != LineKind.CREDIT_ONLY) {
                textSeen = textSeen || credit.kind == LineKind.PLAIN && Cues.endsSentence(credit.text());
                continue;
            }
            PageLine next = i + 1 < lines.size() ? lines.get(i + 1) : null;
            PageLine previous = i > 1 ? lines.get(i - 1) : null;
            if (previous != null && previous.kind == LineKind.PLAIN && isInMenu(previous, next)) {
                // "Gulf News" / "MENA" / "World": an agency's name among labels is one more label
                credit.kind = LineKind.PLAIN;
                continue;
            }
            if (next != null && next.kind == LineKind.CAPTION && next.caption.credit() == null
                    && credit.folded().startsWith("image source")) {
                next.caption = new CaptionParts(next.caption.textStart(), next.caption.textEnd(),
                        credit.caption.credit());
            } else if (previous != null && previous.kind == LineKind.CAPTION && previous.caption.credit() == null) {
                previous.caption = new CaptionParts(previous.caption.textStart(), previous.caption.textEnd(),
                        credit.caption.credit());
            } else if (textSeen && isCaptionUnderCredit(previous, next)) {
                // "Getty Images" over "Crowds on the beach on Tuesday": some pages set the credit above the picture
                next.kind = LineKind.CAPTION;
                next.caption = new CaptionParts(0, next.text().length(), credit.caption.credit());
            } else if (previous != null && previous.kind == LineKind.PLAIN && !Cues.opensWithQuote(previous.folded())
                    && !Timestamps.isBareDate(previous.source)) {
                // a quotation is a paragraph of text, a date the page's own: the copy lost the caption that stood
                // between it and the credit
                previous.kind = LineKind.CAPTION;
                previous.caption = new CaptionParts(0, previous.text().length(), credit.caption.credit());
            }
        }
    }

    /**
     * "Summarize this article with AI" / points / "This is AI generated summarization, which may have errors.": the
     * points of a machine summary stand between the box's button and its disclaimer, and are no paragraphs.
     */
    private static void dropSummaryBoxes(List<PageLine> lines) {
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

    /**
     * "Jane Doe for Example" / "hide caption" / "toggle caption": a picture's credit stands over the buttons that fold
     * its caption away, and its caption over the credit.
     */
    private static void markCreditsOverCaptionButtons(List<PageLine> lines) {
        for (int i = 1; i < lines.size(); i++) {
            PageLine credit = lines.get(i - 1);
            boolean button = lines.get(i).kind == LineKind.CHROME && CAPTION_BUTTONS.contains(lines.get(i).folded());
            if (button && (credit.kind == LineKind.PLAIN || credit.kind == LineKind.NAME_ONLY)
                    && credit.source.wordCount() <= MAX_CREDIT_LINE_WORDS && !Cues.endsSentence(credit.text())) {
                credit.kind = LineKind.CREDIT_ONLY;
                credit.caption = new CaptionParts(0, 0, credit.text());
            }
        }
    }

    /**
     * Headline-like lines under a related-links header are links too, and short lines under a topic header are tags,
     * up to the first line of text; chrome inside the list ("list of 4 items") does not end it.
     */
    private static void extendRelatedLists(List<PageLine> lines, String raw) {
        LineKind list = null;
        // a list set tight under its header ends at the first blank line: what follows is a paragraph or subheading
        boolean tight = false;
        boolean first = false;
        for (int i = 0; i < lines.size(); i++) {
            PageLine line = lines.get(i);
            boolean apart = list == LineKind.RELATED_HEADER && isBlankLineBetween(raw, lines.get(i - 1).source,
                    line.source);
            if (line.kind == LineKind.RELATED_HEADER || line.kind == LineKind.TOPIC_HEADER) {
                list = line.kind;
                first = true;
                tight = false;
            } else if (list == LineKind.RELATED_HEADER && first && isMenuLabel(line)
                    && i + 1 < lines.size() && isMenuLabel(lines.get(i + 1))) {
                // "Most read" / "News Board" / "Wires": a menu's labels, among which a widget's name is one more
                list = null;
            } else if (list == LineKind.RELATED_HEADER && line.kind == LineKind.PLAIN && !endsWithFullStop(line.text())
                    && line.source.wordCount() <= MAX_RELATED_ITEM_WORDS && !(tight && apart)) {
                line.kind = LineKind.RELATED;
                line.related = line.text();
                tight = first ? !apart : tight;
                first = false;
            } else if (list == LineKind.TOPIC_HEADER
                    && (line.kind == LineKind.PLAIN || line.kind == LineKind.NAME_ONLY)
                    && !Cues.endsSentence(line.text()) && line.source.wordCount() <= MAX_TOPIC_WORDS) {
                // a tag names a place or person as often as a subject ("Tamil Nadu", "Primary Schools")
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

    private static boolean isMenuLabel(PageLine line) {
        return line.kind == LineKind.PLAIN && line.source.wordCount() <= MAX_LABEL_WORDS
                && !Cues.endsSentence(line.text()) && !line.text().endsWith("|");
    }

    /**
     * The first line that is not chrome, when it reads as a title rather than as a paragraph; else -1. What stands
     * over the title is passed over, and becomes chrome, when a title longer than any label follows: section labels
     * ("Politics", "U.K.", "Metro Manila", "Israel & the Region"), breadcrumbs ("Home > Sport > Cricket") and
     * promos ("Subscribe").
     */
    private static int headline(List<PageLine> lines) {
        int first = nextNonChrome(lines, 0);
        if (first >= lines.size() - 1) {
            return -1;
        }
        int title = titleAfterLabels(lines, first);
        if (title == first) {
            title = titleAfterMenu(lines, first);
        }
        // "Weekly edition" / "The world in brief" / "Subscribe" / "Finance & economics | ..." / title: a short menu
        // item in sentence case, with more of the menu after it
        if (title > first && title < lines.size() && lines.get(title).source.wordCount() <= MAX_MENU_ITEM_WORDS) {
            int further = titleAfterMenu(lines, title);
            if (further > title && further < lines.size() && isLabelledTitle(lines.get(further))
                    && noNameBetween(lines, title, further)) {
                title = further;
            }
        }
        if (title > first && title < lines.size() - 1 && isTitleUnderMenu(lines, first, title)) {
            for (int i = first; i < title; i++) {
                if (lines.get(i).kind != LineKind.PROMO) {
                    lines.get(i).kind = LineKind.CHROME;
                }
            }
            first = title;
        }
        PageLine line = lines.get(first);
        int words = line.source.wordCount();
        boolean titleKind = line.kind != LineKind.BYLINE && line.kind != LineKind.PROMO
                && line.kind != LineKind.RELATED_HEADER && line.kind != LineKind.TOPIC_HEADER
                && line.kind != LineKind.CREDIT_ONLY;
        boolean titleShape = words <= MAX_HEADLINE_WORDS
                && !(line.text().endsWith(".") && words > MAX_HEADLINE_SENTENCE_WORDS);
        if (!titleKind || !titleShape) {
            return -1;
        }
        line.kind = LineKind.PLAIN;
        return first;
    }

    /**
     * Whether no byline or name stands between two lines; a name-like label among a menu's labels ("Sport" / "Rugby
     * Union" / "Six Nations") is one more label.
     */
    private static boolean noNameBetween(List<PageLine> lines, int from, int to) {
        for (int i = from + 1; i < to; i++) {
            PageLine line = lines.get(i);
            boolean inMenu = line.kind == LineKind.NAME_ONLY && i - 1 > from && isSectionLabel(lines.get(i - 1))
                    && isSectionLabel(line);
            if ((line.kind == LineKind.NAME_ONLY || line.kind == LineKind.BYLINE) && !inMenu) {
                return false;
            }
        }
        return true;
    }

    /** The first line from {@code first} on that is no label, breadcrumb, date or kicker over the title. */
    private static int titleAfterLabels(List<PageLine> lines, int first) {
        int title = first;
        while (title < lines.size() && (isOverTitle(lines.get(title)) || isKicker(lines, title))) {
            title = nextNonChrome(lines, title + 1);
        }
        return title;
    }

    /**
     * "Democracy Dies in Darkness" / "Politics" / "Congress" / title: an outlet's tagline or a skip link over a menu
     * of labels is page furniture, and the title comes after the menu; else {@code first}.
     */
    private static int titleAfterMenu(List<PageLine> lines, int first) {
        int k = nextNonChrome(lines, first + 1);
        int labels = 0;
        while (k < lines.size() && isOverTitle(lines.get(k))) {
            labels++;
            k = nextNonChrome(lines, k + 1);
        }
        return labels >= MIN_MENU_LABELS ? k : first;
    }

    /**
     * Whether a blank line stands between two lines: copies of web pages set a list's items on lines of their own
     * and its paragraphs, subheadings among them, apart.
     */
    private static boolean isBlankLineBetween(String raw, SourceLine previous, SourceLine line) {
        int feeds = 0;
        for (int i = previous.end(); i < line.start() && feeds < 2; i++) {
            feeds += raw.charAt(i) == '\n' ? 1 : 0;
        }
        return feeds >= 2;
    }

    private static boolean isInMenu(PageLine previous, PageLine next) {
        return isSectionLabel(previous) && next != null && (next.kind == LineKind.PLAIN || next.kind == LineKind.CHROME)
                && next.source.wordCount() <= MAX_LABEL_WORDS && !Cues.endsSentence(next.text());
    }

    /** A label, breadcrumb, promo, widget header or the page's date ("Sat, Sep 13, 2025") over the title. */
    private static boolean isOverTitle(PageLine line) {
        // a credit-like line in the header is a breadcrumb ("Hong Kong/Transport"), as no picture stands there, and
        // a widget's header among a menu's labels ("Most read") one more label
        return line.kind == LineKind.PROMO || line.kind == LineKind.CREDIT_ONLY
                || (line.kind == LineKind.RELATED_HEADER || line.kind == LineKind.TOPIC_HEADER)
                && line.source.wordCount() <= MAX_LABEL_WORDS
                || (line.kind == LineKind.PLAIN || line.kind == LineKind.NAME_ONLY)
                && (isSectionLabel(line) || isBreadcrumb(line) || Timestamps.isBareDatedYear(line.source));
    }

    /** "Ukraine war briefing" over "Ukraine war briefing: Russian drones hit ...": a series' name that opens the title. */
    private static boolean isKicker(List<PageLine> lines, int i) {
        int next = nextNonChrome(lines, i + 1);
        return next < lines.size() && lines.get(i).kind == LineKind.PLAIN && lines.get(next).kind == LineKind.PLAIN
                && lines.get(next).folded().startsWith(lines.get(i).folded())
                && lines.get(next).text().length() > lines.get(i).text().length();
    }

    /**
     * A caption's line under its credit: a short line without a full stop, while the line above the credit ends a
     * sentence (a paragraph, not a caption) or is no text.
     */
    private static boolean isCaptionUnderCredit(PageLine previous, PageLine next) {
        boolean textAbove = previous != null && previous.kind == LineKind.PLAIN
                && !Cues.endsSentence(previous.text());
        return next != null && next.kind == LineKind.PLAIN && !textAbove && !Cues.endsSentence(next.text())
                && next.source.wordCount() <= MAX_UNPUNCTUATED_CAPTION_WORDS;
    }

    /** "... reform.”": a paragraph's full stop, inside closing quotes too; a link's title ends without one. */
    private static boolean endsWithFullStop(String text) {
        int end = text.length();
        while (end > 0 && CLOSING_QUOTES.indexOf(text.charAt(end - 1)) >= 0) {
            end--;
        }
        return end > 0 && text.charAt(end - 1) == '.';
    }

    private static int nextNonChrome(List<PageLine> lines, int from) {
        int i = from;
        while (i < lines.size() && lines.get(i).kind == LineKind.CHROME) {
            i++;
        }
        return i;
    }

    /**
     * One or two words ("Politics", "German economy", "China/ Diplomacy"), three in title case ("Live Cricket
     * Scores") or joined by "&" or "and" ("Nation & World", "Israel & the Region"): a three-word line of any other
     * shape is as often a short headline ("Chelsea sack Mutu").
     */
    private static boolean isSectionLabel(PageLine line) {
        int words = line.source.wordCount();
        if (words > MAX_LABEL_WORDS + 1) {
            return false;
        }
        String text = line.text();
        // "U.S.", "U.K.": an abbreviation's last full stop ends no sentence
        int stop = text.indexOf('.');
        boolean abbreviation = words == 1 && stop >= 0 && stop < text.length() - 1;
        boolean shape = words < MAX_LABEL_WORDS
                || words == MAX_LABEL_WORDS && (isJoinedPair(line.folded()) || isTitleCase(text))
                || words == MAX_LABEL_WORDS + 1 && text.contains(" & ");
        return shape && !line.source.hasDigit() && (abbreviation || !Cues.endsSentence(text));
    }

    private static boolean isJoinedPair(String folded) {
        int space = folded.indexOf(' ');
        return folded.startsWith("& ", space + 1) || folded.startsWith("and ", space + 1);
    }

    /** "Poll of Polls", "Best of Ireland": every word capitalised but the short ones that title case leaves. */
    private static boolean isTitleCase(String text) {
        if (text.isEmpty() || !Character.isUpperCase(text.charAt(0))) {
            return false;
        }
        for (int i = text.indexOf(' '); i >= 0; i = text.indexOf(' ', i + 1)) {
            int end = text.indexOf(' ', i + 1);
            String word = text.substring(i + 1, end < 0 ? text.length() : end);
            if (!word.isEmpty() && !Character.isUpperCase(word.charAt(0)) && !TITLE_MINOR_WORDS.contains(word)) {
                return false;
            }
        }
        return true;
    }

    /** "Home / News / World", "Home > Sport > Cricket", "News24 | News": a trail of short labels. */
    private static boolean isBreadcrumb(PageLine line) {
        if (line.source.wordCount() > MAX_BREADCRUMB_WORDS) {
            return false;
        }
        String text = line.text();
        int separators = 0;
        int words = 0;
        int i = 0;
        while (i < text.length()) {
            int end = i;
            while (end < text.length() && !LineScanner.isSpace(text.charAt(end))) {
                end++;
            }
            if (end == i + 1 && BREADCRUMB_SEPARATORS.indexOf(text.charAt(i)) >= 0) {
                separators++;
                words = 0;
            } else if (end > i && ++words > MAX_LABEL_WORDS) {
                return false;
            }
            i = end + 1;
        }
        return separators > 0 && words > 0;
    }

    /** A title that labels stand over: longer than any label, and no sentence (a short headline's paragraph). */
    private static boolean isLabelledTitle(PageLine line) {
        int words = line.source.wordCount();
        return (line.kind == LineKind.PLAIN || isRubricTitle(line)) && words > MAX_LABEL_WORDS
                && words <= MAX_HEADLINE_WORDS && !Cues.endsSentence(line.text());
    }

    /**
     * "Interview: Indonesia nickel smelter chief sees consolidation": a title under its rubric, which elsewhere on a
     * page labels a link ("Analysis: ...") but over the article is its headline.
     */
    private static boolean isRubricTitle(PageLine line) {
        return line.kind == LineKind.RELATED && line.related != null && line.related.length() < line.text().length()
                && line.text().endsWith(line.related);
    }

    /**
     * A title under a whole menu of labels, which may end as a sentence does when it is short ("Egg prices fell for
     * the first time in months. Here's when shoppers could see relief.", "Is the war over?").
     */
    private static boolean isTitleUnderMenu(List<PageLine> lines, int first, int title) {
        PageLine line = lines.get(title);
        int words = line.source.wordCount();
        // a title is short when it ends as a sentence does, as the article's first paragraph does too
        boolean titleLength = words <= MAX_HEADLINE_SENTENCE_WORDS
                || words <= MAX_HEADLINE_WORDS && !endsWithFullStop(line.text());
        return isLabelledTitle(line) || line.kind == LineKind.PLAIN && words > MAX_LABEL_WORDS
                && titleLength && labelsBetween(lines, first, title) >= MIN_MENU_LABELS;
    }

    private static int labelsBetween(List<PageLine> lines, int from, int to) {
        int labels = 0;
        for (int i = from; i < to; i++) {
            PageLine line = lines.get(i);
            labels += (line.kind == LineKind.PLAIN || line.kind == LineKind.NAME_ONLY) && isSectionLabel(line) ? 1 : 0;
        }
        return labels;
    }

    /**
     * A biography counts when it stands in the furniture (no article text after it) or names an author the page
     * names in a byline or on a line of its own; a name-only line counts as a byline when the copy repeats it, a
     * biography names it, or furniture stands next to it. Otherwise both are article text.
     */
    private static void resolveAuthors(List<PageLine> lines, int headline) {
        for (int i = 0; i < lines.size(); i++) {
            PageLine line = lines.get(i);
            if (line.kind == LineKind.NAME_WITH_ROLE) {
                PageLine above = i > 0 ? lines.get(i - 1) : null;
                boolean underName = above != null
                        && (above.kind == LineKind.BYLINE || above.kind == LineKind.NAME_ONLY);
                line.kind = underName ? LineKind.AUTHOR_ROLE : LineKind.BYLINE;
            }
        }
        Set<String> authors = new HashSet<>();
        // names set on lines of their own: the page's header names its author so, as the line over a bio does
        Set<String> namedAlone = new HashSet<>();
        int lastPlain = -1;
        for (int i = 0; i < lines.size(); i++) {
            PageLine line = lines.get(i);
            if (line.kind == LineKind.BYLINE) {
                authors.addAll(line.names);
            } else if (line.kind == LineKind.NAME_ONLY) {
                namedAlone.addAll(line.names);
            } else if (line.kind == LineKind.PLAIN && i != headline) {
                lastPlain = i;
            }
        }
        for (int i = 0; i < lines.size(); i++) {
            PageLine line = lines.get(i);
            if (line.kind == LineKind.BIO && (i > lastPlain || authors.contains(line.names.get(0))
                    || namedAlone.contains(line.names.get(0)))) {
                authors.addAll(line.names);
            } else if (line.kind == LineKind.BIO) {
                line.kind = LineKind.PLAIN;
            }
        }
        int firstText = firstTextAfter(lines, headline);
        for (int i = 0; i < lines.size(); i++) {
            PageLine line = lines.get(i);
            if (line.kind == LineKind.NAME_ONLY && i != headline) {
                // in the page's header, or signing off the page after its last line of text
                boolean byline = line.repeated || authors.containsAll(line.names) || besideFurniture(lines, i)
                        || headline >= 0 && i < firstText || i > lastPlain && Bylines.areFullNames(line.names);
                line.kind = byline ? LineKind.BYLINE : LineKind.PLAIN;
            }
        }
        for (int i = 0; i < lines.size(); i++) {
            PageLine line = lines.get(i);
            if (line.kind == LineKind.AUTHOR_ROLE && !besideKind(lines, i, LineKind.BYLINE)) {
                line.kind = LineKind.PLAIN;
            }
        }
    }

    /**
     * A bare date ("March 29, 2025") is a line of text in plain articles, but the page's date when it stands next to
     * a timestamp, byline or author's role.
     */
    private static void dropDatesInFurniture(List<PageLine> lines) {
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

    /**
     * The outlet's name on a line of its own is a label, not text. Pages that set a dateline on lines of their own
     * put it under the place ("Porto Alegre, Brazil" / "CNN" / "—"), and that place line goes with it; a
     * syndicated story signs off with its author over it ("— Jane Doe" / "Los Angeles Times"), a byline.
     */
    private static void dropOutletLabels(List<PageLine> lines, int headline, String publisher) {
        if (publisher == null) {
            return;
        }
        String outlet = Cues.fold(publisher);
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

    /** The names of a dash-led sign-off line ("— Jane Doe", "-- Jane Doe and John Roe"), or an empty list. */
    private static List<String> signOffNames(SourceLine line) {
        String text = line.text();
        int start = 0;
        while (start < text.length() && Cues.fold(text.charAt(start)) == '-') {
            start++;
        }
        return start == 0 ? List.of()
                : Bylines.nameLineNames(SourceLine.of(line.start() + start, Cues.strip(text.substring(start))));
    }

    private static boolean isPlaceName(SourceLine line) {
        return line.wordCount() <= MAX_PLACE_WORDS && !line.hasDigit() && !Cues.endsSentence(line.text())
                && Cues.allWordsCapitalised(line.text());
    }

    private static boolean isDateNeighbour(PageLine line) {
        return line.kind == LineKind.CHROME && line.source.hasDigit() || line.kind == LineKind.BYLINE
                || line.kind == LineKind.AUTHOR_ROLE;
    }

    /**
     * The first line of text after the headline: a name-only line above it stands in the page's header, where only
     * a byline names a person on a line of its own.
     */
    private static int firstTextAfter(List<PageLine> lines, int headline) {
        int i = headline + 1;
        while (i < lines.size() && lines.get(i).kind != LineKind.PLAIN) {
            i++;
        }
        return i;
    }

    private static boolean besideKind(List<PageLine> lines, int i, LineKind kind) {
        return i > 0 && lines.get(i - 1).kind == kind || i + 1 < lines.size() && lines.get(i + 1).kind == kind;
    }

    private static boolean besideFurniture(List<PageLine> lines, int i) {
        return i > 0 && isAuthorFurniture(lines.get(i - 1))
                || i + 1 < lines.size() && isAuthorFurniture(lines.get(i + 1)) || besideTimestamp(lines, i);
    }

    /** "Jane Doe" over "Updated - August 21, 2025 10:18 pm IST": a page dates its byline. */
    private static boolean besideTimestamp(List<PageLine> lines, int i) {
        return i > 0 && isTimestamp(lines.get(i - 1)) || i + 1 < lines.size() && isTimestamp(lines.get(i + 1));
    }

    /**
     * A timestamp, or a bare date with its year ("Jun 12, 2025"), which a page sets under its byline; a plain article's
     * dates of fixtures name no year ("Tuesday, 1 March").
     */
    private static boolean isTimestamp(PageLine line) {
        return line.kind == LineKind.CHROME && line.source.hasDigit() && (Timestamps.isTimestamp(line.source)
                || Cues.CHROME_OPENERS.match(line.folded()) != null)
                || line.kind == LineKind.PLAIN && Timestamps.isBareDatedYear(line.source);
    }

    private static boolean isAuthorFurniture(PageLine line) {
        return line.isFurniture() && line.kind != LineKind.CHROME && line.kind != LineKind.CREDIT_ONLY
                || line.kind == LineKind.BIO || line.kind == LineKind.AUTHOR_ROLE;
    }

    /**
     * The one-sentence summary under the headline: a line of text without terminal punctuation, set off from the body
     * by a caption or byline or on a page whose furniture shows it was copied from a web page. A punctuated line is
     * the first paragraph (wire copy puts captions right under it), and plain text corpora such as bbc/ have no
     * standfirst: their unpunctuated second line is the first paragraph.
     */
    private static int standfirst(List<PageLine> lines, int headline) {
        if (headline < 0) {
            return -1;
        }
        int candidate = nextNonChrome(lines, headline + 1);
        if (candidate >= lines.size() - 1 || lines.get(candidate).kind != LineKind.PLAIN) {
            return -1;
        }
        PageLine line = lines.get(candidate);
        int words = line.source.wordCount();
        char opening = line.text().charAt(0);
        if (words < MIN_STANDFIRST_WORDS || words > MAX_STANDFIRST_WORDS || Character.isLowerCase(opening)) {
            return -1;
        }
        int after = candidate + 1;
        while (after < lines.size() - 1 && lines.get(after).kind == LineKind.CHROME) {
            after++;
        }
        PageLine next = lines.get(after);
        boolean setOff = next.kind == LineKind.CAPTION || next.kind == LineKind.CREDIT_ONLY
                || next.kind == LineKind.BYLINE;
        if (Cues.endsSentence(line.text())) {
            return setOff && isSummarySentence(line.text()) ? candidate : -1;
        }
        // lines over the headline (labels, menus) show a web page as well
        return setOff || headline > 0 || isWebPage(lines) ? candidate : -1;
    }

    /**
     * A punctuated line set off by a caption is a standfirst when it is a sentence or two with no dateline: a wire
     * story's first paragraph, which copies also put over a caption, opens with one ("KYIV (Reuters) -").
     */
    private static boolean isSummarySentence(String text) {
        return new SentenceSplitter().sentences(text).size() <= MAX_STANDFIRST_SENTENCES
                && !Cues.opensWithDateline(text);
    }

    private static boolean isWebPage(List<PageLine> lines) {
        for (PageLine line : lines) {
            if (isAuthorFurniture(line)) {
                return true;
            }
        }
        return false;
    }

    private static SplitArticle assemble(List<PageLine> lines, int headlineIndex, int standfirstIndex,
            String publisher) {
        String headline = null;
        String standfirst = null;
        String authorBio = null;
        List<Caption> captions = new ArrayList<>();
        Set<String> captionTexts = new HashSet<>();
        List<String> body = new ArrayList<>(lines.size());
        List<String> related = new ArrayList<>();
        List<String> promos = new ArrayList<>();
        Set<String> byline = new LinkedHashSet<>();
        List<Span> spans = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            PageLine line = lines.get(i);
            SourceLine source = line.source;
            if (i == headlineIndex) {
                headline = line.text();
                spans.add(new Span("headline", source.start(), source.end()));
                continue;
            }
            if (i == standfirstIndex) {
                standfirst = line.text();
                spans.add(new Span("standfirst", source.start(), source.end()));
                continue;
            }
            switch (line.kind) {
                case PLAIN -> {
                    body.add(line.text());
                    spans.add(new Span("body", source.start(), source.end()));
                }
                case CAPTION -> {
                    String text = line.text().substring(line.caption.textStart(), line.caption.textEnd());
                    if (!text.isEmpty() && captionTexts.add(Cues.fold(text))) {
                        captions.add(new Caption(text, line.caption.credit()));
                        spans.add(new Span("captions", source.start() + line.caption.textStart(),
                                source.start() + line.caption.textEnd()));
                    }
                }
                case RELATED -> related.add(line.related);
                case PROMO -> promos.add(line.text());
                case BYLINE -> byline.addAll(line.names);
                case BIO -> {
                    byline.addAll(line.names);
                    authorBio = authorBio == null ? line.text() : authorBio;
                }
                default -> {
                }
            }
        }
        Sections sections = new Sections(headline, standfirst, captions, body, related, promos, List.copyOf(byline),
                authorBio, publisher);
        return new SplitArticle(sections, spans);
    }
}
