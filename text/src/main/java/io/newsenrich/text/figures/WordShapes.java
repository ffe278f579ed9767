package io.newsenrich.text.figures;

/**
 * A cheap necessary condition for a word to be one of a fixed set of lower-case ASCII words: the low five bits of
 * its first two chars (which fold ASCII case) and its length. Tested on every word of the text before any hashing,
 * so that common words such as "the", "that" or "said" are turned away after one read of a table small enough to
 * stay in the first-level cache. Other chars share slots with letters, which only lets a few more words through to
 * the exact lookup.
 */
final class WordShapes {

    private static final int FIVE_BITS = 0x1f;
    private static final int MAX_LENGTH = Integer.SIZE - 1;

    /** Per first and second char (NUL for one-letter words), one bit per word length. */
    private final int[] lengths = new int[(FIVE_BITS + 1) * (FIVE_BITS + 1)];

    /** Records a word of {@code a}-{@code z} only; words of other characters would never pass {@link #mayMatch}. */
    void add(String word) {
        if (word.isEmpty() || word.length() > MAX_LENGTH || !word.chars().allMatch(c -> c >= 'a' && c <= 'z')) {
            throw new IllegalArgumentException("not a short lower-case ASCII word: " + word);
        }
        lengths[slot(word.charAt(0), word.length() > 1 ? word.charAt(1) : '\0')] |= 1 << word.length();
    }

    /** False when {@code text[start, end)} cannot be any added word, ignoring ASCII case. */
    boolean mayMatch(char[] text, int start, int end) {
        int length = end - start;
        char second = length > 1 ? text[start + 1] : '\0';
        return length <= MAX_LENGTH && (lengths[slot(text[start], second)] & 1 << length) != 0;
    }

    private static int slot(char first, char second) {
        return (first & FIVE_BITS) << 5 | second & FIVE_BITS;
    }
}
