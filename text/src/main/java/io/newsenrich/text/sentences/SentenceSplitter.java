package io.newsenrich.text.sentences;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Splits a text range into sentences in one pass over its characters.
 *
 * <p>A line break always ends a sentence (one-sentence-per-line input). Otherwise a sentence ends after {@code .},
 * {@code !}, {@code ?} or {@code …} plus any closing quotes and brackets, when white space follows and the next
 * sentence visibly starts: an upper-case letter, a digit or an opening quote or bracket. A full stop does not end a
 * sentence after a title or other abbreviation ("Mr", "Gen.", "St."), after an initial, or after "No" and a month
 * abbreviation when a number follows ("No. 10", "Aug. 21"). After a dotted acronym ("U.S.") it ends only when a
 * function word that opens sentences follows ("in the U.S. The talks", not "the U.S. Senate"). Decimals never
 * split because no space follows their point. Keeps the position of the current read: one instance per thread.
 */
public final class SentenceSplitter {

    /** Abbreviations that are never the last word of a sentence in news prose. */
    private static final long[] ABBREVIATIONS = codes("mr", "mrs", "ms", "dr", "st", "gen", "lt", "col", "sgt",
            "capt", "cpl", "maj", "prof", "rev", "sen", "rep", "gov", "jr", "sr", "mt", "ft", "rt", "hon", "supt",
            "insp", "det", "cmdr", "adm", "brig", "pte", "vs", "v", "eg", "ie", "approx", "fig", "vol", "pp", "ca",
            "cf", "ave", "blvd", "messrs", "mme", "mlle", "cllr", "pres", "gens", "sens", "reps", "govt", "dept",
            "est", "corp", "bros");
    /** Abbreviations that only hold the sentence open when a number follows: "No. 10", "Sept. 11". */
    private static final long[] NUMBERED = codes("no", "nos", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
            "sep", "sept", "oct", "nov", "dec", "art", "p", "rs");
    /** Function words that start sentences, telling "in the U.S. The talks" from "the U.S. Senate". */
    private static final long[] SENTENCE_OPENERS = codes("the", "a", "an", "he", "she", "it", "they", "we", "i",
            "but", "and", "this", "that", "these", "those", "in", "on", "at", "his", "her", "their", "its", "there",
            "our", "you", "if", "when", "while", "after", "as", "however", "some", "many", "most");
    private static final int MAX_CODED = 12;
    /** The ASCII line breaks and terminators, by char. */
    private static final boolean[] MARKS = new boolean[128];

    static {
        for (char c : "\n\r.!?".toCharArray()) {
            MARKS[c] = true;
        }
    }

    /** Sorted codes of short lower-case words, so a word before a full stop is checked without a string. */
    private static long[] codes(String... words) {
        long[] codes = new long[words.length];
        for (int i = 0; i < words.length; i++) {
            codes[i] = code(words[i].toCharArray(), 0, words[i].length());
        }
        Arrays.sort(codes);
        return codes;
    }

    /** Five bits per ASCII letter, case folded; -1 when the word is too long or not ASCII letters. */
    private static long code(char[] text, int start, int end) {
        if (end - start > MAX_CODED) {
            return -1;
        }
        long code = 0;
        for (int i = start; i < end; i++) {
            int c = text[i] | 0x20;
            if (c < 'a' || c > 'z') {
                return -1;
            }
            code = code << 5 | (c - 'a' + 1);
        }
        return code;
    }

    private char[] text;
    private int to;
    /** Where the search for the next sentence goes on. */
    private int position;
    private int start;
    private int end;

    /** Starts reading the sentences of {@code text[from, to)}, one {@link #next} call each. */
    public void reset(char[] text, int from, int to) {
        this.text = text;
        this.to = to;
        position = skipSpace(text, from, to);
    }

    /**
     * Moves to the next sentence, white space trimmed, whose offsets {@link #start} and {@link #end} then give;
     * false when there is none. Reading one sentence at a time lets callers stop early and allocates nothing.
     */
    public boolean next() {
        while (position < to) {
            int first = position;
            int i = first;
            int last = to;
            int after = to;
            while ((i = nextMark(text, i, to)) < to) {
                if (isLineBreak(text[i])) {
                    last = i;
                    after = i + 1;
                    break;
                }
                int closed = i + 1;
                while (closed < to && (isTerminator(text[closed]) || isCloser(text[closed]))) {
                    closed++;
                }
                if (endsSentence(text, i, closed, to)) {
                    last = closed;
                    after = closed;
                    break;
                }
                i = closed;
            }
            position = skipSpace(text, after, to);
            while (last > first && isSpace(text[last - 1])) {
                last--;
            }
            if (last > first) {
                start = first;
                end = last;
                return true;
            }
        }
        return false;
    }

    /** The first line break or terminator in {@code text[i, to)}, or {@code to}: the only chars a sentence ends at. */
    private static int nextMark(char[] text, int i, int to) {
        while (i < to) {
            char c = text[i];
            if (c < MARKS.length ? MARKS[c] : c == '\u2026' || c == '\u2028' || c == '\u2029') {
                return i;
            }
            i++;
        }
        return to;
    }

    /** Start offset of the current sentence. */
    public int start() {
        return start;
    }

    /** End offset of the current sentence, exclusive. */
    public int end() {
        return end;
    }

    /**
     * The sentences of {@code text[from, to)} as pairs of offsets, white space trimmed:
     * {@code [start0, end0, start1, end1, ...]}. A convenience for callers outside the hot path.
     */
    public int[] split(CharSequence text, int from, int to) {
        reset(text.toString().toCharArray(), from, to);
        int[] bounds = new int[8];
        int n = 0;
        while (next()) {
            if (n == bounds.length) {
                bounds = Arrays.copyOf(bounds, n * 2);
            }
            bounds[n++] = start;
            bounds[n++] = end;
        }
        return Arrays.copyOf(bounds, n);
    }

    /** The sentences of a whole text, as strings; a convenience for callers outside the hot path. */
    public List<String> sentences(String text) {
        int[] bounds = split(text, 0, text.length());
        List<String> sentences = new ArrayList<>(bounds.length / 2);
        for (int i = 0; i < bounds.length; i += 2) {
            sentences.add(text.substring(bounds[i], bounds[i + 1]));
        }
        return sentences;
    }

    /** Whether the terminator at {@code mark}, whose closing run ends at {@code after}, ends the sentence. */
    private static boolean endsSentence(char[] text, int mark, int after, int to) {
        if (after >= to) {
            return true;
        }
        if (!isSpace(text[after])) {
            return false;
        }
        int next = skipSpace(text, after, to);
        if (next >= to) {
            return true;
        }
        char first = text[next];
        boolean starts = isUpperCase(first) || isDigit(first) || isOpener(first);
        if (!starts) {
            return false;
        }
        if (text[mark] != '.') {
            return true;
        }
        if (isDottedAcronym(text, mark)) {
            return opensSentence(text, next, to);
        }
        return !abbreviationBefore(text, mark, isDigit(first));
    }

    /** "U.S.", "U.K.": single letters joined by full stops, which may or may not end the sentence. */
    private static boolean isDottedAcronym(char[] text, int dot) {
        return dot >= 3 && isUpperCase(text[dot - 1]) && text[dot - 2] == '.'
                && isUpperCase(text[dot - 3]) && (dot == 3 || !isLetter(text[dot - 4])
                || text[dot - 4] == '.');
    }

    /** Whether a function word that typically starts a sentence ("The", "He", "But") begins at {@code k}. */
    private static boolean opensSentence(char[] text, int k, int to) {
        int end = k;
        while (end < to && isLetter(text[end])) {
            end++;
        }
        return Arrays.binarySearch(SENTENCE_OPENERS, code(text, k, end)) >= 0;
    }

    /** Whether the word ending at the full stop at {@code dot} of {@code text} is an abbreviation or an initial. */
    public static boolean isAbbreviationAt(String text, int dot) {
        return abbreviationBefore(text.toCharArray(), dot, false);
    }

    /** Whether the word ending at the full stop {@code dot} is an abbreviation or an initial. */
    private static boolean abbreviationBefore(char[] text, int dot, boolean numberFollows) {
        int start = dot;
        while (start > 0 && isLetter(text[start - 1])) {
            start--;
        }
        int length = dot - start;
        if (length == 0) {
            return false;
        }
        if (length == 1) {
            return isUpperCase(text[start]) || start > 0 && text[start - 1] == '.';
        }
        long word = code(text, start, dot);
        return Arrays.binarySearch(ABBREVIATIONS, word) >= 0
                || numberFollows && Arrays.binarySearch(NUMBERED, word) >= 0;
    }

    /** {@link Character#isUpperCase(char)}, without its table lookups for ASCII. */
    private static boolean isUpperCase(char c) {
        return c < 128 ? c >= 'A' && c <= 'Z' : Character.isUpperCase(c);
    }

    /** {@link Character#isLetter(char)}, without its table lookups for ASCII. */
    private static boolean isLetter(char c) {
        return c < 128 ? (c | 0x20) >= 'a' && (c | 0x20) <= 'z' : Character.isLetter(c);
    }

    /** {@link Character#isDigit(char)}, without its table lookups for ASCII. */
    private static boolean isDigit(char c) {
        return c < 128 ? c >= '0' && c <= '9' : Character.isDigit(c);
    }

    private static int skipSpace(char[] text, int i, int to) {
        while (i < to && isSpace(text[i])) {
            i++;
        }
        return i;
    }

    private static boolean isSpace(char c) {
        if (c < 128) {
            // the ASCII characters Character.isWhitespace accepts: tab to carriage return, the separators, space
            return c >= '\t' && c <= '\r' || c >= '\u001c' && c <= ' ';
        }
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\ufeff';
    }

    private static boolean isLineBreak(char c) {
        return c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029';
    }

    private static boolean isTerminator(char c) {
        return c == '.' || c == '!' || c == '?' || c == '\u2026';
    }

    private static boolean isCloser(char c) {
        return c == '"' || c == '\'' || c == '\u201d' || c == '\u2019' || c == ')' || c == ']' || c == '\u00bb';
    }

    private static boolean isOpener(char c) {
        return c == '"' || c == '\'' || c == '\u201c' || c == '\u2018' || c == '(' || c == '[' || c == '\u00ab'
                || c == '\u2022' || c == '-' || c == '\u2013' || c == '\u2014';
    }
}
