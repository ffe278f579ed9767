package io.newsenrich.text.figures;

import java.util.Arrays;

/**
 * The tokens of one text range, kept in parallel primitive arrays that are reused from range to range.
 *
 * <p>Three kinds: {@link #NUM} (digits with thousands separators and a decimal part, "1,200", "3.5"), {@link #WORD}
 * (a run of letters) and {@link #SYMBOL} (any other single visible character). Each token records whether white
 * space precedes it, which is how "S-300", "5m" and "twenty-two" are told from "5 m" or "two - three". Words are
 * looked up in the {@link Lexicon} on first use. One instance per thread; not thread-safe.
 */
final class Tokens {

    static final byte NUM = 1;
    static final byte WORD = 2;
    static final byte SYMBOL = 3;
    private static final int UNRESOLVED = -2;
    private static final int TYPE_BITS = 3;
    /** White space precedes the token. */
    private static final int SPACED = 4;
    /** The word may start a number or date. */
    private static final int TRIGGER = 8;
    /** The token may start a figure or date; see {@link #mayStart}. */
    private static final int START = 16;
    /** Words longer than this are in no lexicon class, so they are never looked up. */
    private static final int MAX_LOOKUP = 16;
    /** The digits before the first separator of a grouped number ("1 283", "12.000"). */
    static final int MAX_LEADING_DIGITS = 3;

    private char[] text;
    private int count;
    private int[] starts = new int[64];
    private int[] ends = new int[64];
    private int[] ids = new int[64];
    /** Per token its type in the low bits, then {@link #SPACED} and {@link #TRIGGER}: one store and one read. */
    private byte[] kinds = new byte[64];

    /**
     * Tokenizes {@code text[from, to)}, replacing what this instance held. Tokens before 0 and from {@link #count}
     * on read as absent, so no rule looks across the range, which is one sentence.
     */
    void scan(char[] text, int from, int to) {
        this.text = text;
        count = 0;
        boolean space = true;
        int i = from;
        while (i < to) {
            char c = text[i];
            byte kind = CharKinds.of(c);
            if (kind == CharKinds.SPACE) {
                space = true;
                i++;
                continue;
            }
            int end;
            if (kind == CharKinds.DIGIT) {
                end = numberEnd(text, i, to);
                if (end - i <= MAX_LEADING_DIGITS && end < to && isGroupSpace(text[end]) && mayGroupWithSpaces(i)) {
                    end = spacedGroupsEnd(text, end, to);
                }
                markCurrencyCodeBefore();
                add(i, end, NUM, START, space);
            } else if (VulgarFractions.is(c)) {
                end = i + 1;
                add(i, end, NUM, START, space);
            } else if (kind == CharKinds.LETTER) {
                end = wordEnd(text, i + 1, to);
                add(i, end, WORD, Lexicon.triggerFlags(text, i, end) != 0 ? TRIGGER | START : 0, space);
            } else {
                end = Character.isHighSurrogate(c) && i + 1 < to ? i + 2 : i + 1;
                add(i, end, SYMBOL, symbolStart(c), space);
            }
            space = false;
            i = end;
        }
    }

    private boolean visible(int t) {
        return t >= 0 && t < count;
    }

    /**
     * The end of the run of letters that goes on at {@code i}; capitals joined by an ampersand are one word ("A&E",
     * "M&S", "AT&T"), which names a thing, as the ampersand's letters alone would be units ("M") or articles ("A").
     */
    private static int wordEnd(char[] text, int i, int to) {
        while (i < to && CharKinds.isLetter(text[i])) {
            i++;
        }
        while (i + 1 < to && text[i] == '&' && CharKinds.isUpperCase(text[i - 1])
                && CharKinds.isUpperCase(text[i + 1])) {
            i += 2;
            while (i < to && CharKinds.isLetter(text[i])) {
                i++;
            }
        }
        return i;
    }

    /**
     * Digits, then groups of exactly three digits after commas (or the Indian grouping of lakhs and crores,
     * "9,08,000": pairs, then the last three), then one decimal part or a fraction sign ("4½").
     */
    private static int numberEnd(char[] text, int start, int to) {
        int i = digitsEnd(text, start, to);
        int pairs = i - start <= 2 ? i : start;
        while (pairs > start && pairs + 2 < to && text[pairs] == ',' && digitsEnd(text, pairs + 1, to) == pairs + 3) {
            pairs += 3;
        }
        if (pairs > i && pairs + 3 < to && text[pairs] == ',' && digitsEnd(text, pairs + 1, to) == pairs + 4) {
            i = pairs + 4;
        }
        while (i + 3 < to && text[i] == ',' && digitsEnd(text, i + 1, to) == i + 4) {
            i += 4;
        }
        int grouped = i - start <= MAX_LEADING_DIGITS ? dottedGroupsEnd(text, i, to) : i;
        grouped = grouped > i ? grouped : decimalCommaEnd(text, i, to);
        if (grouped > i) {
            i = grouped;
        } else if (i + 1 < to && text[i] == '.' && isDigit(text[i + 1])) {
            i = digitsEnd(text, i + 1, to);
        } else if (i < to && VulgarFractions.is(text[i])) {
            i++;
        }
        return i;
    }

    /**
     * "1 283 cases", "US$670 000": thousands set apart by spaces, as much of Africa and Europe writes them, after a
     * number's first one to three digits: the end of the last group of exactly three digits, or {@code i}. A group
     * that goes on ("5 200.5", "10 737-800 planes") or names a model ("49 737 Max jets") is another number's.
     */
    private static int spacedGroupsEnd(char[] text, int i, int to) {
        int end = i;
        while (end + 3 < to && isGroupSpace(text[end]) && digitsEnd(text, end + 1, to) == end + 4) {
            end += 4;
        }
        if (end == i || end == to) {
            return end;
        }
        char next = text[end];
        char after = end + 1 < to ? text[end + 1] : ' ';
        // "the 1 600-kilometre border": a hyphen before a unit's word ends the number; before a digit, a range
        boolean goesOn = next == '-' && !Character.isLetter(after) || Character.isLetter(next)
                || (next == '.' || next == ',') && isDigit(after)
                || isGroupSpace(next) && (isDigit(after) || Character.isUpperCase(after));
        return goesOn ? i : end;
    }

    private static boolean isGroupSpace(char c) {
        return c == ' ' || c == '\u00a0' || c == '\u202f' || c == '\u2009';
    }

    /**
     * A number that may go on in groups set apart by spaces: not a date's day ("May 5 200 protesters"), not a phone
     * number's or code's part (after another number, a plus, a bracket or with a leading zero).
     */
    private boolean mayGroupWithSpaces(int start) {
        if (text[start] == '0') {
            return false;
        }
        if (count == 0) {
            return true;
        }
        int previous = count - 1;
        byte type = (byte) (kinds[previous] & TYPE_BITS);
        if (type == NUM || type == SYMBOL && (text[starts[previous]] == '+' || text[starts[previous]] == '(')) {
            return false;
        }
        return type != WORD || !Lexicon.has(Lexicon.lookup(text, starts[previous], ends[previous]), Lexicon.MONTH);
    }

    /**
     * The end of thousands grouped with full stops after a number's first one to three digits ("1.250.000",
     * "12.000 pesos"), or {@code i} when there is none. Two groups or more are a grouping; one group only when it is
     * "000", since a decimal part is not written with three trailing zeros while "1.500" may be one and a half.
     */
    static int dottedGroupsEnd(char[] text, int i, int to) {
        int end = i;
        int groups = 0;
        while (end + 3 < to && text[end] == '.' && digitsEnd(text, end + 1, to) == end + 4) {
            end += 4;
            groups++;
        }
        boolean thousands = groups == 1 && text[end - 3] == '0' && text[end - 2] == '0' && text[end - 1] == '0';
        return groups >= 2 || thousands ? end : i;
    }

    /**
     * "US$2,5 million", "3,7%": a comma and one or two digits after a number's digits are its decimal part, as a
     * group of thousands always has three; the end of that part, or {@code i}. "1,2,3" is a list.
     */
    static int decimalCommaEnd(char[] text, int i, int to) {
        if (i + 1 >= to || text[i] != ',' || !isDigit(text[i + 1])) {
            return i;
        }
        int end = digitsEnd(text, i + 1, to);
        boolean decimals = end - i - 1 <= 2 && (end == to || text[end] != ',' && !isDigit(text[end]));
        return decimals ? end : i;
    }

    private static int digitsEnd(char[] text, int i, int to) {
        while (i < to && isDigit(text[i])) {
            i++;
        }
        return i;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /**
     * A currency code before a number ("Rs 500", "Rs.500", "USD 5m") lets the number's amount start at it. Looked up
     * only here, before a number, so that the many words that share a code's shape are never probed for it.
     */
    private void markCurrencyCodeBefore() {
        int code = count > 1 && isSymbol(count - 1, '.') ? count - 2 : count - 1;
        if (code >= 0 && (kinds[code] & TYPE_BITS) == WORD
                && (Lexicon.has(Lexicon.lookup(text, starts[code], ends[code]), Lexicon.CURRENCY_CODE)
                || NumberReader.isWordCode(text, starts[code], ends[code]))) {
            kinds[code] |= START;
        }
    }

    /**
     * A currency sign or the "&" of an HTML entity starts an amount, and a dollar sign lets the word before it start
     * one too ("US$", "HK$"), as the cedi's and the sol's signs do ("GH\u00a2", "S/").
     */
    private int symbolStart(char c) {
        boolean letterSign = c == '$' || c == '\u00a2' || c == '\u20b5' || c == '/';
        if (letterSign && count > 0 && (kinds[count - 1] & TYPE_BITS) == WORD
                && (c == '$' || ends[count - 1] - starts[count - 1] <= 2)) {
            kinds[count - 1] |= START;
        }
        return NumberReader.isCurrencySymbol(c) || c == '&' ? START : 0;
    }

    private void add(int start, int end, byte type, int flags, boolean space) {
        if (count == starts.length) {
            int grown = count * 2;
            starts = Arrays.copyOf(starts, grown);
            ends = Arrays.copyOf(ends, grown);
            ids = Arrays.copyOf(ids, grown);
            kinds = Arrays.copyOf(kinds, grown);
        }
        starts[count] = start;
        ends[count] = end;
        ids[count] = type == WORD ? UNRESOLVED : Lexicon.NONE;
        kinds[count] = (byte) (type | (space ? SPACED : 0) | flags);
        count++;
    }

    /**
     * The offset of the first digit or amount word ({@link Lexicon#AMOUNT_WORDS}) in {@code text[from, to)}, or -1:
     * where the first figure or date may start. Reads each character once and writes nothing, so the many
     * paragraphs and sentences without numbers cost little.
     */
    static int firstAmount(char[] text, int from, int to) {
        int i = from;
        while (i < to) {
            byte kind = CharKinds.of(text[i]);
            if (kind == CharKinds.DIGIT) {
                return i;
            }
            if (kind != CharKinds.LETTER) {
                if (kind == CharKinds.OTHER && VulgarFractions.is(text[i])) {
                    return i;
                }
                i++;
                continue;
            }
            int start = i;
            i = wordEnd(text, i + 1, to);
            if (Lexicon.isAmountWord(text, start, i)) {
                return start;
            }
        }
        return -1;
    }

    int count() {
        return count;
    }

    int start(int t) {
        return starts[t];
    }

    int end(int t) {
        return ends[t];
    }

    /**
     * The lexicon id of a word token, {@link Lexicon#NONE} for other tokens and unknown words. Looked up on first
     * use, so words far from any number never pay for it.
     */
    int id(int t) {
        if (!visible(t)) {
            return Lexicon.NONE;
        }
        int id = ids[t];
        if (id == UNRESOLVED) {
            id = ends[t] - starts[t] > MAX_LOOKUP ? Lexicon.NONE : Lexicon.lookup(text, starts[t], ends[t]);
            ids[t] = id;
        }
        return id;
    }

    /** The word as the lexicon lists it (lower case), or null for other tokens and unknown words. */
    String word(int t) {
        int id = id(t);
        return id == Lexicon.NONE ? null : Lexicon.word(id);
    }

    /** Whether token {@code t} is the lexicon word {@code id} (one of {@link Words}), in any case. */
    boolean isWord(int t, int id) {
        return id(t) == id;
    }

    /**
     * Whether the token may start a figure or date, as far as the tokenizer can tell: a number, a currency sign,
     * the "&" of an entity, a word that may start a number or date, or a word before "$". Set once per token so
     * that the rules skip all other tokens after one read.
     */
    boolean mayStart(int t) {
        return visible(t) && (kinds[t] & START) != 0;
    }

    /** Whether the word may start a number or date (see {@link Lexicon#triggerFlags}). */
    boolean isTrigger(int t) {
        return visible(t) && (kinds[t] & TRIGGER) != 0;
    }

    boolean is(int t, long flag) {
        return Lexicon.has(id(t), flag);
    }

    byte type(int t) {
        return visible(t) ? (byte) (kinds[t] & TYPE_BITS) : 0;
    }

    boolean isNum(int t) {
        return type(t) == NUM;
    }

    boolean isWord(int t) {
        return type(t) == WORD;
    }

    /** True when token {@code t} is the symbol {@code c}. */
    boolean isSymbol(int t, char c) {
        return type(t) == SYMBOL && first(t) == c;
    }

    /** True when token {@code t} is one of the given symbols. */
    boolean isAnySymbol(int t, String symbols) {
        return type(t) == SYMBOL && symbols.indexOf(first(t)) >= 0;
    }

    /** True when token {@code t} follows token {@code t - 1} with no space: "5m", "S-300". */
    boolean glued(int t) {
        return t > 0 && t < count && (kinds[t] & SPACED) == 0;
    }

    /** The first character of a token, NUL for tokens outside the range scanned. */
    char first(int t) {
        return visible(t) ? text[starts[t]] : '\0';
    }

    /** Whether an apostrophe and "s" glued on after token {@code t} make it a possessive: "Boeing's", "Apollo 11’s". */
    boolean possessive(int t) {
        int quote = t + 1;
        int s = t + 2;
        return isAnySymbol(quote, "'\u2019") && glued(quote) && glued(s) && length(s) == 1
                && Character.toLowerCase(first(s)) == 's';
    }

    boolean capitalized(int t) {
        return isWord(t) && CharKinds.isUpperCase(first(t));
    }

    /** Whether word token {@code t} ends with the lower-case {@code suffix}, ignoring case. */
    boolean endsWith(int t, String suffix) {
        if (!isWord(t) || length(t) < suffix.length()) {
            return false;
        }
        int from = ends[t] - suffix.length();
        for (int i = 0; i < suffix.length(); i++) {
            if (Character.toLowerCase(text[from + i]) != suffix.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    int length(int t) {
        return visible(t) ? ends[t] - starts[t] : 0;
    }

    String text(int t) {
        return new String(text, starts[t], ends[t] - starts[t]);
    }

    /** The raw text from the start of token {@code from} to the end of token {@code to - 1}. */
    String text(int from, int to) {
        return new String(text, starts[from], ends[to - 1] - starts[from]);
    }

    char[] source() {
        return text;
    }
}
