package io.newsenrich.text.sections;

import java.util.Set;

/**
 * Recognises the timestamp and reading-time lines of copied pages ("Thu 21 Aug 2025 18.06 BST", "2 hours ago",
 * "3 minute read"). A bare date ("Friday, 25 February") is left alone: plain-text articles use it as a line of text.
 */
final class Timestamps {

    /** "PUBLISHED: March 12, 2025 at 4:18 PM PDT | UPDATED: March 12, 2025 at 7:02 PM PDT". */
    private static final int MAX_WORDS = 20;
    /** "Energy & Environment": a section's name after a timestamp. */
    private static final int MAX_SECTION_WORDS = 4;
    /** The bar or dot between a date and its section: "13 November 2025 | Environment". */
    private static final String SECTION_SEPARATORS = "|\u00b7\u2022";
    private static final int MAX_DATE_WORDS = 5;
    private static final Set<String> MERIDIEMS = Set.of("am", "pm", "a.m", "p.m");
    /** "10:48 a.m.": a clock time and its half of the day. */
    private static final int MAX_ENTRY_TIME_WORDS = 2;
    private static final int YEAR_DIGITS = 4;
    /** "31.12.": two digits, a full stop, two digits and a full stop. */
    private static final int DAY_MONTH_CHARS = 6;
    private static final Set<String> CALENDAR = Set.of("jan", "january", "feb", "february", "mar", "march", "apr",
            "april", "may", "jun", "june", "jul", "july", "aug", "august", "sep", "sept", "september", "oct",
            "october", "nov", "november", "dec", "december", "mon", "monday", "tue", "tues", "tuesday", "wed",
            "wednesday", "thu", "thur", "thurs", "thursday", "fri", "friday", "sat", "saturday", "sun", "sunday",
            "today", "yesterday");
    private static final Set<String> CLOCK_WORDS = Set.of("am", "pm", "a.m", "p.m", "bst", "gmt", "utc", "cet",
            "cest", "et", "edt", "est", "pt", "pdt", "pst", "ct", "cdt", "mt", "ist", "aest", "msk", "eet", "eest",
            "idt", "jst", "kst", "hkt", "sgt", "pkt", "gst", "ast", "adt", "aedt", "acst", "awst", "nzst", "nzdt",
            "wat", "cat", "eat", "sast", "wib", "ict", "brt", "art", "mdt", "mst", "akst", "hst", "uhr", "pht", "myt",
            "wita", "wit", "cst", "akdt", "hdt", "nst", "ndt", "npt", "mmt", "bdt");
    private static final Set<String> FILLERS = Set.of("published", "updated", "last", "first", "posted", "on", "at",
            "modified", "-", "|", "/", "·", "•", "min", "mins", "minute", "minutes", "hour", "hours", "day", "days",
            "second", "seconds", "read", "ago", "week", "weeks", "uk", "listen", "hr", "hrs", "to", "reading", "time",
            "duration", "comments", "comment", "page", "as", "of", "views");

    private static final Set<String> WEEKDAYS = Set.of("mon", "monday", "tue", "tues", "tuesday", "wed", "wednesday",
            "thu", "thur", "thurs", "thursday", "fri", "friday", "sat", "saturday", "sun", "sunday");

    /** "In December 2017:", "Since May 2024": a preposition before a date opens a line of text, not a label. */
    private static final Set<String> DATE_PREPOSITIONS = Set.of("in", "since", "from", "until", "till", "before",
            "after", "during", "by", "as", "of", "for", "through", "between", "to");

    private Timestamps() {
    }

    /** Whether a folded word names a month or a weekday ("feb", "monday"). */
    static boolean isCalendarWord(String folded) {
        return CALENDAR.contains(folded);
    }

    /** Whether the line is a date and nothing else ("March 29, 2025", "12 Jan 2025", "Friday, 25 February"). */
    static boolean isBareDate(SourceLine line) {
        if (line.wordCount() > MAX_DATE_WORDS || !line.hasDigit()) {
            return false;
        }
        boolean calendar = false;
        for (String token : Cues.tokens(line.folded(), ",")) {
            String bare = Cues.stripPunctuation(token);
            if (CALENDAR.contains(bare)) {
                calendar = true;
            } else if (bare.isEmpty() || !Cues.isDigits(withoutOrdinalSuffix(bare))) {
                return false;
            }
        }
        return calendar;
    }

    /** "2nd" -> "2": the day of a date written as an ordinal ("Sunday, November 2nd, 2025"). */
    private static String withoutOrdinalSuffix(String bare) {
        boolean suffix = bare.length() > 2 && (bare.endsWith("st") || bare.endsWith("nd") || bare.endsWith("rd")
                || bare.endsWith("th"));
        return suffix ? bare.substring(0, bare.length() - 2) : bare;
    }

    /** A bare date that names its year: "Jun 12, 2025", "Thu 12 Jun 2025". */
    static boolean isBareDatedYear(SourceLine line) {
        return isBareDate(line) && holdsYear(line.folded());
    }

    static boolean isTimestamp(SourceLine line) {
        // every timestamp holds a number, and the digit test is far cheaper than cutting the line into tokens
        if (line.wordCount() > MAX_WORDS || !line.hasDigit()) {
            return false;
        }
        if (isDateOverSection(line) || isDateWithSource(line) || isSourceWithDate(line) || isLabelOfDate(line)
                || isPlaceWithDate(line) || isStampWithOutlet(line) || isStampWithChrome(line)) {
            return true;
        }
        boolean calendar = false;
        boolean clock = false;
        boolean elapsed = false;
        boolean digit = false;
        boolean labelled = false;
        boolean afterLabel = false;
        boolean year = false;
        boolean timeOfDay = false;
        boolean updated = false;
        // the tokens are cut one at a time, as most lines fail at their first word
        String folded = line.folded();
        int end = 0;
        while (true) {
            int start = end;
            while (start < folded.length() && isCut(folded.charAt(start))) {
                start++;
            }
            if (start == folded.length()) {
                break;
            }
            end = start;
            while (end < folded.length() && !isCut(folded.charAt(end))) {
                end++;
            }
            String token = folded.substring(start, end);
            String bare = Cues.stripPunctuation(token);
            if (bare.isEmpty() || FILLERS.contains(token) || FILLERS.contains(bare)) {
                // "4 min" under a listen button: the abbreviation is furniture's, prose writes "minutes"
                // "Sat, Mar 15, 2025 page 3": the print edition's page dates a page as a clock does
                elapsed |= bare.equals("ago") || bare.equals("read") || bare.equals("min") || bare.equals("mins")
                        || bare.equals("listen") || bare.equals("duration") || bare.equals("page");
                // "Jan 8, 2025 Updated Jan 8, 2025": the second of two dates labelled as the page's update
                updated |= start > 0 && bare.equals("updated");
                continue;
            }
            // "November 18th, 2025": a day written as an ordinal is a date's number
            String day = withoutOrdinalSuffix(bare);
            boolean number = !day.isEmpty() && day.chars()
                    .allMatch(c -> Character.isDigit(c) || c == ':' || c == '.' || c == '/');
            if (afterLabel) {
                // a label is followed by the date at once, or this is a line of text
                afterLabel = false;
                if (!number && !CALENDAR.contains(bare)) {
                    return false;
                }
            }
            if (number) {
                digit = true;
                year |= bare.length() == YEAR_DIGITS && Cues.isDigits(bare);
                clock |= bare.indexOf(':') > 0 || bare.indexOf('.') > 0;
                // "09/14/2025", "11.09.2025", "12-03-2025": a date written in numbers names the day as a month's name
                // does
                calendar |= bare.indexOf('/') != bare.lastIndexOf('/') || bare.indexOf('.') != bare.lastIndexOf('.')
                        || isHyphenedDate(folded, start) || isDayMonth(token);
            } else if (CALENDAR.contains(bare)) {
                calendar = true;
            } else if (CLOCK_WORDS.contains(bare) || bare.startsWith("gmt+") || bare.startsWith("utc+")) {
                clock = true;
                timeOfDay |= MERIDIEMS.contains(bare);
            } else if (isClockWithSuffix(bare)) {
                // "5:48pm" alone: a live page's entry time, as "7:10 p.m." is
                clock = true;
                digit = true;
                timeOfDay = true;
            } else if (isGluedPair(bare) || isGluedYear(bare) || isIsoTime(bare)) {
                clock = true;
            } else if (start == 0 && line.wordCount() > 1 && !DATE_PREPOSITIONS.contains(bare)
                    && !folded.endsWith(":")) {
                // "Health Nov 5, 2025 5:32 PM EST": the section's label before its story's timestamp
                labelled = true;
                afterLabel = true;
            } else {
                return false;
            }
        }
        // "21-Aug-2025", "09/14/2025": a date written as one word is a page's, prose spaces its dates
        // a label over a date is a dateline's place or a section's name when the date is a full one
        // "7:10 p.m." alone: a live page's entry time ("19:21)." alone is a split verse reference)
        boolean entryTime = timeOfDay && line.wordCount() <= MAX_ENTRY_TIME_WORDS;
        return digit && (labelled ? calendar && (clock || year)
                : elapsed || entryTime || calendar && (clock || updated && year || line.wordCount() == 1));
    }

    /**
     * "Mar 12, 2025 - Energy & Environment", "13 November 2025 | Environment": a timestamp, then the section the story
     * stands in.
     */
    private static boolean isDateOverSection(SourceLine line) {
        String text = line.text();
        int dash = text.indexOf(" - ");
        for (int i = 0; dash <= 0 && line.hasSeparator() && i < SECTION_SEPARATORS.length(); i++) {
            dash = text.indexOf(SECTION_SEPARATORS.charAt(i));
            // spaced on both sides, as " - " is: "2025 | Environment", not a bar that ends the line
            boolean spaced = dash > 0 && dash + 1 < text.length() && text.charAt(dash - 1) == ' '
                    && text.charAt(dash + 1) == ' ';
            dash = spaced ? dash - 1 : -1;
        }
        if (dash <= 0) {
            return false;
        }
        String section = text.substring(dash + " - ".length());
        // "Thursday, 28 August 2025 | 4 Rabi al Awwal 1447": or the date in another calendar
        boolean otherDate = Cues.wordCount(section) <= MAX_DATE_WORDS && holdsYear(section);
        if (Cues.wordCount(section) > MAX_SECTION_WORDS && !otherDate || Cues.endsSentence(section)) {
            return false;
        }
        SourceLine date = SourceLine.of(line.start(), text.substring(0, dash));
        return isBareDate(date) || isTimestamp(date);
    }

    /** Whether a token of the text is four digits, a year in any calendar ("1447"). */
    private static boolean holdsYear(String text) {
        for (String token : Cues.tokens(text, ",")) {
            String bare = Cues.stripPunctuation(token);
            if (bare.length() == YEAR_DIGITS && Cues.isDigits(bare)) {
                return true;
            }
        }
        return false;
    }

    /**
     * "Business News of Thursday, 28 August 2025": a section's label over the day's date, the weekday first, which a
     * title about a day in history does not name.
     */
    private static boolean isLabelOfDate(SourceLine line) {
        if (line.wordCount() > MAX_SECTION_WORDS + MAX_DATE_WORDS + 1) {
            return false;
        }
        String folded = line.folded();
        int of = folded.lastIndexOf(" of ");
        if (of <= 0) {
            return false;
        }
        String label = line.text().substring(0, of);
        String date = line.text().substring(of + " of ".length());
        String weekday = Cues.stripPunctuation(Cues.fold(date.substring(0, Math.max(0, date.indexOf(' ')))));
        return WEEKDAYS.contains(weekday) && Cues.wordCount(label) <= MAX_SECTION_WORDS && Headlines.isTitleCase(label)
                && isBareDatedYear(SourceLine.of(line.start() + of, date));
    }

    /** "Adré, Chad, 12 March 2025": the place a story was filed from, in capitalised words, and the day's date. */
    private static boolean isPlaceWithDate(SourceLine line) {
        if (line.wordCount() > MAX_SECTION_WORDS + MAX_DATE_WORDS) {
            return false;
        }
        String text = line.text();
        for (int comma = text.indexOf(", "); comma > 0; comma = text.indexOf(", ", comma + 1)) {
            String place = text.substring(0, comma);
            if (!Headlines.isTitleCase(place) || Cues.wordCount(place) > MAX_SECTION_WORDS) {
                return false;
            }
            if (isBareDatedYear(SourceLine.of(line.start() + comma + 2, text.substring(comma + 2)))) {
                return true;
            }
        }
        return false;
    }

    /** "Sunday March 10 2024, 12.01am, The Sunday Times": a timestamp, a comma and the outlet it ran in. */
    private static boolean isStampWithOutlet(SourceLine line) {
        String text = line.text();
        int comma = text.lastIndexOf(", ");
        // the outlet's name opens with a capital: most lines with a comma fail here, before any text is cut
        if (comma <= 0 || comma + 2 >= text.length() || !Character.isUpperCase(text.charAt(comma + 2))) {
            return false;
        }
        String source = text.substring(comma + 2);
        if (Cues.wordCount(source) > MAX_SECTION_WORDS || !Headlines.isTitleCase(source) || Bylines.isPersonName(source)
                || holdsYear(source)) {
            return false;
        }
        return isTimestamp(SourceLine.of(line.start(), text.substring(0, comma)));
    }

    /**
     * "Feb 11, 2024 • 2 minute read • Join the conversation": a timestamp, a dot or bar, and a button of the page
     * the copy kept on the same line.
     */
    private static boolean isStampWithChrome(SourceLine line) {
        int separator = lastSpacedSeparator(line);
        String text = line.text();
        return separator > 0 && Cues.CHROME.contains(Cues.fold(Cues.strip(text.substring(separator + 3))))
                && isTimestamp(SourceLine.of(line.start(), Cues.strip(text.substring(0, separator))));
    }

    /** "Staff Writer", "Example Daily": no byline's label or name, which would make the line a byline. */
    private static boolean isRoleOrOutlet(String source) {
        String folded = Cues.fold(source);
        return folded.indexOf(':') < 0 && !folded.startsWith("by ") && !folded.contains(" by ");
    }

    /** Where the line's last spaced dot or bar (" \u2022 ", " \u00b7 ", " | ") stands, or -1. */
    private static int lastSpacedSeparator(SourceLine line) {
        if (!line.hasSeparator()) {
            return -1;
        }
        String text = line.text();
        return Math.max(Math.max(text.lastIndexOf(" \u2022 "), text.lastIndexOf(" \u00b7 ")), text.lastIndexOf(" | "));
    }

    /** "March 14, 2025 (Mainichi Japan)": a dated year, then the outlet or edition it ran in, in brackets. */
    private static boolean isDateWithSource(SourceLine line) {
        String text = line.text();
        int open = text.lastIndexOf(" (");
        if (open <= 0 || !text.endsWith(")")) {
            return false;
        }
        String source = text.substring(open + 2, text.length() - 1);
        if (source.isEmpty() || Cues.wordCount(source) > MAX_SECTION_WORDS || !Character.isUpperCase(source.charAt(0))) {
            return false;
        }
        return isBareDatedYear(SourceLine.of(line.start(), text.substring(0, open)));
    }

    /**
     * "Example News • March 6, 2025": the outlet's name, a dot or bar, and the date the story ran; an author's name
     * there makes the line a byline ("Jane Doe | March 14, 2025").
     */
    private static boolean isSourceWithDate(SourceLine line) {
        int separator = lastSpacedSeparator(line);
        if (separator <= 0) {
            return false;
        }
        String text = line.text();
        String source = text.substring(0, separator);
        SourceLine date = SourceLine.of(line.start(), Cues.strip(text.substring(separator + 3)));
        // "Staff Writer | March 12, 2025 1:09 AM": a role or an outlet, then the stamp with its time
        return Cues.wordCount(source) <= MAX_SECTION_WORDS && Character.isUpperCase(source.charAt(0))
                && Headlines.isTitleCase(source) && !Bylines.isPersonName(source)
                && (isBareDatedYear(date) || date.hasDigit() && isRoleOrOutlet(source) && isTimestamp(date));
    }

    /**
     * A zone glued to the label after it, as copies of pages that set them in separate boxes give them
     * ("GMTUpdated").
     */
    private static boolean isGluedPair(String bare) {
        for (String zone : CLOCK_WORDS) {
            if (bare.length() > zone.length() && bare.startsWith(zone)
                    && FILLERS.contains(bare.substring(zone.length()))) {
                return true;
            }
        }
        return false;
    }

    /** "2025Updated": a year glued to the label after it, as copies of pages that set them in separate boxes give. */
    private static boolean isGluedYear(String bare) {
        return bare.length() > YEAR_DIGITS && Cues.isDigits(bare.substring(0, YEAR_DIGITS))
                && FILLERS.contains(bare.substring(YEAR_DIGITS));
    }

    /**
     * "12-03-2025", "2024-03-12": a day, a month and a year joined by hyphens, which cut them into three tokens, the
     * year last or (in the ISO order) first.
     */
    private static boolean isHyphenedDate(String folded, int start) {
        int first = digitsEnd(folded, start);
        boolean yearFirst = first - start == YEAR_DIGITS;
        int second = yearFirst || first - start >= 1 && first - start <= 2 ? partAfterHyphen(folded, first) : -1;
        int secondLength = second - first - 1;
        int third = second >= 0 && secondLength >= 1 && secondLength <= 2 ? partAfterHyphen(folded, second) : -1;
        int thirdLength = third - second - 1;
        boolean shape = yearFirst ? thirdLength >= 1 && thirdLength <= 2 : thirdLength == YEAR_DIGITS;
        // "2025-03-04T00:03:11+00:00": the ISO order may go on with the time
        boolean end = third == folded.length()
                || third >= 0 && (isCut(folded.charAt(third)) || yearFirst && folded.charAt(third) == 't');
        return third >= 0 && shape && end;
    }

    /** "04t00:03:11+00:00": the day of an ISO date, its time and the time's offset from UTC, as one token. */
    private static boolean isIsoTime(String bare) {
        int t = bare.indexOf('t');
        return t > 0 && t <= 2 && t + 1 < bare.length() && Character.isDigit(bare.charAt(0))
                && Cues.isDigits(bare.substring(0, t))
                && bare.substring(t + 1).chars().allMatch(c -> Character.isDigit(c) || c == ':' || c == '+' || c == 'z')
                && bare.indexOf(':', t) > t;
    }

    /** The end of the digits after the hyphen at {@code hyphen}, or -1 when no hyphen stands there. */
    private static int partAfterHyphen(String folded, int hyphen) {
        return hyphen < folded.length() && folded.charAt(hyphen) == '-' ? digitsEnd(folded, hyphen + 1) : -1;
    }

    private static int digitsEnd(String folded, int from) {
        int end = from;
        while (end < folded.length() && Character.isDigit(folded.charAt(end))) {
            end++;
        }
        return end;
    }

    /** "14.3.": a day and a month with their full stops, as Finnish and German pages date a story. */
    private static boolean isDayMonth(String token) {
        int dot = token.indexOf('.');
        return token.length() <= DAY_MONTH_CHARS && token.endsWith(".") && dot > 0 && dot < token.length() - 2
                && token.indexOf('.', dot + 1) == token.length() - 1
                && Cues.isDigits(token.substring(0, dot)) && Cues.isDigits(token.substring(dot + 1, token.length() - 1));
    }

    /** "6:02pm", "10.45am": a time with its half of the day glued on. */
    private static boolean isClockWithSuffix(String bare) {
        if (bare.length() < 4 || !(bare.endsWith("am") || bare.endsWith("pm"))) {
            return false;
        }
        String time = bare.substring(0, bare.length() - 2);
        return Character.isDigit(time.charAt(0))
                && time.chars().allMatch(c -> Character.isDigit(c) || c == ':' || c == '.');
    }

    /**
     * White space, commas, hyphens ("4-Minute Listen", "5-min read") and brackets ("6:00 am(Updated 9:47 am)") cut a
     * timestamp's tokens.
     */
    private static boolean isCut(char c) {
        return LineScanner.isSpace(c) || c == ',' || c == '-' || c == '(' || c == ')';
    }
}
