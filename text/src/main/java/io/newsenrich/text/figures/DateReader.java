package io.newsenrich.text.figures;

import io.newsenrich.model.DateMention;

/**
 * Reads years and calendar dates, which are points in time and never figures: "in 2022", "2022's", "the 1990s",
 * "21 August 2025", "21st of August", "August 21, 2025", "Aug. 21", "August 2025", "2025-08-21".
 *
 * <p>Values follow ISO 8601 with missing parts left out: "2025-08-21", "2025-08", "--08-21", "2022", and a decade as
 * its three leading digits ("1990s" -> "199"). A four-digit number from 1000 to 2100 is a year ("2005 sales", "the
 * 1979 series") unless a unit follows ("1500 metres"), a qualifier precedes ("about 2000"), it counts people
 * ("2000 people") or, before 1900, a word other than a stop word puts it before a plural ("funds 1400 nurses"). A month name only counts when written with a
 * capital and next to a day or year, so the verb "may" never becomes a date. A year range ("2019-20") yields its
 * first year.
 */
final class DateReader {

    private static final int FIRST_YEAR = 1000;
    private static final int LAST_YEAR = 2100;
    /** The first of the years that news copy names often enough to read before a plural noun ("2019 levels"). */
    private static final int FIRST_MODERN_YEAR = 1900;
    /** "1200 public service jobs": the most words between a count written without a comma and its plural. */
    private static final int MAX_PLURAL_MODIFIERS = 2;

    private final Tokens tokens;
    private final Qualifiers qualifiers;
    /** Token after the date, after a successful read. */
    int next;
    DateMention date;

    DateReader(Tokens tokens) {
        this.tokens = tokens;
        this.qualifiers = new Qualifiers(tokens);
    }

    /** Tries to read a date starting at token {@code t}, within the sentence ending before token {@code end}. */
    boolean read(int t, int end) {
        if (tokens.isWord(t)) {
            return monthFirst(t, end);
        }
        if (!tokens.isNum(t)) {
            return false;
        }
        return isoDate(t, end) || dayFirst(t, end) || year(t, end);
    }

    private boolean isoDate(int t, int end) {
        if (t + 4 < end && digits(t) == 4 && tokens.isSymbol(t + 1, '-') && tokens.glued(t + 1)
                && tokens.glued(t + 2) && digits(t + 2) == 2 && tokens.isSymbol(t + 3, '-') && tokens.glued(t + 3)
                && tokens.glued(t + 4) && digits(t + 4) == 2) {
            int month = intValue(t + 2);
            int day = intValue(t + 4);
            if (month >= 1 && month <= 12 && day >= 1 && day <= 31) {
                return found(t, t + 5, tokens.text(t, t + 5));
            }
        }
        return false;
    }

    /** "21 August", "21st of August 2025", "21 Aug. 2025". */
    private boolean dayFirst(int t, int end) {
        int day = dayAt(t);
        if (day == 0) {
            return false;
        }
        int k = t + 1;
        if (tokens.glued(k) && tokens.is(k, Lexicon.ORDINAL_SUFFIX)) {
            k++;
        }
        if (tokens.isWord(k, Words.OF) && month(k + 1) > 0) {
            k++;
        }
        int month = month(k);
        if (month == 0 || k >= end) {
            return false;
        }
        k = afterMonth(k);
        int year = k < end ? yearAt(k) : 0;
        if (year > 0) {
            return found(t, k + 1, isoDate(year, month, day));
        }
        return found(t, k, isoDate(0, month, day));
    }

    /** "August 21", "August 21, 2025", "Aug. 21st", "August 2025". */
    private boolean monthFirst(int t, int end) {
        int month = month(t);
        if (month == 0) {
            return false;
        }
        int k = afterMonth(t);
        if (k >= end) {
            return false;
        }
        int year = yearAt(k);
        if (year > 0) {
            return found(t, k + 1, isoDate(year, month, 0));
        }
        int day = dayAt(k);
        if (day == 0) {
            return false;
        }
        k++;
        if (tokens.glued(k) && tokens.is(k, Lexicon.ORDINAL_SUFFIX)) {
            k++;
        }
        int dayEnd = k;
        if (tokens.isSymbol(k, ',')) {
            k++;
        }
        year = k < end ? yearAt(k) : 0;
        if (year > 0) {
            return found(t, k + 1, isoDate(year, month, day));
        }
        return found(t, dayEnd, isoDate(0, month, day));
    }

    /** A year standing as a point in time: "in 2022", "2022's", "the 1990s", "the 2025-26 budget". */
    private boolean year(int t, int end) {
        int year = yearAt(t);
        if (year == 0) {
            return false;
        }
        if (isSeasonSpan(t)) {
            return found(t, t + 3, tokens.text(t));
        }
        int k = t + 1;
        if (tokens.glued(k) && tokens.isWord(k) && tokens.length(k) == 1
                && Character.toLowerCase(tokens.first(k)) == 's'
                && year % 10 == 0) {
            return found(t, k + 1, tokens.text(t).substring(0, 3));
        }
        if (tokens.glued(k) && (tokens.isWord(k) || tokens.isSymbol(k, '%'))) {
            return false;
        }
        if (k < end && isUnit(k) && !isSingularTime(k)) {
            return false;
        }
        if (year < FIRST_MODERN_YEAR && countsPlural(t, k, end)) {
            return false;
        }
        qualifiers.find(t, 0);
        if (qualifiers.qualifier != null
                || tokens.is(k, Lexicon.PERSON | Lexicon.IRREGULAR_PLURAL) && !tokens.capitalized(k)) {
            return false;
        }
        return found(t, t + 1, tokens.text(t));
    }

    /**
     * "funds 1400 nurses", "hire 1600 more teachers", "handed out 1200 bottles", "and 1200 public service jobs":
     * before the years news mostly names, a number that a verb, other content word or a joining word (no "in", "the",
     * "since") puts before a plural noun in lower case counts it, as Australian copy writes counts without a comma.
     * "between 1500 and 1800 applications": the first of a pair counts what the second does.
     */
    private boolean countsPlural(int t, int k, int end) {
        // "handed out 1200 bottles": a verb's particle stands for the verb
        boolean lead = tokens.isWord(t - 1) && (!tokens.is(t - 1, Lexicon.STOP) || tokens.isWord(t - 1, Words.OUT)
                || tokens.isWord(t - 1, Words.UP) || Lexicon.COUNT_LEADS.contains(tokens.id(t - 1)));
        if (t == 0 || !lead) {
            return false;
        }
        int noun = k;
        if ((tokens.isWord(k, Words.AND) || tokens.isWord(k, Words.TO) || tokens.isWord(k, Words.OR))
                && yearAt(k + 1) > 0 && yearAt(k + 1) < FIRST_MODERN_YEAR) {
            noun = k + 2;
        }
        if (tokens.isWord(noun, Words.MORE) || tokens.isWord(noun, Words.FEWER)) {
            noun++;
        }
        // "1200 public service jobs": a few words in lower case may stand between the number and its plural
        for (int last = Math.min(end, noun + MAX_PLURAL_MODIFIERS + 1); noun < last; noun++) {
            if (!tokens.isWord(noun) || tokens.capitalized(noun)) {
                return false;
            }
            if (CountedNoun.looksPlural(tokens, noun)) {
                return true;
            }
            if (tokens.is(noun, Lexicon.STOP)) {
                return false;
            }
        }
        return false;
    }

    /** "the 2005 year", "its 2004 season": a singular time word cannot follow an amount of thousands. */
    private boolean isSingularTime(int k) {
        return tokens.is(k, Lexicon.DURATION) && !CountedNoun.looksPlural(tokens, k);
    }

    /** A unit after a four-digit number makes it an amount whatever stands before: "the 1500 metres". */
    private boolean isUnit(int k) {
        return tokens.is(k, Lexicon.DURATION | Lexicon.DISTANCE | Lexicon.MEASURE | Lexicon.PERCENT | Lexicon.CURRENCY
                | Lexicon.SCALE | Lexicon.CASUALTY) || tokens.isSymbol(k, '%');
    }

    /** The token after a month name, past the full stop of an abbreviation followed by a number ("Aug. 21"). */
    private int afterMonth(int k) {
        boolean abbreviated = tokens.length(k) <= 4 && tokens.isSymbol(k + 1, '.') && tokens.glued(k + 1)
                && tokens.isNum(k + 2);
        return abbreviated ? k + 2 : k + 1;
    }

    private int month(int t) {
        return tokens.is(t, Lexicon.MONTH) && tokens.capitalized(t) ? (int) Lexicon.value(tokens.id(t)) : 0;
    }

    private int dayAt(int t) {
        if (!tokens.isNum(t) || digits(t) > 2) {
            return 0;
        }
        int day = intValue(t);
        return day >= 1 && day <= 31 ? day : 0;
    }

    private int yearAt(int t) {
        if (!tokens.isNum(t) || digits(t) != 4) {
            return 0;
        }
        int year = intValue(t);
        return year >= FIRST_YEAR && year <= LAST_YEAR ? year : 0;
    }

    /**
     * "2025-26", "the 2024–25 season": a fiscal or school year or a season, written with the last two digits of
     * the year it ends in. No range of amounts runs down from 2025 to 26, whatever noun follows ("2025-26 totals").
     */
    boolean isSeasonSpan(int t) {
        int year = yearAt(t);
        return year > 0 && tokens.isAnySymbol(t + 1, "-\u2013") && tokens.glued(t + 1) && tokens.glued(t + 2)
                && tokens.isNum(t + 2) && digits(t + 2) == 2 && intValue(t + 2) == (year + 1) % 100;
    }

    /** The number of characters of a plain digit token, or -1 when it has separators or a decimal part. */
    private int digits(int t) {
        char[] text = tokens.source();
        for (int i = tokens.start(t); i < tokens.end(t); i++) {
            if (text[i] < '0' || text[i] > '9') {
                return -1;
            }
        }
        return tokens.length(t);
    }

    private int intValue(int t) {
        char[] text = tokens.source();
        int value = 0;
        for (int i = tokens.start(t); i < tokens.end(t); i++) {
            value = value * 10 + text[i] - '0';
        }
        return value;
    }


    /** "2025-08-21", "2025-08" without a day, "--08-21" without a year; by hand, as String.format is slow. */
    private static String isoDate(int year, int month, int day) {
        StringBuilder iso = new StringBuilder(10);
        if (year > 0) {
            iso.append(year);
        } else {
            iso.append('-');
        }
        iso.append('-');
        appendTwoDigits(iso, month);
        if (day > 0) {
            iso.append('-');
            appendTwoDigits(iso, day);
        }
        return iso.toString();
    }

    private static void appendTwoDigits(StringBuilder iso, int value) {
        iso.append((char) ('0' + value / 10)).append((char) ('0' + value % 10));
    }

    private boolean found(int from, int to, String value) {
        date = new DateMention(tokens.text(from, to), value, tokens.start(from), tokens.end(to - 1));
        next = to;
        return true;
    }
}
