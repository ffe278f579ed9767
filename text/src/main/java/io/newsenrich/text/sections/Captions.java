package io.newsenrich.text.sections;

import java.util.List;
import java.util.Set;

/**
 * The caption passes: credits on lines of their own given to their captions, and the captions that only the article
 * around them tells from its text.
 */
final class Captions {

    private static final int MAX_UNPUNCTUATED_CAPTION_WORDS = 30;
    /** A caption under its credit that ends with a full stop is one short sentence. */
    private static final int MAX_SENTENCE_CAPTION_WORDS = 25;
    /** The buttons that fold a caption away, set under its credit. */
    private static final Set<String> CAPTION_BUTTONS = Set.of("hide caption", "toggle caption", "show caption");
    /** "CREDIT" set between a caption and its credit, with no colon. */
    private static final Set<String> BARE_CREDIT_LABELS = Set.of("credit", "photo credit", "image credit");
    /** "Photo credit:", "Photo illustration:": a credit's label alone on a line is a word or two. */
    private static final int MAX_CREDIT_LABEL_WORDS = 2;
    /** "Jane Doe for Example News/Getty Images": a credit on its own line is a few names. */
    private static final int MAX_CREDIT_LINE_WORDS = 8;
    /**
     * "Jane Doe, 71, (pictured) was told ...", "Jane Doe (middle), chief executive, addressing traders": the marks of
     * a caption set in the text, which say who is where in the picture.
     */
    private static final List<String> PICTURE_MARKS = List.of("(pictured", "(left)", "(right)", "(middle)",
            "(centre)", "(center)", "(second left)", "(second right)", "(l-r)", "(inset)");
    /**
     * "An artist's impression of the proposed hotel.": what only a picture is, which a sentence of one line opening
     * with it captions, credited or not.
     */
    private static final Openers PICTURE_OPENERS = Openers.of(List.of("an artist's impression", "artist's impression",
            "an artist's rendering", "artist's rendering", "an artist's illustration", "a computer-generated image",
            "computer-generated image", "a cgi image"));
    /** A caption is a sentence or two; a paragraph signed with a source and longer is a wire story's. */
    private static final int MAX_CAPTION_IN_TEXT_WORDS = 40;

    private Captions() {
    }

    /**
     * Gives a credit that stands on its own line to its caption: the BBC's "Image source" line to the caption under
     * it, any other credit to the caption (or the plain line, which it makes a caption) right above it.
     */
    static void attachCredits(List<PageLine> lines, String raw) {
        markCreditsOverCaptionButtons(lines);
        markCreditsUnderLabels(lines);
        markChartSources(lines);
        markPhotographersSent(lines);
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
            String author = textSeen ? null : PressCredits.nameBeforePaper(credit.text());
            author = author != null || textSeen ? author : PressCredits.capitalsNameBeforePaper(credit.text());
            if (author != null && next != null && Headlines.isStamp(next)) {
                // title / "Jane Doe, Example Times" / "Updated Wed, March 5, 2025 at 4:12 PM": the byline over the
                // story's stamp names its author and paper as a credit does
                credit.kind = LineKind.BYLINE;
                credit.names = List.of(author);
                continue;
            }
            if (previous != null && (previous.kind == LineKind.RELATED_HEADER || previous.kind == LineKind.RELATED)
                    && CreditSplitter.opensWithColonMarker(credit.folded())) {
                // "Related to this story" / "Photos: Sandbagging on the island": a gallery's link in a list of links
                credit.kind = LineKind.PLAIN;
                continue;
            }
            if (Headlines.isTrailFromHome(credit)) {
                // "Home / Example Times-Age" reads as "Photo / Jane Doe" does, but names the site, not a photographer
                credit.kind = LineKind.PLAIN;
                continue;
            }
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
            } else if ((textSeen || CreditSplitter.opensWithColonMarker(credit.folded()))
                    && !isCreditUnderCaption(raw, previous, credit, next)
                    && (isCaptionUnderCredit(credit, previous, next) || isSentenceUnderCredit(previous, next))) {
                // "Getty Images" over "Crowds on the beach on Tuesday": some pages set the credit above the picture
                next.kind = LineKind.CAPTION;
                next.caption = new CaptionParts(0, next.text().length(), credit.caption.credit());
            } else if (previous != null && previous.kind == LineKind.PLAIN && !Cues.opensWithQuote(previous.folded())
                    && !Timestamps.isBareDate(previous.source) && !isViaUnderSentence(credit, previous)
                    && !CreditSplitter.namesOtherPicture(credit.caption.credit())) {
                // a quotation is a paragraph of text, a date the page's own: the copy lost the caption that stood
                // between it and the credit
                previous.kind = LineKind.CAPTION;
                previous.caption = new CaptionParts(0, previous.text().length(), credit.caption.credit());
            }
        }
    }

    /**
     * "Image via Example Alliance" under a sentence of text: a picture taken from elsewhere, whose caption the copy
     * lost, so the sentence is text; a caption over it has no full stop ("Young rappers record a track").
     */
    private static boolean isViaUnderSentence(PageLine credit, PageLine previous) {
        return CreditSplitter.viaOpenerLength(credit.folded()) > 0 && Cues.endsSentence(previous.text());
    }

    /**
     * "Credit:" / "Jane Doe | Getty Images": a credit's label on a line of its own over the credit. The label's line
     * takes the credit, so that it goes to the caption above as any credit line does, and the credit's line is done.
     */
    private static void markCreditsUnderLabels(List<PageLine> lines) {
        for (int i = 0; i + 1 < lines.size(); i++) {
            PageLine label = lines.get(i);
            PageLine credit = lines.get(i + 1);
            boolean creditLine = credit.kind != LineKind.CHROME && credit.kind != LineKind.BYLINE
                    && credit.source.wordCount() <= MAX_CREDIT_LINE_WORDS && !Cues.endsSentence(credit.text());
            if (isCreditLabel(label) && creditLine) {
                label.kind = LineKind.CREDIT_ONLY;
                label.caption = new CaptionParts(0, 0, credit.text());
                credit.kind = LineKind.CHROME;
            }
        }
    }

    /**
     * "Receivals at the co-op's sites, 2021-22 to 2024-25 (tonnes)" / "Source: Example Co-operative": a chart's
     * title and its source between two paragraphs are a caption and its credit; after a paragraph's sentence the
     * source line is the story's source note.
     */
    private static void markChartSources(List<PageLine> lines) {
        for (int i = 2; i + 1 < lines.size(); i++) {
            PageLine source = lines.get(i);
            PageLine title = lines.get(i - 1);
            boolean note = source.kind == LineKind.CHROME && source.folded().startsWith(Cues.SOURCE_NOTE)
                    && source.text().length() > Cues.SOURCE_NOTE.length();
            if (note && title.kind == LineKind.PLAIN && title.source.wordCount() <= MAX_SENTENCE_CAPTION_WORDS
                    && !Cues.endsSentence(title.text()) && PageLines.isParagraph(lines.get(i - 2))
                    && PageLines.isParagraph(lines.get(i + 1))) {
                title.kind = LineKind.CAPTION;
                title.caption = new CaptionParts(0, title.text().length(),
                        Cues.strip(source.text().substring(Cues.SOURCE_NOTE.length())));
            }
        }
    }

    /**
     * "The Milky Way above a dimmed town." / "Jane Doe for Example Magazine" / paragraph: the photographer an outlet
     * sent, on a line of its own under the caption's sentence. A title in title case ("Scientists Call for Action")
     * has the same shape, so only a sentence over the line and text under it make it a credit.
     */
    private static void markPhotographersSent(List<PageLine> lines) {
        for (int i = 1; i + 1 < lines.size(); i++) {
            PageLine line = lines.get(i);
            PageLine caption = lines.get(i - 1);
            boolean credit = line.kind == LineKind.PLAIN && !line.source.hasDigit()
                    && line.source.wordCount() <= MAX_CREDIT_LINE_WORDS && caption.kind == LineKind.PLAIN
                    && caption.source.wordCount() <= MAX_CAPTION_IN_TEXT_WORDS
                    && LinkLists.endsWithFullStop(caption.text()) && PageLines.isParagraph(lines.get(i + 1))
                    && CreditSplitter.isNameForOutlet(line.text());
            if (credit) {
                line.kind = LineKind.CREDIT_ONLY;
                line.caption = new CaptionParts(0, 0, line.text());
            }
        }
    }

    /** "Credit:", "Photo:", "CREDIT": one of the credit markers alone on its line. */
    static boolean isCreditLabel(PageLine line) {
        // asked of every line: the look-up would hash all of a paragraph's chars
        if (line.source.wordCount() > MAX_CREDIT_LABEL_WORDS) {
            return false;
        }
        String folded = line.folded();
        return folded.endsWith(":") ? CreditSplitter.isColonMarker(folded) : BARE_CREDIT_LABELS.contains(folded);
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

    private static boolean isInMenu(PageLine previous, PageLine next) {
        return Headlines.isSectionLabel(previous) && next != null
                && (next.kind == LineKind.PLAIN || next.kind == LineKind.CHROME)
                && next.source.wordCount() <= Headlines.MAX_LABEL_WORDS && !Cues.endsSentence(next.text());
    }

    /**
     * A caption's line under its credit: a short line without a full stop, while the line above the credit ends a
     * sentence (a paragraph, not a caption) or is no text.
     */
    private static boolean isCaptionUnderCredit(PageLine credit, PageLine previous, PageLine next) {
        // "A solar pump in a grove." / "Photo by Jane Doe on Example" / "The Story": one short sentence over the
        // credit is its caption, as a line with no full stop is, when a subheading follows, or when the credit's
        // label ("Credit: Example") sets it under its picture
        boolean textAbove = previous != null && previous.kind == LineKind.PLAIN
                && (!Cues.endsSentence(previous.text()) || isOneShortSentence(previous) && next != null
                && (Headlines.isSectionLabel(next) || CreditSplitter.opensWithColonMarker(credit.folded())));
        return next != null && next.kind == LineKind.PLAIN && !textAbove && !Cues.endsSentence(next.text())
                && next.source.wordCount() <= MAX_UNPUNCTUATED_CAPTION_WORDS;
    }

    /**
     * "Jane Doe / Example" over "Crews set traps near the site on Wednesday." under a paragraph of several sentences:
     * a credit between a paragraph and one short sentence is the sentence's, a caption set under its picture's credit.
     */
    private static boolean isSentenceUnderCredit(PageLine previous, PageLine next) {
        if (previous == null || next == null || next.kind != LineKind.PLAIN) {
            return false;
        }
        boolean oneSentence = isOneShortSentence(next);
        // under the header's furniture (the byline, a timestamp) the credit opens the lead picture
        boolean header = previous.kind == LineKind.BYLINE || previous.kind == LineKind.CHROME;
        return oneSentence && (header || previous.kind == LineKind.PLAIN && previous.text().indexOf(". ") > 0
                && previous.source.wordCount() > 2 * next.source.wordCount());
    }

    /**
     * "A plow clears Holt Road on Thursday. Crews worked 12-hour shifts." / "Jane Doe/Example Chronicle" / blank /
     * "How much snow fell?": a caption's sentences with the credit right under them, and a blank line before the
     * subheading that goes on with the text.
     */
    private static boolean isCreditUnderCaption(String raw, PageLine previous, PageLine credit, PageLine next) {
        return previous != null && next != null && previous.kind == LineKind.PLAIN
                && Cues.endsSentence(previous.text()) && previous.source.wordCount() <= MAX_CAPTION_IN_TEXT_WORDS
                && !LinkLists.isBlankLineBetween(raw, previous.source, credit.source)
                && LinkLists.isBlankLineBetween(raw, credit.source, next.source);
    }

    private static boolean isOneShortSentence(PageLine line) {
        String text = line.text();
        return text.endsWith(".") && text.indexOf(". ") < 0 && line.source.wordCount() <= MAX_SENTENCE_CAPTION_WORDS;
    }

    /**
     * Captions that only the article around them tells from its text: a sentence signed with a source in brackets
     * ({@link CreditSplitter#signedSentence}), which is the sign-off of a wire story only as its last paragraph, and a
     * line that says who is "(pictured)" or where ("(left)") and ends as no sentence ends ("Jane Doe, 71, (pictured)
     * was told to hand over her savings"), which a paragraph naming a picture would; and a one-sentence line that opens
     * with what only a picture is ("An artist's impression of ...").
     */
    static void readInText(List<PageLine> lines, int headline) {
        if (!PageLines.hasFurniture(lines)) {
            return;
        }
        int lastParagraph = -1;
        for (int i = 0; i < lines.size(); i++) {
            lastParagraph = PageLines.isParagraph(lines.get(i)) ? i : lastParagraph;
        }
        for (int i = 0; i < lines.size(); i++) {
            PageLine line = lines.get(i);
            if (line.kind == LineKind.PLAIN && isBareCopyOfNext(lines, i)) {
                // "A family leaving court" / "A family leaving court (Image: Example Courts)": the copy gives the
                // caption twice, once without its credit, under the last paragraph too
                line.kind = LineKind.CHROME;
                continue;
            }
            if (i >= lastParagraph) {
                continue;
            }
            boolean brief = line.source.wordCount() <= MAX_CAPTION_IN_TEXT_WORDS;
            CaptionParts caption = line.kind == LineKind.PLAIN && brief ? captionInText(line) : null;
            if (caption == null && line.kind == LineKind.PLAIN && brief && i > headline
                    && PageLines.isParagraph(lines.get(i + 1))) {
                // "... at the hospital | Example Trust" over a paragraph: a picture's source, not a title's outlet
                caption = CreditSplitter.barredSource(line.source);
            }
            if (caption == null && line.kind == LineKind.PLAIN && brief && isPictureOnly(line)) {
                caption = new CaptionParts(0, line.text().length(), null);
            }
            if (caption != null) {
                line.kind = LineKind.CAPTION;
                line.caption = caption;
            }
        }
    }

    private static boolean isPictureOnly(PageLine line) {
        return PICTURE_OPENERS.match(line.folded()) != null && line.text().indexOf(". ") < 0;
    }

    private static boolean isBareCopyOfNext(List<PageLine> lines, int i) {
        PageLine next = i + 1 < lines.size() ? lines.get(i + 1) : null;
        if (next == null || next.kind != LineKind.CAPTION || next.caption.textEnd() <= next.caption.textStart()) {
            return false;
        }
        return next.text().substring(next.caption.textStart(), next.caption.textEnd()).equals(lines.get(i).text());
    }

    /** Read of every short line of text, so a loop, not a stream. */
    private static boolean holdsPictureMark(String folded) {
        for (String mark : PICTURE_MARKS) {
            if (folded.contains(mark)) {
                return true;
            }
        }
        return false;
    }

    private static CaptionParts captionInText(PageLine line) {
        if (holdsPictureMark(line.folded()) && !Cues.endsSentence(line.text())) {
            return new CaptionParts(0, line.text().length(), null);
        }
        return CreditSplitter.signedSentence(line.source);
    }
}
