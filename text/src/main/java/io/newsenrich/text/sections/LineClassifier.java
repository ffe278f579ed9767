package io.newsenrich.text.sections;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Gives each line the kind its own words say, before the structure of the page is looked at. Cheap tests first;
 * every test is a bounded scan of the line, so the whole pass stays linear.
 */
final class LineClassifier {

    private static final String ELLIPSIS = "...";
    private static final int MAX_TIMESTAMP_WORDS = 12;
    private static final int MAX_CHROME_WORDS = 20;
    private static final int MAX_NOTICE_WORDS = 60;
    private static final int MAX_CAPTION_WORDS = 70;
    private static final int MAX_SOURCE_NOTE_WORDS = 8;
    /** "Powered by Example Audio": a widget credits its maker in a few words; a sentence may open so too. */
    private static final int MAX_WIDGET_CREDIT_WORDS = 4;
    private static final String LOGO_LINK_TAIL = " - back to home";
    private static final String WITH = "with ";
    private static final String DOUBLE_HYPHEN = "--";
    /** The words among the agencies that name where a picture came from, not a wire. */
    private static final Set<String> PICTURE_SOURCES = Set.of("file", "photo", "courtesy", "handout", "images");
    private static final String NEWSLETTER = "newsletter";
    private static final String BY = "by ";
    private static final int MAX_COUNTER_WORDS = 4;
    /** "Comments - 0": a label, a separator set apart and the count. */
    private static final int MAX_LABELLED_COUNT_WORDS = 3;
    private static final String ESTIMATED = "estimated";
    private static final int AUDIO_LENGTH_WORDS = 3;
    /** "1,234 comments", "12:45", "1.25x": a button's count is short. */
    private static final int MAX_COUNT_CHARS = 16;
    /** What a count under a title counts; "4 minutes" alone is the reading time. */
    private static final Set<String> COUNT_LABELS = Set.of("comments", "comment", "shares", "share", "views",
            "replies", "min", "mins", "minutes", "photos", "images", "pictures");
    private static final Set<String> COMMENT_VERBS = Set.of("view", "read", "show", "see");
    /** "Rio de Janeiro 31°C": a city and its temperature. */
    private static final int MAX_WEATHER_WORDS = 4;
    private static final int MAX_TIMETABLE_WORDS = 20;
    private static final int MIN_TIMETABLE_PARTS = 3;
    private static final List<String> AUTHOR_PICTURE_LABELS = List.of("photo of ", "picture of ", "avatar of ",
            "image of ", "profile image of ", "profile picture of ", "profile photo of ");
    /** "Photo of Jane Doe": the label and a name of up to four words. */
    private static final int MAX_AUTHOR_PICTURE_WORDS = 6;
    /** "For tips, write to: tips@example.com": a short label before the address. */
    private static final int MAX_EMAIL_LABEL_WORDS = 6;
    private static final Pattern ADDRESS_SEPARATORS = Pattern.compile("[ ,]+");
    private static final String DASHED_SOURCE_NOTE = "source - ";
    private static final String EMAIL = "email ";
    private static final String E_MAIL = "e-mail ";
    private static final String WRITE_TO = "write to ";
    private static final String CONTACT = "contact ";
    private static final String BE_REACHED_AT = " be reached at ";
    private static final String REACH = "reach ";
    private static final String POSTED_IN = "posted in ";
    private static final int MAX_SHARE_BAR_WORDS = 8;
    private static final Set<String> SHARE_BUTTONS = Set.of("facebook", "twitter", "x", "email", "e-mail", "print",
            "save", "share", "whatsapp", "linkedin", "reddit", "pinterest", "messenger", "sms", "copy", "link",
            "tweet");
    private static final String TAGGED = "| tagged ";
    private static final String TAGGED_ALONE = "tagged ";
    private static final int MAX_TAG_LINE_WORDS = 15;
    private static final String DIGITAL_EDITION = " digital edition";
    private static final String YOU_CAN_REACH = "you can reach ";
    private static final String AT_ADDRESS = " at ";
    private static final String TO_REACH = "to reach ";
    private static final String PER_PERIOD = " per ";
    private static final int MAX_FORECAST_WORDS = 14;
    private static final Pattern PLACE_WITH_ZIP = Pattern.compile("[A-Z][\\w .'-]*, [A-Z]{2} \\(\\d{5}\\)");
    private static final Pattern FORECAST = Pattern.compile(
            "^[A-Z][\\w ,.-]*\\. (?:High|Low)s? (?:near |around )?-?\\d+F\\.");
    private static final String BILLED_AS = "*billed as ";
    private static final int MAX_OFFER_WORDS = 14;
    private static final Set<String> BUTTON_SEPARATORS = Set.of("\u2022", "\u00b7", "|", "/");
    /** "Updated 3 hours ago.": a stamp may end with a full stop, but is a few words then. */
    private static final int MAX_STAMP_SENTENCE_WORDS = 6;
    private static final int MIN_STOPPED_WORD = 3;
    private static final String IS_AT = " is at ";
    private static final int MIN_PHONE_DIGITS = 7;
    private static final int MAX_PHONE_CALL_WORDS = 10;
    private static final int MAX_STREET_ADDRESS_WORDS = 12;
    private static final Pattern STREET_ADDRESS = Pattern.compile("\\d+[A-Za-z]? (?:[NSEW]\\.? )?"
            + "(?:[A-Z0-9][\\w'.-]* ){1,3}(?:St|Street|Ave|Avenue|Blvd|Boulevard|Rd|Road|Dr|Drive|Plaza|Lane|Ln|Way|"
            + "Pkwy|Parkway|Hwy|Highway|Ct|Court|Pl|Place|Square|Sq|Circle|Terrace)\\.?(?:,? (?:Suite|Ste\\.?) \\w+)?"
            + "(?:, (?:[A-Z][\\w.'-]* ){0,3}[A-Z][\\w.'-]*(?:, [A-Z]{2}| [A-Z]{2})?(?: \\d{5}(?:-\\d{4})?)?)?");
    /** A call to write to the author is a line or two of furniture, never a paragraph's length. */
    private static final int MAX_EMAIL_CALL_CHARS = 160;
    private static final String WATCH = "watch ";
    private static final String LISTEN = "listen ";
    private static final int MAX_EMBED_LABEL_WORDS = 8;
    private static final String LINK_BAR = " | ";
    private static final String LINK_BAR_PATTERN = " \\| ";
    private static final String LINK_DOT = " \u00b7 ";
    private static final int MIN_LINK_ROW_PARTS = 3;
    private static final int MIN_MENU_ROW_PARTS = 4;
    private static final int MAX_LINK_WORDS = 3;
    private static final int POSTCODE_INWARD_CHARS = 3;
    private static final int MIN_ADDRESS_PARTS = 3;
    private static final String LEADING_DASHES = "-\u2013\u2014";
    private static final Pattern POSTCODE_TAIL = Pattern.compile(" [A-Z]{1,2}[0-9][A-Z0-9]? [0-9][A-Z]{2}$");
    private static final Set<String> GALLERY_LABELS = Set.of("image", "photo", "picture", "slide", "video", "list");

    private LineClassifier() {
    }

    static PageLine classify(SourceLine source) {
        if (isChrome(source)) {
            return new PageLine(source, LineKind.CHROME);
        }
        boolean wireCredit = Bylines.isWireCredit(source);
        List<String> names = wireCredit ? Bylines.wireCreditNames(source) : List.of();
        if (names.isEmpty()) {
            names = Bylines.byLineNames(source);
        }
        if (names.isEmpty()) {
            names = Bylines.contributorNames(source);
        }
        if (names.isEmpty()) {
            names = Bylines.metaLineNames(source);
        }
        if (names.isEmpty()) {
            names = Bylines.roleLineNames(source);
        }
        if (names.isEmpty()) {
            names = Bylines.datedByLineNames(source);
        }
        if (names.isEmpty()) {
            names = Bylines.affiliatedNames(source);
        }
        if (names.isEmpty()) {
            names = Bylines.wireJoinedNames(source);
        }
        if (names.isEmpty()) {
            names = Bylines.namePaperStampNames(source);
        }
        if (!names.isEmpty()) {
            return withNames(new PageLine(source, LineKind.BYLINE), names);
        }
        if (wireCredit || Bylines.isDeskByline(source) || Bylines.isAgencyNote(source)) {
            // a credit of editors only ("Edited by: Jane Doe"), of the outlet's desk or of a wire names no author
            return new PageLine(source, LineKind.CHROME);
        }
        names = Bylines.nameWithRoleNames(source);
        if (!names.isEmpty()) {
            return withNames(new PageLine(source, LineKind.NAME_WITH_ROLE), names);
        }
        LineKind header = Related.headerKind(source);
        if (header != null) {
            return new PageLine(source, header);
        }
        // a paragraph longer than any caption skips the credit search, the costliest check
        CaptionParts caption = source.wordCount() > MAX_CAPTION_WORDS ? null : CreditSplitter.split(source);
        // "... from around the country. Follow Example News": a call to follow the outlet credits no picture
        if (caption != null && caption.credit() != null && isCall(Cues.fold(caption.credit()))) {
            caption = null;
        }
        if (caption != null) {
            PageLine line = new PageLine(source, caption.creditOnly() ? LineKind.CREDIT_ONLY : LineKind.CAPTION);
            line.caption = caption;
            return line;
        }
        String link = Related.linkText(source);
        // "Sign up to our daily newsletter (opens in new tab)": a promo's link is a promo
        if (link != null && !Promos.isPromo(SourceLine.of(source.start(), link))) {
            PageLine line = new PageLine(source, LineKind.RELATED);
            line.related = link;
            return line;
        }
        if (Promos.isPromo(source)) {
            return new PageLine(source, LineKind.PROMO);
        }
        String bioName = Bylines.bioName(source);
        if (bioName != null) {
            return withNames(new PageLine(source, LineKind.BIO), List.of(bioName));
        }
        names = Bylines.nameLineNames(source);
        if (!names.isEmpty()) {
            return withNames(new PageLine(source, LineKind.NAME_ONLY), names);
        }
        if (Bylines.isRoleLine(source)) {
            return new PageLine(source, LineKind.AUTHOR_ROLE);
        }
        return new PageLine(source, source.text().isEmpty() ? LineKind.CHROME : LineKind.PLAIN);
    }

    /** "Follow Example News", "Select Newsletters": a call or a newsletter's button credits no picture. */
    private static boolean isCall(String credit) {
        return Cues.PROMO_OPENERS.match(credit) != null || credit.contains(NEWSLETTER);
    }

    private static boolean isChrome(SourceLine source) {
        String folded = source.folded();
        if (source.wordCount() > MAX_CHROME_WORDS) {
            // a notice goes on as long as the page wants ("A version of this article appears in print ...")
            return source.wordCount() <= MAX_NOTICE_WORDS && (Cues.NOTICE_OPENERS.match(folded) != null
                    || CreditSplitter.isCopyrightNotice(source) || Cues.mastheadNameEnd(source.text(), folded) > 0
                    || isEmailCall(folded) || isCommentRules(source));
        }
        String bare = withoutTrailingMark(folded);
        // "Topics:" alone heads the tags under it; "Topics: Cricket, Tennis" is one line of furniture; "— With
        // files from Example Press": a dash may set the notice off
        boolean notice = Cues.NOTICE_OPENERS.match(folded, afterLeadingDash(folded)) != null
                && !Cues.TOPIC_HEADERS.contains(bare);
        // "Example Star Digital Edition": the menu's link to the paper's replica
        boolean chromeLabel = Cues.CHROME.contains(bare)
                || bare.length() < folded.length() && Cues.CHROME.contains(folded) || folded.endsWith(DIGITAL_EDITION);
        // "NO_T11_Craignure02": a picture's file name or a slot's code left by the copy
        boolean code = source.wordCount() == 1 && folded.indexOf('_') > 0;
        if (!source.hasLetterOrDigit() || chromeLabel || CreditSplitter.isCopyrightNotice(source)
                || notice || isBareAddress(source) || code) {
            return true;
        }
        // "Posted on 14 March 2025 by Jane Doe" and "Posted by Jane Doe | Mar 14, 2024" are bylines; "(Latest Update
        // March 14, 2025)" a stamp in brackets
        int from = folded.startsWith("(") && folded.endsWith(")") ? 1 : 0;
        // "Updated figures show the town grew by 2,000 people.": a sentence of text opening with the word, which a
        // stamp's "6:42 p. m." does not end as
        boolean sentence = source.wordCount() > MAX_STAMP_SENTENCE_WORDS && endsWithWordAndStop(source.text());
        boolean stamped = Cues.CHROME_OPENERS.match(folded, from) != null && !sentence
                && source.wordCount() <= MAX_TIMESTAMP_WORDS && source.hasDigit()
                && Bylines.datedByLineNames(source).isEmpty() && Bylines.byLineNames(source).isEmpty();
        // "Source: Example News", "Source - Example24News"
        boolean sourceNote = (folded.startsWith(Cues.SOURCE_NOTE) || folded.startsWith(DASHED_SOURCE_NOTE))
                && source.wordCount() <= MAX_SOURCE_NOTE_WORDS;
        boolean widgetCredit = source.wordCount() <= MAX_WIDGET_CREDIT_WORDS
                && Cues.SHORT_CHROME_OPENERS.match(folded) != null;
        // "The Example Post is published by Example Media Ltd.": the masthead's note
        boolean masthead = Cues.mastheadNameEnd(source.text(), folded) > 0;
        // "Posted in News | Tagged Fermoy, River Blackwater": a blog's category and tags under the story
        // or each on a line of its own: "Posted in Emergency services, News" / "Tagged crash, Example Police"
        boolean tagged = folded.startsWith(POSTED_IN) && folded.contains(TAGGED)
                || (folded.startsWith(POSTED_IN) || folded.startsWith(TAGGED_ALONE)) && folded.indexOf(',') > 0
                && !Cues.endsSentence(source.text()) && source.wordCount() <= MAX_TAG_LINE_WORDS;
        return stamped || sourceNote || widgetCredit || masthead || tagged || isEmailCall(folded)
                || isShareBar(source) || isEmbedLabel(source)
                || isLinkRow(source)
                || isAuthorPicture(source)
                || isAgencySignOff(source)
                || isWireMark(source)
                || isCounter(source) || isTemperature(source) || isStamp(source) || isLogoLink(folded)
                || isTimetable(source) || isPostalAddress(source) || isCommentRules(source) || isPhoneCall(source)
                || isStreetAddress(source) || isPriceOffer(source) || isWeatherWidget(source);
    }

    /**
     * "Example Group, Example House, Mill Road, Rochester, Kent ME2 4DU": the publisher's postal address in the footer,
     * capitalised parts between commas that close with a British postcode.
     */
    private static boolean isPostalAddress(SourceLine source) {
        String text = source.text();
        int length = text.length();
        // the postcode's inward part, a digit and two capitals, is the cheap test
        if (!source.hasDigit() || length < POSTCODE_INWARD_CHARS || !Character.isUpperCase(text.charAt(length - 1))
                || !Character.isDigit(text.charAt(length - POSTCODE_INWARD_CHARS))) {
            return false;
        }
        String[] parts = text.split(", ");
        return parts.length >= MIN_ADDRESS_PARTS && POSTCODE_TAIL.matcher(text).find()
                && Arrays.stream(parts).allMatch(Cues::allWordsCapitalised);
    }

    /**
     * "Example News encourages reader discussion on our stories ... Please review our Community Guidelines before
     * commenting.": the outlet's note over its comments, which speaks for it; a quoted spokesman's does not count.
     */
    private static boolean isCommentRules(SourceLine source) {
        return source.mayHold(WordCues.COMMENT_RULES) && WordCues.COMMENT_RULES.in(source)
                && WordCues.APPEAL_PERSONS.in(source) && !Cues.opensWithQuote(source.folded());
    }

    /**
     * "About Us | Contact Us | Terms Of Use | Privacy Policy", "Terms of use | Privacy | Contact": a row of the
     * footer's links, each a few words, half of them at least links of chrome.
     */
    private static boolean isLinkRow(SourceLine source) {
        String folded = source.folded();
        // "Help \u00b7 Terms of Service \u00b7 Privacy Policy": a middle dot may part the links as a bar does
        if (!source.hasSeparator() || folded.indexOf(LINK_BAR) < 0 && folded.indexOf(LINK_DOT) < 0) {
            return false;
        }
        String pattern = folded.indexOf(LINK_BAR) >= 0 ? LINK_BAR_PATTERN : LINK_DOT;
        String[] parts = folded.split(pattern);
        long chrome = Arrays.stream(parts).filter(part -> Cues.CHROME.contains(Cues.strip(part))).count();
        // "NEWS | SPORT | WHAT'S ON | BUSINESS | SUBSCRIBE", "News | Sport | Things to Do | Nostalgia": a menu's
        // labels, each in title case
        boolean menu = parts.length >= MIN_MENU_ROW_PARTS && Arrays.stream(source.text().split(pattern))
                .allMatch(part -> Headlines.isTitleCase(Cues.strip(part)));
        return parts.length >= MIN_LINK_ROW_PARTS && (2 * chrome >= parts.length || menu)
                && Arrays.stream(parts).allMatch(part -> Cues.wordCount(part) <= MAX_LINK_WORDS);
    }

    /** Whether a sentence ends before {@code end}: a stop after a word, not after an initial ("Jane C. Doe"). */
    private static boolean endsSentenceBefore(String folded, int end) {
        for (int stop = folded.indexOf(". "); stop > 1 && stop < end; stop = folded.indexOf(". ", stop + 1)) {
            if (Character.isLetter(folded.charAt(stop - 1)) && Character.isLetter(folded.charAt(stop - 2))) {
                return true;
            }
        }
        return false;
    }

    /** Where the text starts after a dash and a space that open the line, or 0. */
    private static int afterLeadingDash(String folded) {
        return folded.length() > 2 && LEADING_DASHES.indexOf(folded.charAt(0)) >= 0 && folded.charAt(1) == ' ' ? 2 : 0;
    }

    /** "Facebook Twitter Email Print Save": the share buttons copied onto one line. */
    private static boolean isShareBar(SourceLine source) {
        String folded = source.folded();
        if (source.wordCount() < 2 || source.wordCount() > MAX_SHARE_BAR_WORDS || !opensWithShareButton(folded)) {
            return false;
        }
        // "Facebook \u2022 Twitter \u2022 Email \u2022 Print": the buttons may be set off by dots or bars
        for (String word : Cues.tokens(folded, "")) {
            if (!SHARE_BUTTONS.contains(word) && !BUTTON_SEPARATORS.contains(word)) {
                return false;
            }
        }
        return true;
    }

    /** Read of every short line, so the first word is compared in place, not cut out. */
    private static boolean opensWithShareButton(String folded) {
        for (String button : SHARE_BUTTONS) {
            int end = button.length();
            if (folded.startsWith(button) && folded.length() > end && folded.charAt(end) == ' ') {
                return true;
            }
        }
        return false;
    }

    /**
     * A timestamp, but not a byline that carries one ("By Jane Doe | Mar. 21, 2025", "March 2, 2025 · By Jane Doe").
     */
    private static boolean isStamp(SourceLine source) {
        return Timestamps.isTimestamp(source) && Bylines.byLineNames(source).isEmpty()
                && Bylines.metaLineNames(source).isEmpty();
    }

    /** "Photo of Jane Doe", "Profile Image of Jane Doe": the label of the author's picture beside the byline. */
    private static boolean isAuthorPicture(SourceLine source) {
        if (source.wordCount() > MAX_AUTHOR_PICTURE_WORDS) {
            return false;
        }
        String folded = source.folded();
        for (String label : AUTHOR_PICTURE_LABELS) {
            if (folded.startsWith(label) && folded.length() > label.length()) {
                return Bylines.isPersonName(source.text().substring(label.length()));
            }
        }
        return false;
    }

    /** "Topics:", "Add a comment...": a widget's label without the colon or ellipsis a page may set after it. */
    static String withoutTrailingMark(String folded) {
        int end = folded.endsWith(":") || folded.endsWith("\u2026") ? folded.length() - 1
                : folded.endsWith(ELLIPSIS) ? folded.length() - ELLIPSIS.length() : folded.length();
        return end == folded.length() ? folded : Cues.strip(folded.substring(0, end));
    }

    /** "The Example - Back to home": the logo's link, the outlet's name and where the link goes. */
    private static boolean isLogoLink(String folded) {
        return folded.endsWith(LOGO_LINK_TAIL) && folded.length() > LOGO_LINK_TAIL.length();
    }

    /** "47°F", "-3°C", "Doha 24°C": the weather box of a page's header, with the city it is for. */
    private static boolean isTemperature(SourceLine source) {
        if (source.wordCount() > 1 && source.wordCount() <= MAX_WEATHER_WORDS && source.hasDigit()) {
            String text = source.text();
            int space = text.lastIndexOf(' ');
            String city = text.substring(0, space);
            return Cues.allWordsCapitalised(city) && !source.folded().startsWith(BY)
                    && isTemperature(SourceLine.of(source.start(), text.substring(space + 1)));
        }
        String folded = source.folded();
        if (source.wordCount() != 1 || !source.hasDigit() || folded.length() > MAX_COUNT_CHARS) {
            return false;
        }
        int degree = folded.indexOf('°');
        int unitEnd = degree + 1 < folded.length() && "fc".indexOf(folded.charAt(degree + 1)) >= 0 ? degree + 2
                : degree + 1;
        int digits = folded.startsWith("-") || folded.startsWith("−") ? 1 : 0;
        return degree > digits && unitEnd == folded.length() && Cues.isDigits(folded.substring(digits, degree));
    }

    /**
     * "Fajr 4:21 | Dhuhr 11:38 | Asr 3:04": a box of times, each part a label and a clock time, as prayer times,
     * tides or departures are set in a page's header.
     */
    private static boolean isTimetable(SourceLine source) {
        if (!source.hasDigit() || !source.hasSeparator() || source.wordCount() > MAX_TIMETABLE_WORDS) {
            return false;
        }
        String[] parts = Cues.SPACED_SEPARATORS.split(source.text());
        if (parts.length < MIN_TIMETABLE_PARTS) {
            return false;
        }
        for (String part : parts) {
            String stripped = Cues.strip(part);
            String time = stripped.substring(stripped.lastIndexOf(' ') + 1);
            if (time.indexOf(':') <= 0 || !Cues.isDigits(time.replace(":", ""))) {
                return false;
            }
        }
        return true;
    }

    /** A short line with a number: a gallery's position, a button's count or a comment's votes. */
    private static boolean isCounter(SourceLine source) {
        return source.hasDigit() && source.wordCount() <= MAX_COUNTER_WORDS + 2
                && (isVoteCount(source) || source.wordCount() <= MAX_COUNTER_WORDS
                && (isGalleryCounter(source) || isButtonCount(source) || isCommentsLink(source)
                || isAudioLength(source) || LinkLists.isListNumber(source.folded())));
    }

    /** "Estimated 5 minutes" under "Listen to this article": the length of the article read aloud. */
    private static boolean isAudioLength(SourceLine source) {
        List<String> parts = source.wordCount() == AUDIO_LENGTH_WORDS ? Cues.tokens(source.folded(), "") : List.of();
        return parts.size() == AUDIO_LENGTH_WORDS && parts.get(0).equals(ESTIMATED) && Cues.isDigits(parts.get(1))
                && COUNT_LABELS.contains(parts.get(2));
    }

    /** "View 18 Comments", "Read 42 comments": a link to the comments that counts them. */
    private static boolean isCommentsLink(SourceLine source) {
        List<String> tokens = source.wordCount() == 3 ? Cues.tokens(source.folded(), "") : List.of();
        return tokens.size() == 3 && COMMENT_VERBS.contains(tokens.get(0)) && Cues.isDigits(tokens.get(1))
                && COUNT_LABELS.contains(tokens.get(2));
    }

    /** "+3 ( +3 / -0 )": a comment's votes, signed counts and nothing else. */
    private static boolean isVoteCount(SourceLine source) {
        String text = source.text();
        if (text.charAt(0) != '+' && text.charAt(0) != '-') {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!(c >= '0' && c <= '9') && "+-/() ".indexOf(c) < 0) {
                return false;
            }
        }
        return true;
    }

    /** A gallery's position: "1 of 5", "Image 2 of 12", "3/10". */
    private static boolean isGalleryCounter(SourceLine source) {
        List<String> tokens = Cues.tokens(source.folded(), "");
        int i = tokens.size() == MAX_COUNTER_WORDS ? 1 : 0;
        boolean labelled = i == 0 || GALLERY_LABELS.contains(tokens.get(0));
        boolean ofForm = tokens.size() - i == 3 && Cues.isDigits(tokens.get(i)) && tokens.get(i + 1).equals("of")
                && Cues.isDigits(tokens.get(i + 2));
        int slash = tokens.get(i).indexOf('/');
        boolean slashForm = tokens.size() - i == 1 && slash > 0
                && Cues.isDigits(tokens.get(i).substring(0, slash))
                && Cues.isDigits(tokens.get(i).substring(slash + 1));
        return labelled && (ofForm || slashForm);
    }

    /**
     * What a button or player shows: a count or time alone ("37", "4:51", "1.0x"), "142 comments", "Comments
     * (14)" or "Advertisement 2".
     */
    private static boolean isButtonCount(SourceLine source) {
        String folded = source.folded();
        if (folded.length() > MAX_COUNT_CHARS) {
            return false;
        }
        if (!Character.isDigit(folded.charAt(0))) {
            // "Comments (0)", "Comments - 0": a label and its count; "Advertisement 2": a chrome element's slot
            List<String> parts = source.wordCount() <= MAX_LABELLED_COUNT_WORDS ? Cues.tokens(folded, "()-:|")
                    : List.of();
            return parts.size() == 2 && Cues.isDigits(parts.get(1))
                    && (COUNT_LABELS.contains(parts.get(0)) || Cues.CHROME.contains(parts.get(0)));
        }
        if (source.wordCount() > 2) {
            return false;
        }
        List<String> tokens = Cues.tokens(folded, "");
        String number = tokens.get(0);
        // a player's speed ("1.5x") and a count in thousands or millions ("1.2k") are the letters a count may carry
        int end = number.endsWith("x") || number.endsWith("k") || number.endsWith("m") ? number.length() - 1
                : number.length();
        // a list's number ("1.") ends with its full stop, a count or time does not
        boolean count = !number.endsWith(".");
        for (int i = 0; i < end && count; i++) {
            char c = number.charAt(i);
            count = c >= '0' && c <= '9' || c == ':' || c == '.';
        }
        return count && (tokens.size() == 1 || COUNT_LABELS.contains(tokens.get(1)));
    }


    /** "Example 24 with AFP", "with agencies": the outlet's note of the wires it used, closing the story. */
    private static boolean isAgencySignOff(SourceLine source) {
        // "By Jane Doe with AP" is a byline crediting the wire too
        if (source.wordCount() > MAX_SOURCE_NOTE_WORDS || source.folded().startsWith(BY)) {
            return false;
        }
        // the wires are the last word, "with" the one before it: both are found from the end without a search
        String folded = source.folded();
        int lastSpace = folded.lastIndexOf(' ');
        int with = lastSpace - (WITH.length() - 1);
        boolean afterWith = with >= 0 && folded.startsWith(WITH, with) && (with == 0 || folded.charAt(with - 1) == ' ');
        if (!afterWith) {
            return false;
        }
        String wires = Cues.stripPunctuation(folded.substring(lastSpace + 1));
        // "Jane Doe with AAP" is the byline of an author who drew on the wire
        return (wires.equals("agencies") || Cues.AGENCIES.contains(wires))
                && !Bylines.isPersonName(Cues.strip(source.text().substring(0, with)));
    }

    /**
     * "--IANS" after the story, "Mysuru, Nov 19 (IANS)" over it: a wire's sign-off in the typewriter's double hyphen,
     * or its dateline (places, a date and the wire in brackets) on a line of its own; neither credits a picture, but
     * "Kyiv, March 3 (File)" does.
     */
    private static boolean isWireMark(SourceLine source) {
        if (source.wordCount() > MAX_SOURCE_NOTE_WORDS) {
            return false;
        }
        String folded = source.folded();
        if (folded.startsWith(DOUBLE_HYPHEN)) {
            return isWire(Cues.strip(folded.substring(DOUBLE_HYPHEN.length())));
        }
        int open = folded.endsWith(")") && source.hasDigit() ? folded.lastIndexOf('(') : -1;
        int comma = folded.indexOf(", ");
        return open > 0 && comma > 0 && comma < open
                && isWire(Cues.strip(folded.substring(open + 1, folded.length() - 1)))
                && Cues.allWordsCapitalised(source.text().substring(0, open));
    }

    private static boolean isWire(String folded) {
        return Cues.AGENCIES.contains(folded) && !PICTURE_SOURCES.contains(folded);
    }

    /**
     * A web address on a line of its own ("https://p.example.com/p/4gX2k", "example.com.au/news/story/104732106",
     * "ExampleMarkets.com"), the page's short link or its site, or an email address ("jdoe@example.co.kr"), the
     * author's.
     */
    private static boolean isBareAddress(SourceLine source) {
        if (source.wordCount() != 1) {
            return isLabelledEmail(source);
        }
        String folded = source.folded();
        int slash = folded.indexOf('/');
        return folded.startsWith("http://") || folded.startsWith("https://") || folded.startsWith("www.")
                || slash > 0 && folded.lastIndexOf('.', slash) > 0 || Cues.isEmailAddress(folded)
                || Cues.isWebAddress(folded);
    }

    /** "Watch the report from Example Evening:": the label over a video or audio the page embeds. */
    private static boolean isEmbedLabel(SourceLine source) {
        String folded = source.folded();
        return source.wordCount() <= MAX_EMBED_LABEL_WORDS && folded.endsWith(":")
                && (folded.startsWith(WATCH) || folded.startsWith(LISTEN));
    }

    /**
     * "Email tips@example.com to point out mistakes ...", "Write to Jane Doe at jdoe@example.com", "Contact the
     * writers at jdoe@example.com": the outlet's call to write to it or its author, with the address.
     */
    private static boolean isEmailCall(String folded) {
        // "Jane Doe may be reached at jdoe@example.com."
        // "Jane Doe may be reached at ...", not a bio's second sentence ("Jane Doe covers ... She can be reached at")
        int reachedAt = folded.indexOf(BE_REACHED_AT);
        boolean reached = reachedAt >= 0 && !endsSentenceBefore(folded, reachedAt);
        // "Email Jane Doe at jdoe@example.com.", "Reach Jane Doe at ...", "You can reach Staff Writer Jane Doe at ..."
        boolean addressed = (folded.startsWith(EMAIL) || folded.startsWith(REACH) || folded.startsWith(YOU_CAN_REACH))
                && folded.indexOf(AT_ADDRESS) > 0 || folded.startsWith(TO_REACH);
        if (folded.startsWith(WRITE_TO) || folded.startsWith(CONTACT) || reached || addressed) {
            // "Contact Jane Doe: jdoe@example.com. Follow her on X @janedoe.": a follow call may come after it
            return folded.indexOf('@') > 0 && folded.length() <= MAX_EMAIL_CALL_CHARS;
        }
        int from = folded.startsWith(EMAIL) ? EMAIL.length() : folded.startsWith(E_MAIL) ? E_MAIL.length() : -1;
        int end = from < 0 ? -1 : folded.indexOf(' ', from);
        int at = from < 0 ? -1 : folded.indexOf('@', from);
        return at > from && (end < 0 || at < end);
    }

    /**
     * "Contact us: newsdesk@example.com", "Or by email: read@example.org", "Jane Doe: jdoe@example.org, @janedoe": a
     * label and the address it gives, with a social handle or none.
     */
    private static boolean isLabelledEmail(SourceLine source) {
        String folded = source.folded();
        int colon = source.wordCount() <= MAX_EMAIL_LABEL_WORDS ? folded.indexOf(": ") : -1;
        if (colon < 0) {
            return false;
        }
        // "Reporter: 541-555-0129, jdoe@example.com": a phone number may come with the address
        boolean email = false;
        for (String token : ADDRESS_SEPARATORS.split(folded.substring(colon + 2))) {
            if (token.indexOf('@') < 0 && !isPhoneNumber(token)) {
                return false;
            }
            email |= Cues.isEmailAddress(token);
        }
        return email;
    }

    /** Whether the text ends with a full stop after a word of three letters or more in lower case ("people."). */
    private static boolean endsWithWordAndStop(String text) {
        int end = text.length() - 1;
        if (end < MIN_STOPPED_WORD || text.charAt(end) != '.') {
            return false;
        }
        for (int i = end - MIN_STOPPED_WORD; i < end; i++) {
            if (!Character.isLowerCase(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** "541-555-0129", "(541)555-0129": digits set off by hyphens, brackets or dots, as a phone number is written. */
    private static boolean isPhoneNumber(String token) {
        int digits = 0;
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            if (Character.isDigit(c)) {
                digits++;
            } else if ("-().".indexOf(c) < 0) {
                return false;
            }
        }
        return digits >= MIN_PHONE_DIGITS;
    }

    /**
     * "Staff Writer Jane Doe is at 814-555-0130.": where to call the author, in a line of its own at the story's end.
     */
    private static boolean isPhoneCall(SourceLine source) {
        if (!source.hasDigit() || source.wordCount() > MAX_PHONE_CALL_WORDS) {
            return false;
        }
        String folded = source.folded();
        int at = folded.lastIndexOf(IS_AT);
        if (at <= 0) {
            return false;
        }
        String number = Cues.strip(folded.substring(at + IS_AT.length()));
        // the author's name and role in capitals, which "The hotline is at ..." in the text does not have
        return isPhoneNumber(number.endsWith(".") ? number.substring(0, number.length() - 1) : number)
                && Cues.allWordsCapitalised(source.text().substring(0, at));
    }

    /**
     * "Mount Vernon, WA (98273)" / "Showers early. High 51F.": a weather widget's place, with its ZIP code, and its
     * forecast over a US local page.
     */
    private static boolean isWeatherWidget(SourceLine source) {
        // the closing bracket and the Fahrenheit's letter rule out most lines before a pattern is run
        String text = source.text();
        return source.hasDigit() && source.wordCount() <= MAX_FORECAST_WORDS
                && (text.endsWith(")") && PLACE_WITH_ZIP.matcher(text).matches()
                || text.indexOf("F.") > 0 && FORECAST.matcher(text).find());
    }

    /**
     * "$1 per week for 24 weeks*", "$4.50 per week*", "*Billed as $19 plus GST every four weeks.": a paywall's
     * offers, a price per period with the asterisk of its small print, or the small print itself.
     */
    private static boolean isPriceOffer(SourceLine source) {
        String text = source.text();
        boolean starred = text.endsWith("*") || text.startsWith("*");
        return starred && source.hasDigit() && source.wordCount() <= MAX_OFFER_WORDS
                && (source.folded().contains(PER_PERIOD) || source.folded().startsWith(BILLED_AS));
    }

    /**
     * "801 Bluff St.", "2301 N. Main St., Roswell, NM 88201": a street address in the footer, the house number first
     * and the street's type word last, maybe with the town, state and ZIP code after commas.
     */
    private static boolean isStreetAddress(SourceLine source) {
        String text = source.text();
        return Character.isDigit(text.charAt(0)) && source.wordCount() <= MAX_STREET_ADDRESS_WORDS
                && STREET_ADDRESS.matcher(text).matches();
    }

    private static PageLine withNames(PageLine line, List<String> names) {
        line.names = List.copyOf(names);
        return line;
    }
}
