package io.newsenrich.text.figures;

/**
 * A cheap necessary condition for a word to be one of a fixed set of lower-case ASCII words: its first two letters
 * (case folded) and its length. Tested on every word of the text before any hashing, so that common words such as
 * "the", "that" or "said" are turned away after three array reads.
 */
final class WordShapes {

    private static final int LETTERS = 26;
    /** The second-letter slot of one-letter words. */
    private static final int NO_SECOND = LETTERS;
    private static final int MAX_LENGTH = Integer.SIZE - 1;

    /** Per first and second letter, one bit per word length. */
    private final int[] lengths = new int[LETTERS * (LETTERS + 1)];

    /** Records a word of {@code a}-{@code z} only; words of other characters would never pass {@link #mayMatch}. */
    void add(String word) {
        if (word.isEmpty() || word.length() > MAX_LENGTH || !word.chars().allMatch(c -> c >= 'a' && c <= 'z')) {
            throw new IllegalArgumentException("not a short lower-case ASCII word: " + word);
        }
        int second = word.length() > 1 ? word.charAt(1) - 'a' : NO_SECOND;
        lengths[(word.charAt(0) - 'a') * (LETTERS + 1) + second] |= 1 << word.length();
    }

    /** False when {@code text[start, end)} cannot be any added word, ignoring ASCII case. */
    boolean mayMatch(char[] text, int start, int end) {
        int length = end - start;
        if (length > MAX_LENGTH) {
            return false;
        }
        int first = letter(text[start]);
        int second = length > 1 ? letter(text[start + 1]) : NO_SECOND;
        return first >= 0 && second >= 0 && (lengths[first * (LETTERS + 1) + second] & 1 << length) != 0;
    }

    /** 0 to 25 for an ASCII letter of either case, -1 for any other character. */
    private static int letter(char c) {
        int folded = (c | 0x20) - 'a';
        return c < 128 && folded >= 0 && folded < LETTERS ? folded : -1;
    }
}
