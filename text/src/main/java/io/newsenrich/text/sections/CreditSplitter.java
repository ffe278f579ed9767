package io.newsenrich.text.sections;

import io.newsenrich.text.sentences.SentenceSplitter;
import java.util.List;
import java.util.function.Predicate;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Recognises photo captions by their credits and splits the credit off. Credits are found by general markers:
 * "Photograph: X", "Photo: X", "Picture: X", "Image: X", a credit in parentheses or brackets naming an agency or a
 * "Name/Agency" pair, a trailing "REUTERS/Name" or "X/AFP via Getty Images", the BBC's "Image source, X" and
 * "Image caption, X" lines, and "©" credits.
 */
public final class CreditSplitter {

    /** The word before the year that closes a copyright line, with the space between. */
    private static final String COPYRIGHT_WORD = " copyright ";
    /** The labels of many pictures, which open a link to a gallery as well as a credit. */
    private static final Set<String> GALLERY_MARKERS = Set.of("photos:", "photos :", "pictures:", "images:", "fotos:");
    private static final int MIN_GALLERY_TITLE_WORDS = 3;
    private static final int MIN_TITLE_WORD_CHARS = 3;
    /** The words in lower case a credit holds besides its names. */
    private static final Set<String> CREDIT_WORDS = Set.of("and", "for", "the", "via", "from", "with", "courtesy",
            "staff", "photographer", "photographers", "file", "handout", "supplied", "submitted", "contributed",
            "special", "provided", "images", "photos", "pictures", "photo", "archive", "archives", "des", "del", "der",
            "van", "von", "los", "las", "dos");
    /** "Source: X" credits a picture after its caption's sentence; alone on a line it is a story's source note. */
    private static final String SOURCE_MARKER = "source:";
    /** The company form an Indonesian owner's name opens with ("PT Example Media"). */
    private static final String FORM_BEFORE_NAME = "pt ";
    private static final List<String> MARKERS = List.of("photograph:", "photographs:", "photo:-", "photo:", "photos:",
            "picture:", "pictures:", "image:", "images:", "photo credit:", "image credit:", "credit:", "illustration:",
            "composite:", "photo illustration:", "photograph by", "photo by", "picture by", "photographed by",
            "image by", "illustration by", "graphic by", "graphics by", "graphic:", "map by", "pic:", "pics:", "pic by",
            "photographer:", "foto:", "fotos:", "photo courtesy:", "courtesy:", "visual:", "all photos:",
            "all images:", "photo :", "photos :", "credit :",
            "picture supplied by", "image source:", "photo source:",
            "photo supplied by", "image supplied by", "photo supplied:", "picture supplied:", "image supplied:",
            SOURCE_MARKER);
    /**
     * The markers holding a colon and those holding "by", in the order of {@link #MARKERS}: prose often has one of
     * the two in its tail but seldom both, so only the markers that can occur there are searched for. The ellipsis
     * markers, which some pages glue to the caption's last word ("...on Saturday.Credit...Name/Agency"), are searched
     * for only in lines that hold their word.
     */
    private static final List<String> COLON_MARKERS = MARKERS.stream().filter(marker -> marker.indexOf(':') >= 0)
            .toList();
    private static final List<String> BY_MARKERS = MARKERS.stream().filter(marker -> marker.contains("by")).toList();
    private static final String COURTESY_MARKER = "courtesy of";
    private static final String PROVIDED_BY = "provided by ";
    /** "Photo courtesy of X": a picture's word before "courtesy of", after a caption's sentence or in brackets. */
    private static final List<String> PICTURE_COURTESY = List.of("photo courtesy of", "photos courtesy of",
            "picture courtesy of", "image courtesy of", "photograph courtesy of", "pic courtesy of");
    /**
     * Markers with neither a colon nor "by": the ellipsis credits, "Courtesy of X" after a caption's sentence and a
     * "©" inside the line ("... for three months © Jane Doe/AFP").
     */
    private static final List<String> OTHER_MARKERS = Stream.concat(
            Stream.of("credit...", "credit\u2026", COURTESY_MARKER, "©"), PICTURE_COURTESY.stream()).toList();

    /** Labels that open a caption line and are no credit: "Image caption, ...", "File photo: ...". */
    private static final List<String> CAPTION_LABELS = List.of("image caption", "file photo:", "file picture:",
            "file image:");
    private static final String PHOTO_WORD = " photo";
    /** "— Enterprise file photo": a paper's own old picture, after the caption's dash. */
    private static final String FILE_PHOTO = " file photo";
    private static final List<String> ARCHIVE_WORDS = List.of(" archives", " archive", " file photo");
    /** "CNA photo Nov. 19, 2025": a dated source's credit is a few words at the caption's end. */
    private static final int MAX_DATED_PICTURE_CHARS = 24;
    private static final List<String> VIA_OPENERS = List.of("photo via ", "image via ", "picture via ",
            "top image via ", "top photo via ");
    /** Labels of which picture a caption is under: "Banner image: ...", "Main image: ...". */
    private static final List<String> PICTURE_LABELS = List.of("banner image:", "main image:", "top image:",
            "featured image:", "header image:", "lead image:", "main photo:", "top photo:", "cover photo:",
            "cover image:");
    /** The colon of a picture's label stands this near the start: "featured image:". */
    private static final int MAX_PICTURE_LABEL_CHARS = 16;
    private static final String COPYRIGHT_PREFIX = "copyright ";
    private static final String ELLIPSIS_MARKER_WORD = "credit";
    private static final String COURTESY_WORD = "courtesy";
    /** "Courtesy X" and its Spanish and Portuguese forms, "Gentileza X", "Cortesía X", alone on a credit's line. */
    private static final List<String> COURTESY_LINES = List.of("courtesy ", "gentileza ", "cortes\u00eda ",
            "cortesia ");
    /** The sources of {@link #PICTURE_SOURCES} that no menu or label names alone on a line. */
    private static final Set<String> SOURCE_LINES = Set.of("supplied", "contributed", "submitted", "handout",
            "file photo", "file image", "file picture", "supplied photo", "submitted photo", "contributed photo",
            "courtesy photo", "handout photo", "stock image", "stock photo");
    /**
     * Where a picture came from, in brackets after its caption ("(Supplied)", "(File photo)"): no sentence ends
     * with these, unlike an agency's name, which also signs off wire copy ("... on Monday. (Reuters)").
     */
    private static final Set<String> PICTURE_SOURCES = Set.of("supplied", "screenshot", "screengrab",
            "representational", "representational image", "representative image", "file", "file photo",
            "file image", "file picture", "handout", "handout photo", "illustration", "archive", "archive photo",
            "courtesy", "image supplied", "photo supplied", "picture supplied", "supplied image", "supplied photo",
            "contributed photo", "contributed", "provided", "file photograph", "handout photograph", "submitted",
            "courtesy photo", "courtesy image", "submitted photo", "stock image", "stock photo", "stock picture",
            "library image",
            "library picture");
    /**
     * Openers of a bracketed note of who gave the picture: "(Courtesy of the Voss family)", "(Provided by X)",
     * "(Special to the Example Gazette/Jane Doe)".
     */
    private static final List<String> GIVER_OPENERS = Stream.concat(
            Stream.of("courtesy of ", "courtesy ", "photo courtesy ", PROVIDED_BY, "supplied by ", "source: ",
                    "special to the ", "photo via ",
                    "photo provided by ", "picture supplied by "),
            PICTURE_COURTESY.stream().map(opener -> opener + " ")).toList();
    /**
     * First words of a note after the picture's word that is no source: where the picture stands ("photo above") or
     * a phrase about it ("photo from the archive", "photo taken in May").
     */
    private static final Set<String> PICTURE_NOTE_WORDS = Set.of("above", "below", "left", "right", "top", "bottom",
            "inset", "centre", "center", "from", "of", "by", "in", "on", "at", "with", "the", "a", "an", "taken",
            "shows", "showing");
    /** Words for the picture after an agency's name that credits it: "— Bernama pic". */
    private static final List<String> PICTURE_WORDS = List.of(" pic", " pix", " photo", " picture");
    /** "Source: Example News and news agencies" on its own line is the story's source note, not a giver's credit. */
    private static final List<String> LINE_GIVER_OPENERS = GIVER_OPENERS.stream()
            .filter(opener -> !opener.startsWith(SOURCE_MARKER)).toList();
    /** "file photo", "staff photo": the word for the picture's kind before the picture's word in a credit. */
    private static final Set<String> PICTURE_KINDS = Set.of("file", "staff", "submitted", "contributed", "news");
    /** Picture libraries whose name opens a credit after a caption with no full stop ("Alamy Stock Photo"). */
    private static final Set<String> PICTURE_LIBRARIES = Set.of("alamy", "getty", "shutterstock", "istock",
            "gettyimages");
    /** "Alamy Stock Photo", "Getty Images": a library's credit is a few words. */
    private static final int MAX_LIBRARY_CREDIT_WORDS = 4;
    private static final String FILE_WORD = " file";
    private static final String REPRINT_LINK = " | buy at ";
    /** Labels that some pages set before a credit with a bar: "PHOTO | AFP". */
    private static final List<String> BAR_LABELS = List.of("photo", "photos", "photograph", "picture", "image",
            "pic", "file photo");
    /**
     * Labels that some pages set before a credit with a dash or a bar ("Photo - Example Times"), or after a dash
     * ("-- Photo Example Times", "\u2013 Pic courtesy of Example Rescue").
     */
    private static final List<String> DASH_LABELS = List.of(" photo - ", " photo \u2013 ", " photos - ",
            " picture - ", " photo | ", " photos | ", " picture | ", "(photo | ", "(photos | ", " --photo ",
            " -- photo ", " \u2013 pic courtesy of ", " - pic courtesy of ", " \u2013 photo courtesy of ",
            " - photo courtesy of ");
    /** Labels that some pages set before a credit with a spaced slash. */
    private static final List<String> SLASH_LABELS = List.of("photo / ", "photos / ", "picture / ", "image / ",
            "file: ", "file photo: ");
    /** "ST", "NYT", "SCMP": an outlet's initials before a credit marker. */
    private static final int MAX_INITIALS = 4;
    private static final int YEAR_DIGITS = 4;
    /** "© Example Media Group Holdings Ltd 2025": an owner's notice is a name and a year. */
    private static final int MAX_OWNER_NOTICE_WORDS = 8;
    private static final int MAX_CREDIT_WORDS = 8;
    private static final int MAX_NOTICE_WORDS = 20;
    private static final String RIGHTS_RESERVED = "all rights reserved";
    private static final int MAX_MARKED_CREDIT_WORDS = 10;
    /** "J.", "Co.": a word this short before a full stop is an initial or an abbreviation. */
    private static final int MIN_STOPPED_WORD = 3;
    /** Abbreviations that close a company's or a person's name in a credit. */
    private static final Set<String> ABBREVIATIONS = Set.of("inc.", "ltd.", "corp.", "bros.", "jr.", "sr.", "co.");
    private static final int MAX_MARKER_WORDS = 3;
    /** Labels of a credit that opens the line, before the caption's sentence. */
    private static final List<String> CREDIT_FIRST_LABELS = List.of("photo: ", "photos: ", "photograph: ",
            "picture: ", "image: ", "photo credit: ");
    private static final String SLASH_AFTER_SENTENCE = ". / ";
    /** "... president Jane Doe. Provided by Example Realtors": who gave the picture, after its sentence. */
    private static final String PROVIDED_AFTER_SENTENCE = ". " + PROVIDED_BY;
    private static final List<String> VIA_AFTER_SENTENCE = List.of(". image via ", ". photo via ", ". picture via ",
            PROVIDED_AFTER_SENTENCE);
    private static final String VIA = " via ";
    /** A spaced hyphen, en dash or em dash after a sentence's full stop. */
    private static final List<String> DASHES_AFTER_SENTENCE = List.of(". - ", ". \u2013 ", ". \u2014 ");
    /** "... on Monday. \u2014NEWS PHOTO JANE DOE": an em dash glued to the credit after the sentence. */
    private static final String GLUED_DASH_AFTER_SENTENCE = ". \u2014";
    private static final int MAX_SLASH_CREDIT_WORDS = 6;
    /** "Jane Doe/The Example Globe and Mail" names the outlet after the slash in full. */
    private static final int MAX_PAIR_SOURCE_WORDS = 5;
    private static final int MAX_AGENCY_CAPTION_WORDS = 20;
    /** A caption's sentence has a subject and a verb at least. */
    private static final int MIN_SENTENCE_WORDS = 3;
    /** A credit with no marker is a few words, so it ends the line's last chars. */
    private static final int MAX_UNMARKED_CREDIT_CHARS = 80;
    /** A caption credited with no marker is one short sentence. */
    private static final int MAX_UNMARKED_CAPTION_WORDS = 35;
    /** "(Example County Sheriff's Office)": a source signing a sentence is a short name. */
    private static final int MAX_SIGNATURE_WORDS = 5;
    /** Pages that glue an ellipsis credit to the caption keep their captions short; paragraphs need no search. */
    private static final int MAX_ELLIPSIS_CAPTION_WORDS = 30;
    private static final String SOURCE_PREFIX = "image source";
    /** "JANE DOE FOR THE EXAMPLE TIMES": a credit in capitals naming the outlet that sent the photographer. */
    private static final String FOR_OUTLET = " FOR ";
    private static final String LICENCE_OPENER = " cc by";
    /** "cc by", "cc by-nd", "cc by-nc-sa 4.0": a Creative Commons licence as credits cite it. */
    private static final Pattern CC_LICENCE = Pattern.compile("cc by(-(nc|nd|sa))*( \\d(\\.\\d)?)?\\.?");
    private static final String BAR = " | ";
    private static final String FROM = " from ";
    private static final String FOR = " for ";
    private static final String PHOTOGRAPHER = "photographer";
    /**
     * The agencies a credit may end with, by their length: "file", "media" and "press" end too many lines of text.
     */
    private static final String[][] CREDIT_END_AGENCIES = byLength(Cues.AGENCIES.stream()
            .filter(agency -> !Set.of("file", "media", "press").contains(agency)).sorted().toList());
    private static final int[] CREDIT_END_FIRST_LETTERS = firstLetters(CREDIT_END_AGENCIES);
    /** "Images", "Wire": words that end an agency's name ("Getty Images") but name none alone, as a gallery's tab. */
    private static final Set<String> AGENCY_TAILS = Set.of("images", "wire", "pool", "associated");

    private CreditSplitter() {
    }

    /** Whether the folded text opens with a marker that ends with a colon ("photo: jane doe"). */
    static boolean opensWithColonMarker(String folded) {
        return colonMarkerLength(folded) > 0;
    }

    /** The length of the colon marker that opens the folded line ("photo:"), but "source:", or 0. */
    private static int colonMarkerLength(String folded) {
        for (String marker : COLON_MARKERS) {
            if (folded.startsWith(marker) && !SOURCE_MARKER.equals(marker)) {
                return marker.length();
            }
        }
        return 0;
    }

    /** Whether the folded text is one of the markers that end with a colon ("credit:", "photo:"), and nothing else. */
    static boolean isColonMarker(String folded) {
        return COLON_MARKERS.contains(folded);
    }

    /** The caption and credit of a line, or null when the line names no credit and is no caption line. */
    public static CaptionParts split(SourceLine line) {
        CaptionParts parts = parts(line);
        // "Pic/Jane Doe", "Photo/Xinhua": the picture's word glued on by a slash labels the credit, whatever form
        // the caption has
        return parts == null || parts.credit() == null ? parts
                : new CaptionParts(parts.textStart(), parts.textEnd(), withoutPictureLabel(parts.credit()));
    }

    private static CaptionParts parts(SourceLine line) {
        for (String leftover : Cues.CREDIT_LEFTOVERS) {
            if (line.folded().endsWith(leftover) && line.folded().length() > leftover.length()) {
                String kept = Cues.strip(line.text().substring(0, line.text().length() - leftover.length()));
                return split(SourceLine.of(line.start(), kept));
            }
        }
        String text = line.text();
        String folded = line.folded();
        int reprint = line.hasSeparator() ? folded.lastIndexOf(REPRINT_LINK) : -1;
        if (reprint > 0 && folded.indexOf(' ', reprint + REPRINT_LINK.length()) < 0) {
            // "... JANE DOE | BUY AT PHOTOS.EXAMPLE.COM": the paper's reprint shop after the credit
            return split(SourceLine.of(line.start(), Cues.strip(text.substring(0, reprint))));
        }
        int handle = handleAfterBracket(text);
        if (handle > 0) {
            // "... on Tuesday. (Jane Doe/Example Journal) @janedoe": the photographer's account after the credit
            CaptionParts kept = split(SourceLine.of(line.start(), text.substring(0, handle)));
            if (kept != null && kept.credit() != null) {
                return kept;
            }
        }
        if (folded.startsWith(SOURCE_PREFIX)) {
            int from = skipSeparators(text, SOURCE_PREFIX.length());
            return from < text.length() ? new CaptionParts(0, 0, text.substring(from)) : null;
        }
        String archive = line.wordCount() <= MAX_SLASH_CREDIT_WORDS && !line.hasDigit() ? archiveSource(text, folded)
                : null;
        if (archive != null) {
            // "Example News archives" on a line of its own, "PHOTO: EXAMPLE NEWS ARCHIVES": the outlet's old picture
            return new CaptionParts(0, 0, Cues.strip(text.substring(colonMarkerLength(folded))));
        }
        if (line.wordCount() <= 2 && Character.isUpperCase(text.charAt(0)) && SOURCE_LINES.contains(folded)
                || isPapersFile(text, folded, line.wordCount())) {
            // "Contributed", "SUPPLIED", "File photo", "CANTON REPOSITORY FILE" on the line under a caption: where its
            // picture came from
            return new CaptionParts(0, 0, text);
        }
        int via = viaOpenerLength(folded);
        if (via > 0 && line.wordCount() <= MAX_CREDIT_WORDS && folded.length() > via) {
            // "Photo via Instagram @example": a picture taken from a post, credited on a line of its own
            return new CaptionParts(0, 0, Cues.strip(text.substring(via)));
        }
        String copyrighted = folded.startsWith(COPYRIGHT_PREFIX) ? copyrightLineCredit(text) : null;
        if (copyrighted != null) {
            return new CaptionParts(0, 0, copyrighted);
        }
        if (text.charAt(0) == '©' && !line.hasDigit()
                && Bylines.isPersonName(Cues.strip(text.substring(1)))) {
            // "© Jane Doe" under a picture: its photographer's right, where an owner's notice names a year
            return new CaptionParts(0, 0, Cues.strip(text.substring(1)));
        }
        CaptionParts creditFirst = creditFirst(text, folded);
        if (creditFirst != null) {
            return creditFirst;
        }
        for (String label : CAPTION_LABELS) {
            if (folded.startsWith(label)) {
                int from = skipSeparators(text, label.length());
                return from < text.length() ? new CaptionParts(from, text.length(), null) : null;
            }
        }
        int colon = folded.indexOf(':');
        for (int i = 0; colon > 0 && colon < MAX_PICTURE_LABEL_CHARS && i < PICTURE_LABELS.size(); i++) {
            String label = PICTURE_LABELS.get(i);
            int from = folded.startsWith(label) ? skipSeparators(text, label.length()) : text.length();
            if (from < text.length()) {
                // "Banner image: A day octopus on a reef. Image by Jane Doe/Example.": the label names the picture
                CaptionParts rest = split(SourceLine.of(line.start() + from, text.substring(from)));
                return rest == null ? new CaptionParts(from, text.length(), null)
                        : new CaptionParts(rest.textStart() + from, rest.textEnd() + from, rest.credit());
            }
        }
        CaptionParts copyright = folded.startsWith("©") || folded.startsWith("(c) ") ? copyrightCredit(text, folded)
                : null;
        if (copyright != null) {
            return copyright;
        }
        String courtesy = line.wordCount() <= MAX_CREDIT_WORDS && !Cues.endsSentence(text) ? courtesyLine(folded)
                : null;
        if (courtesy != null && opensName(Cues.strip(text.substring(courtesy.length())))) {
            // "COURTESY EXAMPLE DEPARTMENT OF AGRICULTURE", "Courtesy Example Ditch Association": a credit on its own
            // line
            return new CaptionParts(0, 0, text);
        }
        if (line.wordCount() <= MAX_CREDIT_WORDS && !Cues.endsSentence(text)
                && (isGiverLine(text, folded) || PressCredits.capitalsNameBeforePaper(text) != null)) {
            // "Provided by Example Fire Department", "Courtesy photo/Example State Patrol", "JANE DOE Example
            // Herald": a credit on its own line
            return new CaptionParts(0, 0, text);
        }
        CaptionParts wrapped = wrappedCredit(text, folded);
        if (wrapped != null) {
            return wrapped;
        }
        CaptionParts leading = text.charAt(0) == '(' ? leadingCredit(text) : null;
        if (leading != null) {
            return leading;
        }
        // "Jane Doe/Example Radio" or "The EXAMPLE / Jane Doe" on a line of its own, in brackets or not: a
        // photographer's credit under the picture
        String bare = text.length() > 2 && text.charAt(0) == '(' && text.endsWith(")")
                ? Cues.strip(text.substring(1, text.length() - 1)) : text;
        if (line.wordCount() <= MAX_SLASH_CREDIT_WORDS && text.indexOf('/') > 0 && text.indexOf(':') < 0
                && (isPhotographerPair(bare) || isSourceAndName(bare))) {
            return new CaptionParts(0, 0, bare);
        }
        // "Staff photo by JANE DOE" is a credit alone, not a caption "Staff" credited by a marker
        CaptionParts press = PressCredits.split(text, folded, line.wordCount());
        if (press != null) {
            return press;
        }
        boolean mayHoldWordedCredit = line.wordCount() <= MAX_ELLIPSIS_CAPTION_WORDS
                && line.mayHold(WordCues.CREDIT);
        CaptionParts marked = markedCredit(text, folded, mayHoldWordedCredit, line.hasCopyrightSign());
        if (marked != null) {
            return marked;
        }
        CaptionParts barred = line.hasSeparator() ? barredCredit(text) : null;
        if (barred != null) {
            return barred;
        }
        CaptionParts dashed = line.wordCount() <= MAX_UNMARKED_CAPTION_WORDS && line.mayHold(WordCues.PICTURE)
                ? dashLabelledCredit(text, folded) : null;
        if (dashed != null) {
            return dashed;
        }
        CaptionParts licensed = line.wordCount() <= MAX_UNMARKED_CAPTION_WORDS ? licensedCredit(text, folded) : null;
        if (licensed != null) {
            return licensed;
        }
        CaptionParts bracketed = bracketedCredit(text, folded);
        if (bracketed != null) {
            return bracketed;
        }
        CaptionParts source = line.hasSeparator() ? slashAfterSentence(text) : null;
        if (source == null && line.wordCount() <= MAX_UNMARKED_CAPTION_WORDS) {
            source = sourceWordAfterDash(text);
            source = source != null ? source : pictureViaAfterSentence(text, folded);
        }
        source = source != null ? source : sourceWordAfterSentence(text);
        source = source != null ? source : datedSourcePicture(text, folded);
        return source != null ? source : trailingCredit(text, folded, line.wordCount());
    }

    /** Where a social handle that closes the line after a closing bracket starts ("...) @janedoe"), or -1. */
    private static int handleAfterBracket(String text) {
        int at = text.lastIndexOf(" @");
        boolean handle = at > 0 && text.charAt(at - 1) == ')' && at + 2 < text.length()
                && text.indexOf(' ', at + 1) < 0;
        return handle ? at : -1;
    }

    /**
     * "... in the Amazon. Jane Doe, CC BY-ND", "Example Commons, CC BY-SA 4.0": a Creative Commons licence closes the
     * credit of a picture that others may reuse.
     */
    private static CaptionParts licensedCredit(String text, String folded) {
        // the forward search is an intrinsic, and nearly no line holds a licence
        int cc = folded.indexOf(LICENCE_OPENER) < 0 ? -1 : folded.lastIndexOf(LICENCE_OPENER);
        if (cc < 0 || !CC_LICENCE.matcher(folded.substring(cc + 1)).matches()) {
            return null;
        }
        int stop = text.lastIndexOf(". ", cc);
        if (stop < 0) {
            return Cues.wordCount(text) <= MAX_CREDIT_WORDS ? new CaptionParts(0, 0, text) : null;
        }
        String credit = Cues.strip(text.substring(stop + 2));
        return Cues.wordCount(credit) <= MAX_CREDIT_WORDS ? captionBefore(text, stop + 1, credit) : null;
    }

    /**
     * "... aboard a research vessel in November. | JAMSTEC", "... on Monday. | JANE DOE": a short capitalised credit
     * after a bar that follows the caption's sentence; a title's " | Outlet" follows no full stop.
     */
    private static CaptionParts barredCredit(String text) {
        int bar = text.lastIndexOf(BAR);
        if (bar <= 0) {
            return null;
        }
        String credit = Cues.strip(text.substring(bar + BAR.length()));
        String before = Cues.strip(text.substring(0, bar));
        boolean shortName = !credit.isEmpty() && Cues.wordCount(credit) <= MAX_MARKER_WORDS
                && allCapitalised(credit) && !Cues.endsSentence(credit);
        if (!shortName) {
            return null;
        }
        if (Cues.endsSentence(before)) {
            return captionBefore(text, bar, credit);
        }
        // "... in September. Jane Doe | Example News": the photographer's name between the sentence and the bar
        int stop = before.lastIndexOf(". ");
        boolean sentence = stop > 0 && !SentenceSplitter.isAbbreviationAt(before, stop)
                && Cues.wordCount(before.substring(0, stop)) >= MIN_SENTENCE_WORDS;
        String name = sentence ? Cues.strip(before.substring(stop + 2)) : "";
        if (!name.isEmpty() && Bylines.isPersonNameInAnyCase(name)) {
            return captionBefore(text, stop + 1, Cues.strip(text.substring(stop + 2)));
        }
        // "Lorries queue at the ferry terminal on Tuesday | Jane Doe", "... at the hospital | Contributed": after a
        // caption in sentence case with no full stop the bar sets off a photographer or where the picture came from,
        // where a page's title sets off its outlet and a byline a second author
        boolean pictureSource = PICTURE_SOURCES.contains(Cues.fold(credit)) || Bylines.isPersonName(credit);
        boolean caption = text.indexOf(BAR) == bar && Cues.wordCount(before) >= MIN_SENTENCE_WORDS
                && !Cues.allWordsCapitalised(before);
        return pictureSource && caption ? captionBefore(text, bar, credit) : null;
    }

    /**
     * "... in Salalah. Photo - Example Times", "... in 2024. PHOTO | JANE DOE | EXAMPLE": a picture's word and a dash
     * or a bar before the source.
     */
    private static CaptionParts dashLabelledCredit(String text, String folded) {
        for (String label : DASH_LABELS) {
            int at = lastIndexFrom(folded, label, 0);
            if (at > 0 && Cues.endsSentence(Cues.strip(text.substring(0, at)))) {
                String credit = Cues.strip(text.substring(at + label.length()));
                // "... on Monday.(Photo | Jane Doe, EPS)": a bracket the label opened closes the credit
                if (label.charAt(0) == '(' && credit.endsWith(")")) {
                    credit = Cues.strip(credit.substring(0, credit.length() - 1));
                }
                boolean source = !credit.isEmpty() && opensName(credit) && Cues.wordCount(credit) <= MAX_CREDIT_WORDS
                        && !Cues.endsSentence(credit);
                return source ? captionBefore(text, at, credit) : null;
            }
        }
        return null;
    }

    /**
     * Whether the line is a copyright notice ("© 2018 Outlet"), furniture rather than a caption; "Copyright AP
     * Photo/Jane Doe" is a picture's credit.
     */
    public static boolean isCopyrightNotice(SourceLine line) {
        String folded = line.folded();
        boolean shortLine = line.wordCount() <= MAX_NOTICE_WORDS;
        if (folded.startsWith(COPYRIGHT_PREFIX)) {
            // "Copyright 2025 Example. All rights reserved. Example is not responsible for external sites."
            return shortLine ? copyrightLineCredit(line.text()) == null : folded.contains(RIGHTS_RESERVED);
        }
        if (shortLine && (folded.endsWith(RIGHTS_RESERVED) || folded.endsWith(RIGHTS_RESERVED + ".")
                || endsWithCopyrightYear(folded))) {
            // "(C) Example News Agency. All Rights Reserved", "Example Times, Example Media Ltd. Copyright 2025.": the
            // owner's name before it is no credit
            return true;
        }
        int i = folded.startsWith("©") ? 1 : folded.startsWith("(c) ") ? 4 : -1;
        if (i < 0) {
            // "Example Media Group © 2025", "Example © Copyright 2025": the owner before the sign
            if (!shortLine || !line.hasCopyrightSign()) {
                return false;
            }
            int after = skipSpaces(folded, folded.indexOf('©') + 1);
            return startsWithDigit(folded, folded.startsWith("copyright", after) ? after + "copyright".length() : after);
        }
        // "© Example Media Ltd 2025. Registered in Scotland.", "© Example News Pty Ltd. All times AEST (GMT +10).":
        // the owner's notice is the first sentence, when it closes with the year or a company's legal form ("©
        // Provided by Example Inc. Jane Doe leaves ..." is a caption's credit)
        int stop = folded.indexOf(". ", i);
        String first = stop > 0 ? folded.substring(0, stop) : null;
        boolean ownerFirst = first != null && (Cues.isYear(first.substring(Math.max(i, stop - YEAR_DIGITS)))
                || Publishers.isLegalForm(first.substring(first.lastIndexOf(' ') + 1))
                && !folded.startsWith(PROVIDED_BY, skipSpaces(folded, i)));
        String notice = ownerFirst ? folded.substring(0, stop + 1) : folded;
        return startsWithDigit(folded, i) || folded.startsWith("copyright", skipSpaces(folded, i))
                || Cues.wordCount(notice) <= MAX_OWNER_NOTICE_WORDS && isOwnerAndYear(notice, i);
    }

    /** "... Copyright 2025." at the end of a line. */
    private static boolean endsWithCopyrightYear(String folded) {
        int end = folded.endsWith(".") ? folded.length() - 1 : folded.length();
        int year = end - YEAR_DIGITS;
        return year > COPYRIGHT_WORD.length() && Cues.isYear(folded.substring(year, end))
                && folded.startsWith(COPYRIGHT_WORD, year - COPYRIGHT_WORD.length());
    }

    /**
     * "© Example Times 2025", "© Example News Ltd": after the sign an owner with the year or a company word, not a
     * photographer's "Name/Agency".
     */
    private static boolean isOwnerAndYear(String folded, int from) {
        if (folded.indexOf('/', from) >= 0) {
            return false;
        }
        int lastSpace = folded.lastIndexOf(' ');
        String last = Cues.stripPunctuation(folded.substring(lastSpace + 1));
        boolean year = last.length() == YEAR_DIGITS && Cues.isDigits(last);
        // "© PT Example Media Nusantara": an Indonesian company's form opens its name
        boolean formFirst = folded.startsWith(FORM_BEFORE_NAME, skipSpaces(folded, from));
        return lastSpace > from && (year || Publishers.isLegalForm(last) || formFirst);
    }

    private static boolean startsWithDigit(String folded, int from) {
        int i = skipSpaces(folded, from);
        return i < folded.length() && Character.isDigit(folded.charAt(i));
    }

    /**
     * "(Jane Doe | The Example Tribune) A crew at work on the lake.": a photographer's credit in brackets before the
     * caption's sentence.
     */
    private static CaptionParts leadingCredit(String text) {
        int close = text.indexOf(')');
        if (close < 0) {
            return null;
        }
        int from = skipSeparators(text, close + 1);
        boolean caption = from < text.length() && Character.isUpperCase(text.charAt(from))
                && Cues.endsSentence(text);
        String inner = Cues.strip(text.substring(1, close));
        boolean named = inner.chars().noneMatch(Character::isDigit) && isPhotographerPair(inner);
        return caption && named ? new CaptionParts(from, text.length(), inner) : null;
    }

    /** A line that is one bracketed credit: "(Reuters photo: Name)", "[Photo/Agency]", "(AP Photo/Name)". */
    private static CaptionParts wrappedCredit(String text, String folded) {
        if (!isBracketed(folded) || Cues.wordCount(text) > 10) {
            return null;
        }
        String inner = Cues.strip(text.substring(1, text.length() - 1));
        String innerFolded = Cues.fold(inner);
        CaptionParts marked = markedCredit(inner, innerFolded, true, true);
        if (marked != null && marked.creditOnly()) {
            return marked;
        }
        boolean credit = isCreditLike(inner) || MARKERS.stream().anyMatch(innerFolded::contains);
        return credit ? new CaptionParts(0, 0, inner) : null;
    }

    private static boolean isBracketed(String phrase) {
        return phrase.length() > 2 && (phrase.charAt(0) == '(' && phrase.endsWith(")")
                || phrase.charAt(0) == '[' && phrase.endsWith("]"));
    }

    /** The credit of "Copyright AP Photo/Jane Doe", a picture's credit under its caption; null for a notice. */
    private static String copyrightLineCredit(String text) {
        if (text.indexOf('/') < 0) {
            return null;
        }
        String credit = Cues.strip(text.substring(COPYRIGHT_PREFIX.length()));
        return isCreditLike(credit) ? credit : null;
    }

    /**
     * {@code mayHoldCredit} is false when the line's cue words rule out the words of the other markers,
     * {@code mayHoldSign} when its facts rule out a "©".
     */
    private static CaptionParts markedCredit(String text, String folded, boolean mayHoldCredit,
            boolean mayHoldSign) {
        // every marker holds a colon, "by", a credit's ellipsis, "courtesy" or "©": a line without any needs no
        // look at its tail
        boolean other = mayHoldCredit && (folded.indexOf(ELLIPSIS_MARKER_WORD) >= 0
                || folded.indexOf(COURTESY_WORD) >= 0) || mayHoldSign && folded.indexOf('©', 1) > 0;
        if (folded.indexOf(':') < 0 && folded.indexOf("by ") < 0 && !other) {
            return null;
        }
        int window = tailStart(text, MAX_MARKED_CREDIT_WORDS + MAX_MARKER_WORDS - 1);
        if (folded.indexOf(':', window) < 0 && folded.indexOf("by ", window) < 0 && !other) {
            return null;
        }
        int best = -1;
        int bestEnd = -1;
        String bestMarker = null;
        boolean colon = folded.indexOf(':', window) >= 0;
        boolean by = folded.indexOf("by", window) >= 0;
        List<String> markers = colon && by ? MARKERS : colon ? COLON_MARKERS : by ? BY_MARKERS : List.of();
        if (other) {
            markers = Stream.concat(markers.stream(), OTHER_MARKERS.stream()).toList();
        }
        for (String marker : markers) {
            int at = lastIndexFrom(folded, marker, window);
            boolean later = at + marker.length() > bestEnd || at + marker.length() == bestEnd && at < best;
            if (at >= 0 && later && (at == 0 || !Character.isLetterOrDigit(folded.charAt(at - 1))
                    || isGluedWord(text, at))) {
                best = at;
                bestEnd = at + marker.length();
                bestMarker = marker;
            }
        }
        // "... Post Street. Photo: Courtesy of the museum": the courtesy is the credit the colon marker opens
        String beforeBest = best > 0 ? Cues.strip(folded.substring(0, best)) : "";
        int labelAt = COURTESY_MARKER.equals(bestMarker) ? colonMarkerAtEnd(beforeBest) : -1;
        if (labelAt >= 0) {
            bestMarker = beforeBest.substring(labelAt);
            best = labelAt;
        }
        // "courtesy of" credits a picture after its caption's sentence, and is a phrase of prose anywhere else
        // "... summer 1988. — Courtesy of the Doe family": a dash may set the credit off
        boolean courtesyInProse = bestMarker != null && bestMarker.endsWith(COURTESY_MARKER) && best > 0
                && !Cues.endsSentence(withoutDash(text.substring(0, best)));
        boolean sourceNote = SOURCE_MARKER.equals(bestMarker)
                && (best == 0 || !Cues.endsSentence(Cues.strip(text.substring(0, best))));
        if (bestMarker == null || courtesyInProse || sourceNote) {
            return null;
        }
        // "Photo by: Jane Doe": a "by" marker may carry a colon too
        String credit = stripBrackets(text.substring(skipSeparators(text, best + bestMarker.length())));
        int words = Cues.wordCount(credit);
        boolean sentence = credit.endsWith(".") && words > MAX_SLASH_CREDIT_WORDS;
        // "Image: supplied": where the picture came from, which some pages write in lower case
        boolean named = !credit.isEmpty() && (opensName(credit) || PICTURE_SOURCES.contains(Cues.fold(credit)));
        if (!named || words > MAX_MARKED_CREDIT_WORDS || sentence
                || best == 0 && GALLERY_MARKERS.contains(bestMarker) && isGalleryTitle(credit)) {
            return null;
        }
        // "Photograph: Courtesy of Jane Doe": a marker before the marker leaves no caption, only a credit
        if (MARKERS.contains(Cues.strip(folded.substring(0, best)))) {
            return new CaptionParts(0, 0, credit);
        }
        return captionBefore(text, withOutletInitials(text, best), credit);
    }

    /**
     * "Photos: Tornado damage north of Marion": a link to a gallery, its title after the label, where a credit
     * ("Photos: Jane Doe/AP", "Photos: Jane Doe for The Times, courtesy of the family") names who took or gave the
     * pictures: a title has words in lower case that tell what they show.
     */
    private static boolean isGalleryTitle(String credit) {
        if (Cues.wordCount(credit) < MIN_GALLERY_TITLE_WORDS) {
            return false;
        }
        for (String word : Cues.tokens(credit, ",;()")) {
            if (word.length() >= MIN_TITLE_WORD_CHARS && Character.isLowerCase(word.charAt(0))
                    && !CREDIT_WORDS.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /** Where a colon marker ends the folded text ("... street. photo:"), at a word's start; or -1. */
    private static int colonMarkerAtEnd(String folded) {
        for (String marker : COLON_MARKERS) {
            int at = folded.length() - marker.length();
            if (folded.endsWith(marker) && (at == 0 || !Character.isLetterOrDigit(folded.charAt(at - 1)))) {
                return at;
            }
        }
        return -1;
    }

    /** A credit opens with a capital, or is a social media handle ("@ExampleAgency"). */
    private static boolean opensName(String credit) {
        // "Courtesy of the Example Room": a name may open with its article
        int start = credit.startsWith("the ") ? "the ".length() : 0;
        int space = credit.indexOf(' ');
        // "iStock": a picture library that writes its name in lower case
        String first = Cues.stripPunctuation(Cues.fold(space < 0 ? credit : credit.substring(0, space)));
        return start < credit.length() && Character.isUpperCase(credit.charAt(start))
                || credit.charAt(0) == '@' && credit.length() > 1 && Character.isLetterOrDigit(credit.charAt(1))
                || PICTURE_LIBRARIES.contains(first);
    }

    /**
     * "... on Jan 1, 2026. ST PHOTO: JANE DOE": an outlet's initials, or "File", before the marker open the credit.
     */
    private static int withOutletInitials(String text, int marker) {
        int end = marker;
        while (end > 0 && LineScanner.isSpace(text.charAt(end - 1))) {
            end--;
        }
        int start = end;
        while (start > 0 && !LineScanner.isSpace(text.charAt(start - 1))) {
            start--;
        }
        // "... on Thursday. (Express Photo by Jane Doe)": the bracket around the credit opens it
        int wordStart = start < end && (text.charAt(start) == '(' || text.charAt(start) == '[') ? start + 1 : start;
        int length = end - wordStart;
        String word = text.substring(wordStart, end);
        boolean initials = length >= 2 && length <= MAX_INITIALS && Cues.isCapitals(word);
        // "... in Hereford. File pic: PA": the picture's age opens the credit too, as does the outlet's short name
        // ("... on Sunday. Post Photo: Jane Doe") after the sentence
        boolean label = initials || isCapitalisedWord(word);
        if (!label || start == 0) {
            return marker;
        }
        if (Cues.endsSentence(Cues.strip(text.substring(0, start)))) {
            return start;
        }
        // "... in Mapo District, Sept. 9. Example Times photo by Jane Doe": the outlet's name in two or three words
        for (int words = 1; words < MAX_MARKER_WORDS && start > 0; words++) {
            int wordEnd = start - 1;
            int previous = wordEnd;
            while (previous > 0 && !LineScanner.isSpace(text.charAt(previous - 1))) {
                previous--;
            }
            if (previous >= wordEnd || !isCapitalisedWord(text.substring(previous, wordEnd))) {
                return marker;
            }
            start = previous;
            if (start > 0 && Cues.endsSentence(Cues.strip(text.substring(0, start)))) {
                return start;
            }
        }
        return marker;
    }

    private static boolean isCapitalisedWord(String word) {
        return word.length() >= 2 && Character.isUpperCase(word.charAt(0))
                && word.chars().allMatch(Character::isLetter);
    }

    /** "...extreme heatImage: Jane Doe": a copy that joins the caption to its credit glues a capital to a word. */
    private static boolean isGluedWord(String text, int at) {
        return Character.isUpperCase(text.charAt(at)) && Character.isLowerCase(text.charAt(at - 1));
    }

    /**
     * The last occurrence of {@code marker} at or after {@code from}, or -1. Most markers are absent, which the
     * forward search (an intrinsic) tells fastest; the backward search then stops at the last occurrence.
     */
    private static int lastIndexFrom(String folded, String marker, int from) {
        return folded.indexOf(marker, from) < 0 ? -1 : folded.lastIndexOf(marker);
    }

    private static CaptionParts bracketedCredit(String text, String folded) {
        char last = folded.charAt(folded.length() - 1);
        char open = last == ')' ? '(' : last == ']' ? '[' : 0;
        int at = open == 0 ? -1 : folded.lastIndexOf(open);
        if (at < 0) {
            return null;
        }
        String inner = Cues.strip(text.substring(at + 1, text.length() - 1));
        String before = Cues.strip(text.substring(0, at));
        // one agency's name in brackets also ends a short title-like line ("A flooded street in Pontypridd (PA)"),
        // but a sentence's source after it only in longer forms ("... on Monday. (Reuters)" is a wire sign-off)
        boolean agencyOnly = Cues.wordCount(before) <= MAX_AGENCY_CAPTION_WORDS && !Cues.endsSentence(before);
        boolean credit = isCreditLike(inner) && (Cues.wordCount(inner) >= 2 || inner.indexOf('/') > 0 || agencyOnly)
                || (before.endsWith(".") || endsWithYear(before)) && (isPhotographerPair(inner)
                        || isSourceAndName(inner))
                || !before.isEmpty() && PICTURE_SOURCES.contains(Cues.fold(inner))
                || !before.isEmpty() && (isPictureFrom(inner) || isGiver(inner) || isSourcesPicture(inner))
                || (Cues.endsSentence(before) || endsWithYear(before)) && isLabelledSource(inner)
                // "... a maternity ward. (Jane Doe for Example Health News)": the photographer the outlet sent
                || Cues.endsSentence(before) && (isNameForOutlet(inner) || isNameAndBarredEmail(inner)
                        || isNamedPicture(inner));
        return credit ? captionBefore(text, at, withoutPictureCourtesy(inner)) : null;
    }

    /**
     * "CANTON REPOSITORY FILE", "Example Daily News file": a paper's old picture, named by the paper in capitals or
     * by a masthead's word.
     */
    private static boolean isPapersFile(String text, String folded, int words) {
        if (words < 2 || words > MAX_LIBRARY_CREDIT_WORDS + 1 || !folded.endsWith(FILE_WORD)) {
            return false;
        }
        String paper = text.substring(0, text.length() - FILE_WORD.length());
        return Cues.allWordsCapitalised(paper) && (paper.chars().noneMatch(Character::isLowerCase)
                || Cues.tokens(Cues.fold(paper), "").stream().anyMatch(Cues.MASTHEAD_WORDS::contains));
    }

    /** "Photo courtesy of BMA" in brackets credits BMA, as it does after the caption's sentence. */
    private static String withoutPictureCourtesy(String credit) {
        String folded = Cues.fold(credit);
        for (String label : PICTURE_COURTESY) {
            if (folded.startsWith(label) && folded.length() > label.length() + 1) {
                return Cues.strip(credit.substring(label.length()));
            }
        }
        return credit;
    }

    /**
     * "Provided by Example Fire Department", "Supplied by Jane Doe", "Courtesy photo/Example State Patrol": who gave
     * the picture, named with a capital after the giver's words or the picture's source and a slash.
     */
    private static boolean isGiverLine(String text, String folded) {
        int slash = folded.indexOf('/');
        if (slash > 0 && PICTURE_SOURCES.contains(Cues.strip(folded.substring(0, slash)))) {
            return opensName(Cues.strip(text.substring(slash + 1)));
        }
        for (String opener : LINE_GIVER_OPENERS) {
            if (folded.startsWith(opener) && folded.length() > opener.length()) {
                return opensName(Cues.strip(text.substring(opener.length())));
            }
        }
        return false;
    }

    /**
     * "Example-Review file photo", "Jane Doe / Example Empire file photo", "EXAMPLE staff photo": capitalised names
     * of who took or keeps the picture, then the picture's word and at most a word for its kind.
     */
    private static boolean isNamedPicture(String credit) {
        String folded = Cues.fold(credit);
        String word = pictureWordAtEnd(folded);
        if (word == null || Cues.wordCount(credit) > MAX_CREDIT_WORDS) {
            return false;
        }
        String owner = Cues.strip(credit.substring(0, credit.length() - word.length()));
        int kind = owner.lastIndexOf(' ');
        if (kind > 0 && PICTURE_KINDS.contains(Cues.fold(owner.substring(kind + 1)))) {
            owner = Cues.strip(owner.substring(0, kind));
        }
        // "... the ward. \u2014 Example pic": a dash before the owner sets off an agency's credit (trailingCredit)
        return !owner.isEmpty() && Character.isLetterOrDigit(owner.charAt(0)) && allCapitalised(owner);
    }

    /** "Photo/Xinhua" -> "Xinhua": the picture's word glued to the source by a slash is a label, not the credit. */
    private static String withoutPictureLabel(String credit) {
        int slash = credit.indexOf('/');
        return slash > 0 && slash < credit.length() - 1 && BAR_LABELS.contains(Cues.fold(credit.substring(0, slash)))
                ? credit.substring(slash + 1) : credit;
    }

    /**
     * "Photo: Jane Doe. The eruption site on Monday.": the credit's label and name open the line, the caption's
     * sentence follows. The name is a person's or a few capitalised words, so "Photo: A crowd outside. ..." stays a
     * labelled caption.
     */
    private static CaptionParts creditFirst(String text, String folded) {
        // every label opens with "p" or "i", which few lines do
        if (folded.charAt(0) != 'p' && folded.charAt(0) != 'i') {
            return null;
        }
        for (String label : CREDIT_FIRST_LABELS) {
            if (folded.startsWith(label)) {
                int stop = text.indexOf(". ", label.length());
                String name = stop < 0 ? "" : Cues.strip(text.substring(label.length(), stop));
                int from = stop < 0 ? text.length() : skipSeparators(text, stop + 1);
                // a name is a few words: the test of a person's name reads a sentence in full
                boolean credit = !name.isEmpty() && Cues.wordCount(name) <= MAX_MARKER_WORDS + 1
                        && (Bylines.isPersonName(name) || isShortCapitalised(name) && !Cues.endsSentence(name));
                return credit && Cues.wordCount(text.substring(from)) >= MIN_SENTENCE_WORDS
                        ? new CaptionParts(from, text.length(), name) : null;
            }
        }
        return null;
    }

    /**
     * "... on Wednesday. / Example Defense Force": after the caption's sentence a spaced slash sets off a short
     * capitalised source.
     */
    private static CaptionParts slashAfterSentence(String text) {
        return creditAfterSentence(text, lastIndexFrom(text, SLASH_AFTER_SENTENCE, 0), SLASH_AFTER_SENTENCE.length(),
                credit -> Cues.wordCount(credit) <= MAX_SLASH_CREDIT_WORDS && allCapitalised(credit)
                        && !Cues.endsSentence(credit));
    }

    /**
     * "... in Westmoreland. - File", "... St Elizabeth. – Contributed": after the caption's sentence a spaced dash
     * sets off a word for where the picture came from; a wire's name there signs off a paragraph ("... on Monday. -
     * Reuters").
     */
    private static CaptionParts sourceWordAfterDash(String text) {
        for (String dash : DASHES_AFTER_SENTENCE) {
            CaptionParts parts = creditAfterSentence(text, lastIndexFrom(text, dash, 0), dash.length(),
                    credit -> PICTURE_SOURCES.contains(Cues.fold(credit)) || isDashedPhotographer(credit));
            if (parts != null) {
                return parts;
            }
        }
        return creditAfterSentence(text, lastIndexFrom(text, GLUED_DASH_AFTER_SENTENCE, 0),
                GLUED_DASH_AFTER_SENTENCE.length(), CreditSplitter::isDashedPhotographer);
    }

    /**
     * "... the afternoon rush. - Jane Doe", "... on Sept. 28. - Jane Doe \u2022 The Example", "... on Monday.
     * \u2014NEWS PHOTO JANE DOE": a photographer's name, alone or with the outlet after a dot or slash, or a credit in
     * capitals that names the picture; a wire's name there signs off a paragraph instead.
     */
    private static boolean isDashedPhotographer(String credit) {
        if (Cues.wordCount(credit) > MAX_CREDIT_WORDS || Cues.endsSentence(credit)) {
            return false;
        }
        int separator = Math.max(credit.indexOf(" \u2022 "), credit.indexOf(" / "));
        String name = separator > 0 ? credit.substring(0, separator) : credit;
        String outlet = separator > 0 ? Cues.strip(credit.substring(separator + 3)) : "";
        // "UB Photos": who keeps the pictures, and their word
        boolean pictureInCapitals = credit.chars().noneMatch(Character::isLowerCase)
                && pictureWordIn(Cues.fold(credit)) || credit.endsWith("s") && isNamedPicture(withoutPlural(credit))
                || credit.endsWith(FILE_PHOTO) && isNamedPicture(credit);
        // "—RONALD V. DOE": the Inquirer sets its photographer's name in capitals
        boolean person = Bylines.isPersonName(name)
                || name.chars().noneMatch(Character::isLowerCase) && Bylines.isPersonNameInAnyCase(name);
        return pictureInCapitals || person
                && (outlet.isEmpty() || Cues.wordCount(outlet) <= MAX_PAIR_SOURCE_WORDS && allCapitalised(outlet));
    }

    /** "UB Photos" -> "UB Photo". */
    private static String withoutPlural(String credit) {
        return credit.substring(0, credit.length() - 1);
    }

    /** Whether a word of the folded phrase names the picture ("news photo jane doe", "staff pic"). */
    private static boolean pictureWordIn(String folded) {
        String spaced = " " + folded + " ";
        return PICTURE_WORDS.stream().anyMatch(word -> spaced.contains(word + " "));
    }

    /**
     * "... of the estate. Image via Example Government", "... Jane Doe. Provided by Example Realtors": where a picture
     * was taken from or who gave it, after its sentence.
     */
    private static CaptionParts pictureViaAfterSentence(String text, String folded) {
        if (folded.indexOf(VIA) < 0 && folded.indexOf(PROVIDED_AFTER_SENTENCE) < 0) {
            return null;
        }
        for (String marker : VIA_AFTER_SENTENCE) {
            CaptionParts parts = creditAfterSentence(text, lastIndexFrom(folded, marker, 0), marker.length(),
                    credit -> opensName(credit) && Cues.wordCount(credit) <= MAX_CREDIT_WORDS
                            && !Cues.endsSentence(credit));
            if (parts != null) {
                return parts;
            }
        }
        return null;
    }

    /**
     * The caption before a mark at {@code at} (". / ", ". - ", ". Image via ") that opens with the sentence's full
     * stop, and the credit after it when {@code isCredit} takes it; or null.
     */
    private static CaptionParts creditAfterSentence(String text, int at, int markLength, Predicate<String> isCredit) {
        if (at <= 0) {
            return null;
        }
        String credit = Cues.strip(text.substring(at + markLength));
        return !credit.isEmpty() && isCredit.test(credit) && Cues.wordCount(text.substring(0, at)) >= MIN_SENTENCE_WORDS
                ? captionBefore(text, at + 1, credit) : null;
    }

    /**
     * "Top photo: Jane Doe/Example": a credit whose label points at the page's lead picture credits no line over it
     * (the copy puts it at the end of the text).
     */
    static boolean namesOtherPicture(String credit) {
        String folded = Cues.fold(credit);
        for (String label : PICTURE_LABELS) {
            if (folded.startsWith(label)) {
                return true;
            }
        }
        return false;
    }

    /** The source before an archive's word ("Example News" of "Example News archives"), or null. */
    private static String archiveSource(String text, String folded) {
        for (String word : ARCHIVE_WORDS) {
            if (folded.endsWith(word) && folded.length() > word.length()) {
                String source = Cues.strip(text.substring(0, text.length() - word.length()));
                return isShortCapitalised(source) ? source : null;
            }
        }
        return null;
    }

    /** The length of the "Photo via " that opens the folded line, or 0. */
    static int viaOpenerLength(String folded) {
        for (String opener : VIA_OPENERS) {
            if (folded.startsWith(opener)) {
                return opener.length();
            }
        }
        return 0;
    }

    /** "... in the Old City – November 16, 2025": a caption that closes with the picture's date. */
    private static boolean endsWithYear(String before) {
        int space = before.lastIndexOf(' ');
        return space > 0 && Cues.isYear(before.substring(space + 1));
    }

    /**
     * "... sort millet harvested this autumn. CNA photo Nov. 19, 2025": after the caption's sentence, the source's
     * short name, the picture's word and the day it was taken.
     */
    private static CaptionParts datedSourcePicture(String text, String folded) {
        int photo = lastIndexFrom(folded, PHOTO_WORD, Math.max(0, folded.length() - MAX_DATED_PICTURE_CHARS));
        if (photo <= 0) {
            return null;
        }
        int stop = text.lastIndexOf(". ", photo);
        // "... in Al-Balad. — Courtesy photo", "... in September. | Jane Doe photo": a dash or a bar may set the
        // credit off
        int start = stop < 0 ? -1 : skipSeparators(text, stop + 2);
        while (start > 0 && start < photo && "-\u2013\u2014|".indexOf(text.charAt(start)) >= 0) {
            start = skipSeparators(text, start + 1);
        }
        String after = Cues.strip(text.substring(photo + PHOTO_WORD.length()));
        boolean dated = after.isEmpty() || Timestamps.isBareDatedYear(SourceLine.of(0, after));
        return start > 0 && start < photo && dated && isShortCapitalised(text.substring(start, photo))
                ? new CaptionParts(0, stop + 1, text.substring(start)) : null;
    }

    /**
     * "... behind the family's stand. Provided", "... on his property. Picture supplied": after the caption, a word
     * or two of where the picture came from.
     */
    private static CaptionParts sourceWordAfterSentence(String text) {
        // a word or two after the stop: the stop's space is one of the last two, so the backward search stops soon
        int space = text.lastIndexOf(' ');
        if (space > 1 && text.charAt(space - 1) != '.') {
            space = text.lastIndexOf(' ', space - 1);
        }
        if (space < 1 || text.charAt(space - 1) != '.' || space + 1 >= text.length()) {
            return null;
        }
        String tail = text.substring(space + 1);
        boolean word = Character.isUpperCase(tail.charAt(0));
        return word && PICTURE_SOURCES.contains(Cues.fold(tail)) ? new CaptionParts(0, space, tail) : null;
    }

    /** "Courtesy of the Voss family", "Provided by Example County Sheriff's Office": who gave the picture. */
    private static boolean isGiver(String inner) {
        String folded = Cues.fold(inner);
        for (String opener : GIVER_OPENERS) {
            if (folded.startsWith(opener) && folded.length() > opener.length()) {
                return Cues.wordCount(inner) <= MAX_CREDIT_WORDS;
            }
        }
        return false;
    }

    /**
     * "JT photo", "Example News pic", "Example News, Jane Doe photo": a short capitalised source, or one and its
     * photographer, and the picture's word.
     */
    private static boolean isSourcesPicture(String inner) {
        // "(Example News photo/Jane Doe)": the source's picture and, after a slash, who took it
        int slash = inner.lastIndexOf('/');
        if (slash > 0 && Bylines.isPersonName(Cues.strip(inner.substring(slash + 1)))) {
            return isSourcesPicture(Cues.strip(inner.substring(0, slash)));
        }
        String word = pictureWordAtEnd(Cues.fold(inner));
        if (word == null) {
            return false;
        }
        String source = Cues.strip(inner.substring(0, inner.length() - word.length()));
        int comma = source.indexOf(", ");
        return isShortCapitalised(source) || comma > 0 && isShortCapitalised(source.substring(0, comma))
                && Bylines.isPersonName(Cues.strip(source.substring(comma + 1)));
    }

    /**
     * "(Photo internet reproduction)", "(Photo Jane Doe)": the picture's word, then a short source without a colon,
     * as pages that credit in brackets after the caption's sentence write it; "(Photo from the archive)" is a note.
     */
    private static boolean isLabelledSource(String inner) {
        String folded = Cues.fold(inner);
        for (String label : BAR_LABELS) {
            if (folded.startsWith(label) && folded.startsWith(" ", label.length())) {
                String source = Cues.strip(folded.substring(label.length()));
                int words = Cues.wordCount(source);
                int space = source.indexOf(' ');
                String first = space < 0 ? source : source.substring(0, space);
                return words >= 1 && words <= MAX_SIGNATURE_WORDS && !PICTURE_NOTE_WORDS.contains(first)
                        && Character.isLetter(source.charAt(0));
            }
        }
        return false;
    }

    /** "Image from Example Agency", "Photo from Jane Doe": a picture's word, "from" and a short capitalised source. */
    private static boolean isPictureFrom(String inner) {
        String folded = Cues.fold(inner);
        for (String label : BAR_LABELS) {
            if (folded.startsWith(label) && folded.startsWith(FROM, label.length())) {
                String source = Cues.strip(inner.substring(label.length() + FROM.length()));
                return isShortCapitalised(source);
            }
        }
        return false;
    }

    /**
     * "... on Wednesday. (Yonhap)", "... a car. (iStock)", "... in Sanford. (Example County Sheriff's Office)", "...
     * in Nairobi. [Jane Doe, Standard]": a sentence signed with a source's name in brackets, which is a caption's
     * credit or a wire story's sign-off ("... from flooded homes. (Reuters)"); only the page's structure tells which,
     * so {@link #split} leaves it.
     */
    static CaptionParts signedSentence(SourceLine line) {
        String text = line.text();
        int at = text.endsWith(")") ? text.lastIndexOf('(') : text.endsWith("]") ? text.lastIndexOf('[') : -1;
        if (at <= 0) {
            return null;
        }
        String inner = Cues.strip(text.substring(at + 1, text.length() - 1));
        boolean source = !inner.isEmpty() && Cues.wordCount(inner) <= MAX_SIGNATURE_WORDS && isSourceName(inner);
        return source && Cues.endsSentence(Cues.strip(text.substring(0, at))) ? captionBefore(text, at, inner) : null;
    }

    /**
     * "The emergency department at the hospital | Example Trust", "... since 2015 | ExampleFerries": a line set off by
     * a bar from a short source's name, which is a caption between paragraphs and a title anywhere else; only the
     * page's structure tells which, so {@link #split} leaves it.
     */
    static CaptionParts barredSource(SourceLine line) {
        String text = line.text();
        int bar = line.hasSeparator() ? text.lastIndexOf(BAR) : -1;
        if (bar <= 0 || text.indexOf(BAR) != bar) {
            return null;
        }
        String credit = Cues.strip(text.substring(bar + BAR.length()));
        String before = Cues.strip(text.substring(0, bar));
        boolean source = !credit.isEmpty() && Cues.wordCount(credit) <= MAX_SIGNATURE_WORDS && isSourceName(credit)
                && !Cues.CHROME.contains(Cues.fold(credit));
        // a title in title case ("A Briton Rejoices At The Vote | Articles") is no caption
        return source && Cues.wordCount(before) >= MIN_SENTENCE_WORDS && !Cues.allWordsCapitalised(before)
                ? captionBefore(text, bar, credit) : null;
    }

    /** Words that each open with a capital, or with one lower-case letter before it ("iStock"), and no digit. */
    private static boolean isSourceName(String phrase) {
        boolean wordStart = true;
        for (int i = 0; i < phrase.length(); i++) {
            char c = phrase.charAt(i);
            if (Character.isDigit(c)) {
                return false;
            }
            boolean capital = Character.isUpperCase(c)
                    || Character.isLowerCase(c) && i + 1 < phrase.length() && Character.isUpperCase(phrase.charAt(i + 1));
            if (wordStart && !capital) {
                return false;
            }
            wordStart = c == ' ';
        }
        return true;
    }

    /**
     * "Name Surname/Source" of a source no list knows ("Jane Doe/Flash90"), or "Source: Name" ("Supplied: CFA",
     * "Example News: Jane Doe"). Taken only after a full stop, where a caption's sentence has ended, as a slash or
     * colon in brackets elsewhere is often a title or an aside ("(Life Begins/Von Trapped)").
     */
    private static boolean isPhotographerPair(String inner) {
        // both forms open with a capital, and a web address ("at https://...") is neither
        if (inner.isEmpty() || !Character.isUpperCase(inner.charAt(0)) || inner.contains("://")) {
            return false;
        }
        int colon = inner.indexOf(':');
        if (colon > 0 && inner.indexOf(',') < 0) {
            String source = Cues.strip(inner.substring(0, colon));
            String name = Cues.strip(inner.substring(colon + 1));
            return isShortCapitalised(source) && isShortCapitalised(name);
        }
        // "Jane Doe/Flash90", "JANE DOE | Times": a slash or a bar between the name and the source
        int slash = inner.indexOf('/');
        int bar = inner.indexOf(BAR);
        int cut = bar > 0 && (slash < 0 || bar < slash) ? bar + 1 : slash;
        if (cut <= 0 || inner.indexOf(',') >= 0) {
            return false;
        }
        String source = Cues.strip(inner.substring(cut + 1));
        // "Jane Doe/Example", "JANE DOE/EXAMPLE": some outlets set the whole credit in capitals; "Jane Doe/Example
        // Writer" names the story's author and her role
        // named, or the photographer's role ("Jane Doe/Staff photographer")
        String folded = Cues.fold(source);
        return Bylines.isPersonNameInAnyCase(Cues.strip(inner.substring(0, cut))) && !source.isEmpty()
                && Cues.wordCount(source) <= MAX_PAIR_SOURCE_WORDS
                && (allCapitalised(source) || folded.endsWith(PHOTOGRAPHER))
                && !WordCues.AUTHOR_ROLES.in(folded);
    }

    private static boolean isShortCapitalised(String phrase) {
        return !phrase.isEmpty() && Cues.wordCount(phrase) <= MAX_MARKER_WORDS && allCapitalised(phrase);
    }

    /** A credit after the last sentence of the line ("... city. Getty Images"), or a trailing "AGENCY/Name". */
    private static CaptionParts trailingCredit(String text, String folded, int words) {
        // either credit holds a slash or ends in an agency's name, and the line's last word is the credit's
        boolean slash = text.indexOf('/') >= 0;
        String pictureWord = pictureWordAtEnd(folded);
        if (!slash && !endsWithAgency(folded) && pictureWord == null && folded.indexOf('@') < 0) {
            CaptionParts unmarked = words <= MAX_UNMARKED_CAPTION_WORDS ? unmarkedCredit(text) : null;
            return unmarked != null || words > MAX_UNMARKED_CAPTION_WORDS ? unmarked : photographerForOutlet(text);
        }
        // "... mine in 2023. EXAMPLE file photo": who keeps the picture, named after the caption's sentence
        CaptionParts keeper = pictureWord == null ? null : creditAfterSentence(text,
                text.lastIndexOf(". ", text.length() - pictureWord.length()), 2, CreditSplitter::isNamedPicture);
        if (keeper != null) {
            return keeper;
        }
        // the line is stripped, so its last segment ends as it does: a sentence's full stop rules out a credit cheaply
        if (!text.endsWith(".")) {
            int window = tailStart(text, MAX_CREDIT_WORDS);
            int segmentStart = lastSegmentStart(text, folded, window);
            if (segmentStart < 0) {
                segmentStart = upperCaseTailStart(text, window);
            }
            if (segmentStart >= 0 || window == 0) {
                int cut = Math.max(segmentStart, 0);
                String segment = Cues.strip(text.substring(cut));
                int named = photographerBeforeBar(text, cut);
                // "— Bernama pic": the agency, with the picture's word after it ("REUTERS/Jane Doe/File Photo" is
                // a credit as it stands)
                // "© Example | Picture": the picture's word may be all the segment holds, and more than it
                String source = pictureWord == null || segment.length() < pictureWord.length() ? segment
                        : Cues.strip(segment.substring(0, segment.length() - pictureWord.length()));
                // "— Courtesy photo": a word for where the picture came from keeps the picture's word
                boolean pictureSource = pictureWord != null && PICTURE_SOURCES.contains(Cues.fold(source));
                String credit = pictureWord == null || isCreditLike(segment) || pictureSource ? segment : source;
                // a bracketed tail was weighed by bracketedCredit, which leaves "... homes. (Reuters)" a sign-off;
                // after a named photographer and a bar, the source is an outlet no list knows
                boolean creditLike = isCreditLike(credit) || pictureSource || segmentStart >= 0
                        && Cues.wordCount(credit) <= MAX_SLASH_CREDIT_WORDS && isPhotographerPair(credit)
                        || named < cut && isShortCapitalised(credit) || segmentStart >= 0 && isNameAndEmail(credit)
                        || segmentStart >= 0 && isSourceAndName(credit);
                if (creditLike && !isBracketed(segment)) {
                    return captionBefore(text, named, named < cut ? Cues.strip(text.substring(named)) : credit);
                }
            }
            int agency = segmentStart < 0 ? agencyTailStart(text) : -1;
            if (agency > 0) {
                return captionBefore(text, agency, text.substring(agency));
            }
        }
        int token = slash ? agencySlashToken(text, folded, tailStart(text, MAX_SLASH_CREDIT_WORDS - 1)) : -1;
        return token < 0 ? null : captionBefore(text, token, Cues.strip(text.substring(token)));
    }

    /** "KT/Jane Doe": an outlet's short name, a slash and the photographer's name. */
    private static boolean isSourceAndName(String segment) {
        int slash = segment.indexOf('/');
        String source = slash > 0 ? Cues.strip(segment.substring(0, slash)) : "";
        // "eNCA/Jane Doe": an outlet may write its name with a small letter first
        boolean brand = source.length() > 1 && Character.isLowerCase(source.charAt(0))
                && Character.isUpperCase(source.charAt(1)) && source.indexOf(' ') < 0;
        // "H/T Example Pundit": a hat tip's letters are no outlet
        return slash > 0 && segment.indexOf('/', slash + 1) < 0
                && (brand || source.length() > 1 && isShortCapitalised(source))
                && Bylines.isPersonNameInAnyCase(Cues.strip(segment.substring(slash + 1)));
    }

    /**
     * "... in Kratie province. WWF Cambodia": a source of two or three capitalised words with no marker after a
     * caption's sentence. A paragraph ends with its own full stop; an outlet's sign-off is one word ("... this
     * month. DM", "– Rappler.com"); a full stop after an initial ("Robert C. Doe") ends no sentence, and a title's
     * words are all capitalised ("Mall Traffic Is Falling Again. Here's Why").
     */
    private static CaptionParts unmarkedCredit(String text) {
        if (Cues.endsSentence(text)) {
            return null;
        }
        // the credit is a few words: the full stop before it is looked for only in the line's tail
        int stop = text.length() - 2;
        int limit = Math.max(0, text.length() - MAX_UNMARKED_CREDIT_CHARS);
        while (stop > limit && !(text.charAt(stop) == '.' && text.charAt(stop + 1) == ' ')) {
            stop--;
        }
        if (stop <= limit || !Character.isUpperCase(text.charAt(stop + 2))) {
            return null;
        }
        String credit = Cues.strip(text.substring(stop + 2));
        String folded = Cues.fold(credit);
        // "... in 2019. VIA EXAMPLE REEF SOCIETY", "... two years. JANE DOE, EXAMPLE COLONIST": a credit in capitals
        boolean capitals = credit.chars().noneMatch(Character::isLowerCase)
                && Cues.wordCount(credit) <= MAX_CREDIT_WORDS;
        boolean source = Cues.wordCount(credit) >= 2 && (isShortCapitalised(credit) || capitals)
                && credit.chars().allMatch(c -> Character.isLetter(c) || c == ' ' || c == '-' || c == '.'
                || capitals && c == ',')
                && !Cues.CHROME.contains(folded) && !Cues.RELATED_HEADERS.contains(folded)
                || isNameForOutlet(credit) || isNameThenOutlet(credit);
        boolean sentence = !SentenceSplitter.isAbbreviationAt(text, stop) && !allCapitalised(text.substring(0, stop));
        return source && sentence ? captionBefore(text, stop + 1, credit) : null;
    }

    private static String courtesyLine(String folded) {
        for (String opener : COURTESY_LINES) {
            if (folded.startsWith(opener)) {
                return opener;
            }
        }
        return null;
    }

    /** "Jane Doe for The Example Times": a photographer's name and the outlet that sent her. */
    static boolean isNameForOutlet(String credit) {
        int at = credit.indexOf(FOR);
        if (at <= 0) {
            return false;
        }
        String outlet = credit.substring(at + FOR.length());
        return Cues.wordCount(outlet) <= MAX_PAIR_SOURCE_WORDS && outlet.equals(Cues.capitalisedRun(outlet, 0))
                && Bylines.isPersonName(credit.substring(0, at));
    }

    /** "Jane Doe, Example Free Press": a photographer's name, a comma and the outlet, with no label. */
    private static boolean isNameThenOutlet(String credit) {
        int comma = credit.indexOf(", ");
        if (comma <= 0) {
            return false;
        }
        String outlet = credit.substring(comma + 2);
        // "Jane Doe, example.com": an outlet may go by its web address
        boolean named = Cues.wordCount(outlet) <= MAX_PAIR_SOURCE_WORDS && outlet.equals(Cues.capitalisedRun(outlet, 0))
                || Cues.isWebAddress(outlet);
        return named && Bylines.isPersonName(credit.substring(0, comma));
    }

    /** "Jane Doe | jdoe@example.com": a photographer's name, a bar and the address. */
    private static boolean isNameAndBarredEmail(String credit) {
        int bar = credit.indexOf(BAR);
        return bar > 0 && credit.indexOf('@', bar) > bar && credit.indexOf(' ', bar + BAR.length()) < 0
                && Bylines.isPersonName(credit.substring(0, bar));
    }

    /** "Jane Doe jdoe@example.com": a photographer's name and e-mail address after the caption's sentence. */
    private static boolean isNameAndEmail(String segment) {
        int space = segment.lastIndexOf(' ');
        return space > 0 && Cues.isEmailAddress(segment.substring(space + 1))
                && Bylines.isPersonNameInAnyCase(Cues.strip(segment.substring(0, space)));
    }

    /** The picture's word that ends a credit ("Bernama pic", "AFP photo") with its space, or null. */
    private static String pictureWordAtEnd(String folded) {
        for (String word : PICTURE_WORDS) {
            if (folded.endsWith(word) && folded.length() > word.length()) {
                return word;
            }
        }
        return null;
    }

    /**
     * "... in Co Kildare Alamy Stock Photo": where a picture library's name opens the capitalised words that end a
     * caption without a full stop; or -1.
     */
    private static int agencyTailStart(String text) {
        int start = tailStart(text, MAX_LIBRARY_CREDIT_WORDS - 1);
        for (int i = start; i > 0 && i < text.length(); i = skipSpaces(text, text.indexOf(' ', i) + 1)) {
            int end = text.indexOf(' ', i);
            String word = Cues.fold(text.substring(i, end < 0 ? text.length() : end));
            if (PICTURE_LIBRARIES.contains(word) && allCapitalised(text.substring(i))) {
                return i;
            }
            if (end < 0) {
                break;
            }
        }
        return -1;
    }

    /**
     * "... on Feb. 27. Jane Doe | Getty Images": where the photographer's name starts when it stands between the
     * caption's last sentence and the bar before the agency, else {@code cut}.
     */
    private static int photographerBeforeBar(String text, int cut) {
        int bar = cut - 2;
        if (bar < 1 || text.charAt(bar) != '|' || text.charAt(bar - 1) != ' ') {
            return cut;
        }
        // "... on Feb. 27. Jane Doe | ...", or glued to the full stop by the copy: "... on Thursday.Jane Doe | ..."
        int sentenceEnd = text.lastIndexOf('.', bar);
        int start = sentenceEnd < 0 ? -1 : skipSpaces(text, sentenceEnd + 1);
        return start > 0 && start < bar - 1 && Bylines.isPersonName(text.substring(start, bar - 1)) ? start : cut;
    }

    /**
     * Where the last {@code word + 1} words of the text start (0 when the text has fewer), found by a backward scan:
     * a credit is short, so every search for one stays inside this tail.
     */
    private static int tailStart(String text, int word) {
        int seen = 0;
        boolean inWord = false;
        for (int i = text.length() - 1; i >= 0; i--) {
            boolean space = LineScanner.isSpace(text.charAt(i));
            if (space && inWord && seen++ == word) {
                return i + 1;
            }
            inWord = !space;
        }
        return 0;
    }

    /** Start of the token that opens an upper-case "AGENCY/Name" credit ("REUTERS/Alina Smutko"), or -1. */
    private static int agencySlashToken(String text, String folded, int window) {
        int slash = text.length() - 1;
        while (slash >= window && text.charAt(slash) != '/') {
            slash--;
        }
        if (slash <= 0 || slash < window) {
            return -1;
        }
        int start = slash;
        while (start > 0 && !LineScanner.isSpace(text.charAt(start - 1))) {
            start--;
        }
        String left = text.substring(start, slash).replace("(", "");
        boolean agency = left.length() >= 2 && left.equals(left.toUpperCase())
                && left.chars().anyMatch(Character::isLetter)
                && Cues.AGENCIES.contains(folded.substring(start, slash).replace("(", ""));
        return agency ? start : -1;
    }

    /**
     * Where the last segment starts, after the last sentence end (". ", "? ", "! ", quote), " | ", " - " or a bullet
     * past
     * {@code window}; -1 when there is none.
     */
    private static int lastSegmentStart(String text, String folded, int window) {
        for (int i = folded.length() - 1; i > window; i--) {
            if (folded.charAt(i) != ' ') {
                // "...in June.Jane Doe/Example Press", "on March 11.Jane Doe/Example Press": the copy glued the
                // credit to the caption's full stop
                boolean glued = i >= 2 && folded.charAt(i - 1) == '.' && Character.isUpperCase(text.charAt(i))
                        && (Character.isLowerCase(text.charAt(i - 2)) || Character.isDigit(text.charAt(i - 2)));
                if (glued) {
                    return i;
                }
                continue;
            }
            char before = folded.charAt(i - 1);
            // "K. Doe/Example": a full stop after an initial ends no sentence
            boolean initial = before == '.' && i >= 2 && Character.isUpperCase(text.charAt(i - 2))
                    && (i == 2 || text.charAt(i - 3) == ' ') || before == '.' && isNameAbbreviation(text, i - 1);
            boolean sentenceEnd = (before == '.' && !initial) || before == '?' || before == '!' || before == '"';
            // a spaced slash sets off a credit that holds its own slash ("... morning / J. Doe/Example"); before a
            // credit without one it is the credit's ("Jane Doe / The Example")
            boolean slashBar = before == '/' && folded.indexOf('/', i) > 0;
            boolean bar = (before == '|' || before == '-' || before == '\u2022' || before == '\u00b7' || slashBar)
                    && i >= 2 && folded.charAt(i - 2) == ' ';
            if (sentenceEnd || bar) {
                return i + 1;
            }
        }
        return -1;
    }

    /** "Jane Doe/St. Cloud Times": "St", "Mt", "Ft" before a full stop abbreviate a name's word, ending no sentence. */
    private static boolean isNameAbbreviation(String text, int stop) {
        int start = stop;
        while (start > 0 && Character.isLetter(text.charAt(start - 1))) {
            start--;
        }
        return Cues.NAME_ABBREVIATIONS.contains(text.substring(start, stop));
    }

    /**
     * Where a credit set in capitals after a caption without a full stop starts ("... the budget JACK DOE/GETTY
     * IMAGES"): the run of upper-case words that ends the line, when it holds a slash; else -1.
     */
    private static int upperCaseTailStart(String text, int window) {
        int cut = upperCaseRunStart(text, window);
        return cut > 0 && text.indexOf('/', cut) > 0 ? cut : -1;
    }

    /**
     * "... to plug its budget gap PAUL ELLERBY FOR THE SUNDAY TIMES": a photographer sent by the outlet, in capitals
     * after the caption.
     */
    private static CaptionParts photographerForOutlet(String text) {
        // the forward search is an intrinsic and finds nothing in nearly every line, which then pays for no words
        if (text.indexOf(FOR_OUTLET) < 0) {
            return null;
        }
        int cut = upperCaseRunStart(text, tailStart(text, MAX_CREDIT_WORDS));
        String credit = cut > 0 ? text.substring(cut) : "";
        int at = credit.indexOf(FOR_OUTLET);
        return at > 0 && Cues.wordCount(credit.substring(0, at)) >= 2 ? captionBefore(text, cut, credit) : null;
    }

    /** Where the run of two or more upper-case words that ends the line starts, after a word in lower case; or -1. */
    private static int upperCaseRunStart(String text, int window) {
        int start = text.length();
        int words = 0;
        while (start > window) {
            int wordStart = start;
            while (wordStart > 0 && !LineScanner.isSpace(text.charAt(wordStart - 1))) {
                wordStart--;
            }
            String word = text.substring(wordStart, start);
            if (!Cues.hasAny(word, Character::isLetter) || Cues.hasAny(word, Character::isLowerCase)) {
                break;
            }
            words++;
            start = wordStart;
            while (start > 0 && LineScanner.isSpace(text.charAt(start - 1))) {
                start--;
            }
        }
        int cut = start == text.length() ? -1 : skipSpaces(text, start);
        return words >= 2 ? cut : -1;
    }

    private static int skipSpaces(String text, int from) {
        int i = from;
        while (i < text.length() && LineScanner.isSpace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    /**
     * Whether a short phrase reads as a credit: at most eight words, and either a "Name/Agency" pair or capitalised
     * words ending in an agency or picture-library name ("Getty Images", "AFP via Getty Images").
     */
    static boolean isCreditLike(String phrase) {
        if (phrase.isEmpty() || Cues.wordCount(phrase) > MAX_CREDIT_WORDS || !allCapitalised(phrase)) {
            return false;
        }
        String folded = Cues.fold(phrase);
        if (AGENCY_TAILS.contains(folded)) {
            return false;
        }
        int slash = phrase.indexOf('/');
        boolean namePair = slash > 0 && slash < phrase.length() - 1 && !folded.contains("//")
                && capitalisedAround(phrase, slash) && namesAgency(folded);
        if (namePair) {
            return true;
        }
        return endsWithAgency(folded);
    }

    /**
     * Whether the last word names an agency or picture library, not a word as common as "file" or "media". Asked of
     * nearly every line, so the word is compared in place rather than cut out.
     */
    private static boolean endsWithAgency(String folded) {
        int start = Cues.bareStart(folded, folded.lastIndexOf(' ') + 1, folded.length());
        int length = Cues.bareEnd(folded, start, folded.length()) - start;
        if (length >= CREDIT_END_AGENCIES.length) {
            return false;
        }
        // most last words share no first letter with an agency of their length: one bit test turns them away
        char first = length == 0 ? 0 : folded.charAt(start);
        if (first < 'a' || first > 'z' || (CREDIT_END_FIRST_LETTERS[length] & 1 << first - 'a') == 0) {
            return false;
        }
        for (String agency : CREDIT_END_AGENCIES[length]) {
            if (folded.startsWith(agency, start)) {
                return true;
            }
        }
        return false;
    }

    /** Per length, the first letters of {@link #CREDIT_END_AGENCIES} of that length, one bit per letter. */
    private static int[] firstLetters(String[][] byLength) {
        int[] letters = new int[byLength.length];
        for (int length = 0; length < byLength.length; length++) {
            for (String word : byLength[length]) {
                letters[length] |= 1 << word.charAt(0) - 'a';
            }
        }
        return letters;
    }

    private static String[][] byLength(List<String> words) {
        int longest = words.stream().mapToInt(String::length).max().orElse(0);
        String[][] byLength = new String[longest + 1][];
        for (int length = 0; length <= longest; length++) {
            int wanted = length;
            byLength[length] = words.stream().filter(word -> word.length() == wanted).toArray(String[]::new);
        }
        return byLength;
    }

    private static boolean namesAgency(String folded) {
        for (String token : Cues.tokens(folded, "/")) {
            if (Cues.AGENCIES.contains(Cues.stripPunctuation(token))) {
                return true;
            }
        }
        return false;
    }

    private static boolean capitalisedAround(String phrase, int slash) {
        int after = slash + 1;
        while (after < phrase.length() && phrase.charAt(after) == ' ') {
            after++;
        }
        int before = slash - 1;
        while (before >= 0 && phrase.charAt(before) == ' ') {
            before--;
        }
        return after < phrase.length() && Character.isUpperCase(phrase.charAt(after)) && before >= 0
                && Character.isLetter(phrase.charAt(before));
    }

    /**
     * Every word capitalised, except "via", "for", "of", "and" and name particles. Nearly every line of text is
     * tested, so the words are walked in place and only a lower-case word is copied.
     */
    private static boolean allCapitalised(String phrase) {
        int i = 0;
        while (i < phrase.length()) {
            int start = i;
            while (start < phrase.length() && isWordBreak(phrase.charAt(start))) {
                start++;
            }
            int end = start;
            while (end < phrase.length() && !isWordBreak(phrase.charAt(end))) {
                end++;
            }
            // the first char of the word as Cues.stripPunctuation bares it; a word not passed by it is bared in full
            int bareStart = start;
            while (bareStart < end && !Character.isLetterOrDigit(phrase.charAt(bareStart))
                    && phrase.charAt(bareStart) != '&') {
                bareStart++;
            }
            char first = bareStart < end ? phrase.charAt(bareStart) : 0;
            boolean capitalised = bareStart == end || Character.isUpperCase(first) || Character.isDigit(first);
            String bare = capitalised ? "" : Cues.stripPunctuation(phrase.substring(start, end));
            if (!bare.isEmpty() && !isLowerCaseJoiner(bare)) {
                return false;
            }
            i = end;
        }
        return true;
    }

    private static boolean isWordBreak(char c) {
        return LineScanner.isSpace(c) || c == '/';
    }

    private static boolean isLowerCaseJoiner(String bare) {
        String lower = bare.toLowerCase();
        return lower.equals("via") || lower.equals("for") || lower.equals("of") || lower.equals("and")
                || Cues.NAME_PARTICLES.contains(lower);
    }

    /** "© AFP Caption", "© Provided by Outlet Inc. Caption", "© REUTERS / Name Caption": credit first. */
    private static CaptionParts copyrightCredit(String text, String folded) {
        int from = skipSeparators(text, folded.startsWith("©") ? 1 : 3);
        int end = creditWordsEnd(text, folded, from);
        if (end <= from) {
            return null;
        }
        String credit = Cues.strip(text.substring(from, end));
        int captionStart = skipSeparators(text, end);
        return new CaptionParts(captionStart, text.length(), credit);
    }

    /** The end of the credit words after "©": agency words, "Provided by X", a year, and "/ Name Name". */
    private static int creditWordsEnd(String text, String folded, int from) {
        int i = from;
        int end = from;
        int namesAfterSlash = 0;
        boolean provided = false;
        while (i < text.length()) {
            int wordEnd = i;
            while (wordEnd < text.length() && !LineScanner.isSpace(text.charAt(wordEnd))) {
                wordEnd++;
            }
            String word = folded.substring(i, wordEnd);
            String bare = Cues.stripPunctuation(word);
            boolean agencyWord = Cues.AGENCIES.contains(bare) || bare.equals("provided") || bare.equals("by")
                    || Cues.isYear(bare) || word.equals("/");
            if (word.equals("/") || word.endsWith("/")) {
                namesAfterSlash = 2;
            } else if (bare.equals("provided")) {
                provided = true;
            }
            if (agencyWord) {
                end = wordEnd;
            } else if ((namesAfterSlash > 0 || provided) && Character.isUpperCase(text.charAt(i))) {
                end = wordEnd;
                namesAfterSlash--;
                if (provided && word.endsWith(".")) {
                    provided = false;
                    namesAfterSlash = 0;
                }
            } else {
                break;
            }
            i = skipSeparators(text, wordEnd);
        }
        return end;
    }


    private static CaptionParts captionBefore(String text, int creditStart, String credit) {
        int end = withoutSeparators(text, creditStart);
        int label = labelAfterSentence(text, end);
        if (label > 0) {
            end = withoutSeparators(text, label);
        }
        // "... in Marrakech.. Jane Doe / Example": a second full stop set the credit off
        if (end > 2 && text.startsWith("..", end - 2) && text.charAt(end - 3) != '.') {
            end--;
        }
        return new CaptionParts(0, end, credit.isEmpty() ? null : withoutLabel(credit));
    }

    /** The text before a credit without the dash or bar that sets the credit off ("... summer 1988. —"). */
    private static String withoutDash(String before) {
        String stripped = Cues.strip(before);
        int end = stripped.length();
        while (end > 0 && ("-\u2013\u2014|".indexOf(stripped.charAt(end - 1)) >= 0
                || LineScanner.isSpace(stripped.charAt(end - 1)))) {
            end--;
        }
        return stripped.substring(0, end);
    }

    private static int withoutSeparators(String text, int end) {
        while (end > 0 && (LineScanner.isSpace(text.charAt(end - 1))
                || "(|[-–—,•·/".indexOf(text.charAt(end - 1)) >= 0)) {
            end--;
        }
        return end;
    }

    /**
     * "... in March 2025. PHOTO | AFP": where a credit's label ends the caption after its last sentence, the
     * label's start; else -1.
     */
    private static int labelAfterSentence(String text, int end) {
        for (String label : BAR_LABELS) {
            int start = end - label.length();
            if (start >= 2 && text.regionMatches(true, start, label, 0, label.length())
                    && LineScanner.isSpace(text.charAt(start - 1)) && Cues.endsSentence(text.substring(0, start - 1))) {
                return start;
            }
        }
        return -1;
    }

    /** "Photo / Jane Doe": the credit is the name after the label. */
    private static String withoutLabel(String credit) {
        String folded = Cues.fold(credit);
        for (String label : SLASH_LABELS) {
            if (folded.startsWith(label) && folded.length() > label.length()) {
                return Cues.strip(credit.substring(label.length()));
            }
        }
        return credit;
    }

    /**
     * The credit without a bracket the caption left unopened, or the full stop that closes the caption's last
     * sentence after it ("Image by Jane Doe/Example."), or the picture's number in the outlet's library ("JANE DOE.
     * (39412233)"); an abbreviation keeps its stop ("Example Inc.").
     */
    private static String stripBrackets(String credit) {
        String stripped = withoutPictureNumber(Cues.strip(credit));
        boolean unopened = stripped.endsWith(")") && stripped.indexOf('(') < 0
                || stripped.endsWith("]") && stripped.indexOf('[') < 0;
        if (unopened) {
            stripped = Cues.strip(stripped.substring(0, stripped.length() - 1));
        }
        int space = stripped.lastIndexOf(' ');
        String last = stripped.substring(space + 1);
        boolean stop = stripped.endsWith(".") && last.length() > MIN_STOPPED_WORD
                && last.indexOf('.') == last.length() - 1 && !ABBREVIATIONS.contains(Cues.fold(last));
        return stop ? stripped.substring(0, stripped.length() - 1) : stripped;
    }

    private static String withoutPictureNumber(String credit) {
        int open = credit.lastIndexOf(" (");
        boolean number = open > 0 && credit.endsWith(")")
                && Cues.isDigits(credit.substring(open + 2, credit.length() - 1));
        return number ? Cues.strip(credit.substring(0, open)) : credit;
    }

    private static int skipSeparators(String text, int from) {
        int i = from;
        while (i < text.length()
                && (LineScanner.isSpace(text.charAt(i)) || text.charAt(i) == ',' || text.charAt(i) == ':')) {
            i++;
        }
        return i;
    }
}
