package io.newsenrich.text.figures;

/**
 * A cheap necessary condition for a word to be one of a fixed set of lower-case ASCII words: its first two chars
 * and its length. Tested on every word of the text before any hashing, so that common words such as "the", "that"
 * or "said" are turned away after one table read, with no branch on the letters themselves.
 */
final class WordShapes {

    private static final int ASCII = 128;
    private static final int MAX_LENGTH = Integer.SIZE - 1;

    /** Per first and second char (NUL for one-letter words), both cases, one bit per word length. */
    private final int[] lengths = new int[ASCII * ASCII];

    /** Records a word of {@code a}-{@code z} only; words of other characters would never pass {@link #mayMatch}. */
    void add(String word) {
        if (word.isEmpty() || word.length() > MAX_LENGTH || !word.chars().allMatch(c -> c >= 'a' && c <= 'z')) {
            throw new IllegalArgumentException("not a short lower-case ASCII word: " + word);
        }
        char first = word.charAt(0);
        char second = word.length() > 1 ? word.charAt(1) : '\0';
        for (char a : new char[] {first, Character.toUpperCase(first)}) {
            for (char b : second == '\0' ? new char[] {second} : new char[] {second, Character.toUpperCase(second)}) {
                lengths[a * ASCII + b] |= 1 << word.length();
            }
        }
    }

    /** False when {@code text[start, end)} cannot be any added word, ignoring ASCII case. */
    boolean mayMatch(char[] text, int start, int end) {
        int length = end - start;
        char first = text[start];
        char second = length > 1 ? text[start + 1] : '\0';
        return length <= MAX_LENGTH && (first | second) < ASCII
                && (lengths[first * ASCII + second] & 1 << length) != 0;
    }
}
