package io.newsenrich.text.sections;

import java.nio.charset.StandardCharsets;

/**
 * Reads the facts of one line once: a pass over its chars folds it, counts its words and notes whether it holds a
 * digit or a letter; for a line short enough for the promo test, a second pass hashes its tokens to record which cue
 * words it holds ({@link WordCues}). Every later test of a plain line starts from these facts instead of reading the
 * line again.
 */
final class LineFolder {

    private static final int SPACE = 1;
    private static final int DIGIT = 2;
    private static final int LETTER_OR_DIGIT = 4;
    private static final int LETTER_OR_DIGIT_SHIFT = 2;
    private static final int COPYRIGHT = 8;
    private static final int SEPARATOR = 16;
    /**
     * Per char: white space (of the raw char), digit and letter-or-digit (of the folded char), the sign "©", a
     * separator of a meta line's parts.
     */
    private static final byte[] KINDS = new byte[Character.MAX_VALUE + 1];
    private static final char LATIN_1_MAX = '\u00FF';
    /**
     * The most words of a line whose cue words are read: promo phrases, looked for in every line up to this length,
     * are the one frequent cue-word test. The rarer tests of longer lines search them in full.
     */
    private static final int MAX_CUE_WORDS = 30;

    static {
        for (int c = 0; c < KINDS.length; c++) {
            char folded = Cues.fold((char) c);
            boolean digit = folded < 128 ? folded >= '0' && folded <= '9' : Character.isDigit(folded);
            KINDS[c] = (byte) ((LineScanner.isSpace((char) c) ? SPACE : 0) | (digit ? DIGIT : 0)
                    | (Character.isLetterOrDigit(folded) ? LETTER_OR_DIGIT : 0) | (c == '©' ? COPYRIGHT : 0)
                    | (c == '|' || c == '/' || c == '\u00b7' || c == '\u2022' ? SEPARATOR : 0));
        }
    }

    private LineFolder() {
    }

    /**
     * The line of {@code text} at {@code start}. {@code scratch} receives the folded chars and the token hashes,
     * so that a page's lines share its arrays and only the folded string itself is new.
     */
    static SourceLine read(int start, String text, Scratch scratch) {
        int length = text.length();
        byte[] latin = scratch.latin(length);
        int words = 0;
        int previousSpace = SPACE;
        int kinds = 0;
        int changed = 0;
        int wide = 0;
        // no branch per char: word ends fall at random, and a mispredicted branch costs more than the arithmetic
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            char folded = Cues.fold(c);
            int kind = KINDS[c];
            latin[i] = (byte) folded;
            changed |= folded ^ c;
            wide |= folded & ~LATIN_1_MAX;
            int space = kind & SPACE;
            words += previousSpace & (space ^ SPACE);
            previousSpace = space;
            kinds |= kind;
        }
        String folded = changed == 0 ? text
                : wide != 0 ? Cues.fold(text) : new String(latin, 0, length, StandardCharsets.ISO_8859_1);
        int traits = ((kinds & DIGIT) != 0 ? SourceLine.DIGIT : 0)
                | ((kinds & LETTER_OR_DIGIT) != 0 ? SourceLine.LETTER_OR_DIGIT : 0)
                | ((kinds & COPYRIGHT) != 0 ? SourceLine.COPYRIGHT_SIGN : 0)
                | ((kinds & SEPARATOR) != 0 ? SourceLine.SEPARATOR : 0);
        long cueWords = cueWords(text, words, scratch.tokenHashes(length / 2 + 1));
        return new SourceLine(start, text, folded, words, traits, cueWords);
    }

    /**
     * The bits ({@link WordCues}) of the cue words the folded text holds as whole tokens (runs of letters and
     * digits), or all bits (none ruled out) for a longer line. Token ends are recorded without a branch
     * per char, then each token is looked up once.
     */
    private static long cueWords(String text, int words, int[] tokenHashes) {
        if (words > MAX_CUE_WORDS) {
            return -1;
        }
        int length = text.length();
        int tokens = 0;
        int tokenHash = 0;
        int tokenLength = 0;
        int inToken = 0;
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            int letterOrDigit = (KINDS[c] & LETTER_OR_DIGIT) >>> LETTER_OR_DIGIT_SHIFT;
            tokenHashes[tokens] = tokenHash;
            tokens += inToken & (letterOrDigit ^ 1);
            // only a token's first chars are hashed, so that a stem matches the longer words it opens
            int hashed = ((tokenLength - WordCues.HASHED_CHARS) >>> (Integer.SIZE - 1)) & letterOrDigit;
            tokenHash = (tokenHash + ((30 * tokenHash + Cues.fold(c)) & -hashed)) & -letterOrDigit;
            tokenLength = (tokenLength + 1) & -letterOrDigit;
            inToken = letterOrDigit;
        }
        tokenHashes[tokens] = tokenHash;
        tokens += inToken;
        long cueWords = 0;
        for (int t = 0; t < tokens; t++) {
            cueWords |= WordCues.bitsOf(tokenHashes[t]);
        }
        return cueWords;
    }

    /** The arrays one page's lines are read into, grown to the longest line. */
    static final class Scratch {

        private static final int INITIAL_CHARS = 256;

        private byte[] latin = new byte[INITIAL_CHARS];

        private int[] tokenHashes = new int[INITIAL_CHARS / 2 + 1];

        byte[] latin(int length) {
            if (latin.length < length) {
                latin = new byte[Math.max(length, 2 * latin.length)];
            }
            return latin;
        }

        int[] tokenHashes(int count) {
            if (tokenHashes.length < count) {
                tokenHashes = new int[Math.max(count, 2 * tokenHashes.length)];
            }
            return tokenHashes;
        }
    }
}
