package io.newsenrich.text.sections;

import java.util.Set;

/**
 * The credit forms of North American papers, which name the photographer with the paper, the desk or an address
 * instead of a picture's word: on a line of their own "TYLER HERSHEY | Staff Photographer", "Staff photo by JANE DOE",
 * "Jane Doe/Special to Example News" and "JANE DOE, EXAMPLE TIMES"; after the caption's last sentence "Jane Doe,
 * Example Times", "Jane Doe | jdoe@example.com", "(Jane Doe — Example Sentinel)" and a handout's giver in brackets,
 * "(City of Example)".
 */
final class PressCredits {

    private static final String STAFF_PHOTO_BY = "staff photo by ";
    private static final String SPECIAL_TO = "special to ";
    private static final String BAR = " | ";
    private static final String COMMA = ", ";
    private static final String PHOTOGRAPHER = "photographer";
    private static final String PHOTO_BY = "photo by ";
    private static final String SLASH = " / ";
    /** "Staff File Photo by": the label before a photographer's name is a few words. */
    private static final int MAX_LABEL_WORDS = 3;
    private static final int MAX_LABEL_CHARS = 30;
    private static final int MAX_PAPER_WORDS = 4;
    private static final int MAX_ARTICLED_PAPER_WORDS = 3;
    private static final String THE = "the ";
    private static final String STAFF = " staff";
    /** "(Jane Doe — Example Sentinel)": the dashes that part a photographer from the paper in brackets. */
    private static final String DASHES = "\u2014\u2013-";
    /** A credit is a name and a paper: a few words. */
    private static final int MAX_CREDIT_WORDS = 8;
    private static final int MAX_TAIL_CHARS = 100;
    private static final Set<String> PICTURE_WORDS = Set.of("photo", "photos", "picture", "pictures", "pic", "pics",
            "image", "images", "credit", "courtesy", "submitted", "supplied", "handout", "file");
    /** "(City of Example)": a giver of two words at least, since "(Applause)" closes a transcript's sentence. */
    private static final int MIN_GIVER_WORDS = 2;

    private PressCredits() {
    }

    /** The credit of a line in one of these forms, or null. */
    static CaptionParts split(String text, String folded, int words) {
        if (words <= MAX_CREDIT_WORDS) {
            String alone = creditAlone(text, folded);
            if (alone != null) {
                return new CaptionParts(0, 0, alone);
            }
        }
        CaptionParts first = photographerFirst(text, folded);
        if (first != null) {
            return first;
        }
        // a credit after the sentence ends the line with a name's, an address's or a bracket's last char, which
        // most paragraphs' closing stop or quote rules out before any search
        if (Cues.endsSentence(text)) {
            return null;
        }
        int stop = text.lastIndexOf(". ");
        if (stop < 1 || stop < text.length() - MAX_TAIL_CHARS) {
            return null;
        }
        String tail = Cues.strip(text.substring(stop + 1));
        if (tail.isEmpty() || Cues.wordCount(tail) > MAX_CREDIT_WORDS) {
            return null;
        }
        String credit = creditAfterSentence(tail);
        return credit == null ? null : new CaptionParts(0, stop + 1, credit);
    }

    /**
     * "Staff Photo by Jane Doe / A nurse prepares a vaccine on Wednesday.", "Example photo by Jane Doe / ...": the
     * paper's label and the photographer before a slash, then the caption.
     */
    private static CaptionParts photographerFirst(String text, String folded) {
        // the label stands at the line's start: a short look, not a search of a paragraph
        int by = folded.lastIndexOf(PHOTO_BY, MAX_LABEL_CHARS);
        if (by < 0) {
            return null;
        }
        if (Cues.wordCount(text.substring(0, by)) > MAX_LABEL_WORDS) {
            return null;
        }
        int slash = text.indexOf(SLASH, by);
        if (slash < 0) {
            return null;
        }
        String name = Cues.strip(text.substring(by + PHOTO_BY.length(), slash));
        int caption = slash + SLASH.length();
        return Bylines.isPersonNameInAnyCase(name) && caption < text.length()
                ? new CaptionParts(caption, text.length(), name) : null;
    }

    private static String creditAlone(String text, String folded) {
        if (folded.startsWith(STAFF_PHOTO_BY)) {
            String name = Cues.strip(text.substring(STAFF_PHOTO_BY.length()));
            return Bylines.isPersonNameInAnyCase(name) ? name : null;
        }
        // "Tribune photo by Jane Doe": the paper's word for its own picture, then the photographer
        int by = folded.indexOf(PHOTO_BY);
        if (by > 0 && Cues.wordCount(text.substring(0, by)) <= MAX_LABEL_WORDS && Character.isUpperCase(text.charAt(0))
                && Bylines.isPersonNameInAnyCase(Cues.strip(text.substring(by + PHOTO_BY.length())))) {
            return Cues.strip(text.substring(by + PHOTO_BY.length()));
        }
        int bar = text.indexOf(BAR);
        if (bar > 0 && folded.endsWith(PHOTOGRAPHER) && Bylines.isPersonNameInAnyCase(text.substring(0, bar))) {
            return text;
        }
        int slash = text.indexOf('/');
        if (slash > 0 && folded.startsWith(SPECIAL_TO, slash + 1) && Bylines.isPersonName(text.substring(0, slash))) {
            return text;
        }
        return isNameAndPaper(text) || isPaperBarName(text) ? text : null;
    }

    /**
     * "Globe | Jane Doe": the paper, a bar and its photographer ("Jane Doe | Example Standard" is a byline's form, and
     * a byline's place under the title is a picture's too).
     */
    private static boolean isPaperBarName(String text) {
        int bar = text.indexOf(BAR);
        return bar > 0 && isPaper(text.substring(0, bar))
                && Bylines.isPersonNameInAnyCase(Cues.strip(text.substring(bar + BAR.length())));
    }

    /**
     * "The Example Gazette", "Globe", "Tribune-Herald": a paper's name, whose last word is a masthead's; "THE
     * SOUTHERN", "The Pantagraph": a name the article opens, as papers named for their region are called; "Journal
     * staff": the paper's own photographers.
     */
    private static boolean isPaper(String name) {
        String folded = Cues.fold(name);
        if (folded.endsWith(STAFF) && folded.length() > STAFF.length()) {
            return isPaper(name.substring(0, name.length() - STAFF.length()));
        }
        if (Publishers.isMastheadName(name)) {
            return true;
        }
        int last = Math.max(folded.lastIndexOf(' '), folded.lastIndexOf('-'));
        // "The News & Advance": a longer name is a paper's by a masthead's word in it
        boolean articled = folded.startsWith(THE) && (Cues.wordCount(name) <= MAX_ARTICLED_PAPER_WORDS
                || Cues.tokens(folded, "-").stream().anyMatch(Cues.MASTHEAD_WORDS::contains));
        return !name.isEmpty() && Character.isUpperCase(name.charAt(0)) && Cues.wordCount(name) <= MAX_PAPER_WORDS
                && (articled || Cues.MASTHEAD_WORDS.contains(folded.substring(last + 1)))
                && Cues.allWordsCapitalised(name);
    }

    private static String creditAfterSentence(String tail) {
        if (isNameAndPaper(tail)) {
            return tail;
        }
        int bar = tail.indexOf(BAR);
        if (bar > 0 && Bylines.isPersonName(tail.substring(0, bar))
                && Cues.isEmailAddress(Cues.strip(tail.substring(bar + BAR.length())))) {
            return tail;
        }
        if (!tail.startsWith("(") || !tail.endsWith(")")) {
            return null;
        }
        String inner = Cues.strip(tail.substring(1, tail.length() - 1));
        for (int i = 0; i < inner.length(); i++) {
            if (DASHES.indexOf(inner.charAt(i)) >= 0 && i > 0 && inner.charAt(i - 1) == ' '
                    && Bylines.isPersonName(Cues.strip(inner.substring(0, i)))) {
                return inner;
            }
        }
        // "(City of Example)" after the caption's sentence: who handed the picture out
        // a picture's word or a label's colon or slash is a credit the splitter reads with its marker; a paper or an
        // agency in brackets after a paragraph attributes the text
        boolean giver = Cues.wordCount(inner) >= MIN_GIVER_WORDS && Headlines.isTitleCase(inner)
                && inner.indexOf(':') < 0 && inner.indexOf('/') < 0 && !namesPicture(inner)
                && inner.chars().noneMatch(Character::isDigit) && !Bylines.isPersonName(inner)
                && !Cues.AGENCIES.contains(Cues.fold(inner)) && !Publishers.isMastheadName(inner);
        return giver ? inner : null;
    }

    private static boolean namesPicture(String inner) {
        return Cues.holdsWordOf(inner, PICTURE_WORDS);
    }

    /** "Meg Lindqvist, Quad-City Times", "MEG LINDQVIST, QUAD-CITY TIMES": a photographer and the paper. */
    private static boolean isNameAndPaper(String text) {
        return nameBeforePaper(text) != null;
    }

    /**
     * The name of "JANE DOE Example Herald", "JANE DOE, EXAMPLE TRIBUNE": a name in capitals and the paper after it,
     * as US chains credit pictures on the line under the caption and wire stories under the standfirst; or null.
     */
    static String capitalsNameBeforePaper(String text) {
        int end = 0;
        int words = 0;
        while (end < text.length()) {
            int next = text.indexOf(' ', end);
            next = next < 0 ? text.length() : next;
            String word = text.substring(end, next);
            if (word.chars().anyMatch(Character::isLowerCase) || word.chars().noneMatch(Character::isLetter)) {
                break;
            }
            words++;
            end = next + 1;
            if (word.endsWith(",")) {
                break;
            }
        }
        if (words < 2 || end >= text.length()) {
            return null;
        }
        String name = Cues.strip(text.substring(0, end));
        name = name.endsWith(",") ? name.substring(0, name.length() - 1) : name;
        return Bylines.isPersonNameInAnyCase(name) && isPaper(Cues.strip(text.substring(end))) ? name : null;
    }

    /** The name of "Jane Doe, Example Times", a person's and then a paper's after a comma, or null. */
    static String nameBeforePaper(String text) {
        int comma = text.indexOf(COMMA);
        String name = comma > 0 ? text.substring(0, comma) : null;
        return name != null && Bylines.isPersonNameInAnyCase(name)
                && isPaper(Cues.strip(text.substring(comma + COMMA.length()))) ? name : null;
    }
}
