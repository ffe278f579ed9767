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

    private CharSequence text;
    private int count;
    private int[] starts = new int[64];
    private int[] ends = new int[64];
    private int[] ids = new int[64];
    private int[] hashes = new int[64];
    private boolean[] triggers = new boolean[64];
    private byte[] types = new byte[64];
    private boolean[] spaced = new boolean[64];
    /** The window the accessors see; tokens outside it read as absent, so no rule looks across a sentence end. */
    private int floor;
    private int limit;

    /** Tokenizes {@code text[from, to)}, replacing what this instance held. */
    void scan(CharSequence text, int from, int to) {
        this.text = text;
        count = 0;
        boolean space = true;
        int i = from;
        while (i < to) {
            char c = text.charAt(i);
            if (isSpace(c)) {
                space = true;
                i++;
                continue;
            }
            int end;
            if (c >= '0' && c <= '9') {
                end = numberEnd(text, i, to);
                add(i, end, NUM, false, space);
            } else if (isLetter(c)) {
                int hash = Lexicon.step(0, c);
                end = i + 1;
                while (end < to && isLetter(c = text.charAt(end))) {
                    hash = Lexicon.step(hash, c);
                    end++;
                }
                add(i, end, WORD, Lexicon.triggerFlags(text, i, end, hash) != 0, space);
                hashes[count - 1] = hash;
            } else {
                end = Character.isHighSurrogate(c) && i + 1 < to ? i + 2 : i + 1;
                add(i, end, SYMBOL, false, space);
            }
            space = false;
            i = end;
        }
        window(0, count);
    }

    /** Limits what the accessors see to tokens {@code [from, to)}. */
    void window(int from, int to) {
        floor = from;
        limit = to;
    }

    private boolean visible(int t) {
        return t >= floor && t < limit;
    }

    private static boolean isLetter(char c) {
        return c < 128 ? (c | 0x20) >= 'a' && (c | 0x20) <= 'z' : Character.isLetter(c);
    }

    /** Digits, then groups of exactly three digits after commas, then one decimal part. */
    private static int numberEnd(CharSequence text, int start, int to) {
        int i = digitsEnd(text, start, to);
        while (i + 3 < to && text.charAt(i) == ',' && digitsEnd(text, i + 1, to) == i + 4) {
            i += 4;
        }
        if (i + 1 < to && text.charAt(i) == '.' && isDigit(text.charAt(i + 1))) {
            i = digitsEnd(text, i + 1, to);
        }
        return i;
    }

    private static int digitsEnd(CharSequence text, int i, int to) {
        while (i < to && isDigit(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** White space including the no-break and other Unicode spaces that copied web text is full of. */
    static boolean isSpace(char c) {
        return c <= ' ' || c == '\u00a0' || c == '\u2007' || c == '\u202f' || (c >= '\u2000' && c <= '\u200b')
                || c == '\u3000' || c == '\ufeff';
    }

    private void add(int start, int end, byte type, boolean trigger, boolean space) {
        if (count == starts.length) {
            int grown = count * 2;
            starts = Arrays.copyOf(starts, grown);
            ends = Arrays.copyOf(ends, grown);
            ids = Arrays.copyOf(ids, grown);
            hashes = Arrays.copyOf(hashes, grown);
            types = Arrays.copyOf(types, grown);
            spaced = Arrays.copyOf(spaced, grown);
            triggers = Arrays.copyOf(triggers, grown);
        }
        starts[count] = start;
        ends[count] = end;
        ids[count] = type == WORD ? UNRESOLVED : Lexicon.NONE;
        types[count] = type;
        spaced[count] = space;
        triggers[count] = trigger;
        count++;
    }

    /**
     * False when {@code text[from, to)} has neither digits nor number words, so no figure or date can be in it.
     * Reads each character once and writes nothing, so the many paragraphs without numbers cost little.
     */
    static boolean mayHoldFigure(CharSequence text, int from, int to) {
        int i = from;
        while (i < to) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                return true;
            }
            if (!isLetter(c)) {
                i++;
                continue;
            }
            int start = i;
            int hash = 0;
            while (i < to && isLetter(c = text.charAt(i))) {
                hash = Lexicon.step(hash, c);
                i++;
            }
            if ((Lexicon.triggerFlags(text, start, i, hash) & Lexicon.AMOUNT_WORDS) != 0) {
                return true;
            }
        }
        return false;
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
        if (ids[t] == UNRESOLVED) {
            ids[t] = starts[t] + 16 < ends[t] ? Lexicon.NONE : Lexicon.lookup(text, starts[t], ends[t], hashes[t]);
        }
        return ids[t];
    }

    /** The word as the lexicon lists it (lower case), or null for other tokens and unknown words. */
    String word(int t) {
        int id = id(t);
        return id == Lexicon.NONE ? null : Lexicon.word(id);
    }

    /** Whether the word may start a number or date (see {@link Lexicon#triggerFlags}). */
    boolean isTrigger(int t) {
        return visible(t) && triggers[t];
    }

    boolean is(int t, long flag) {
        return Lexicon.has(id(t), flag);
    }

    byte type(int t) {
        return visible(t) ? types[t] : 0;
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
        return visible(t) && t > floor && !spaced[t];
    }

    /** The first character of a visible token, NUL for tokens outside the window. */
    char first(int t) {
        return visible(t) ? text.charAt(starts[t]) : '\0';
    }

    boolean capitalized(int t) {
        return isWord(t) && Character.isUpperCase(first(t));
    }

    /** Whether word token {@code t} ends with the lower-case {@code suffix}, ignoring case. */
    boolean endsWith(int t, String suffix) {
        if (!isWord(t) || length(t) < suffix.length()) {
            return false;
        }
        int from = ends[t] - suffix.length();
        for (int i = 0; i < suffix.length(); i++) {
            if (Character.toLowerCase(text.charAt(from + i)) != suffix.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    int length(int t) {
        return visible(t) ? ends[t] - starts[t] : 0;
    }

    String text(int t) {
        return text.subSequence(starts[t], ends[t]).toString();
    }

    /** The raw text from the start of token {@code from} to the end of token {@code to - 1}. */
    String text(int from, int to) {
        return text.subSequence(starts[from], ends[to - 1]).toString();
    }

    CharSequence source() {
        return text;
    }
}
