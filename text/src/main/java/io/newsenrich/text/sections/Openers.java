package io.newsenrich.text.sections;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Phrases a folded line may open with, indexed by their first character, so each line is compared only with the few
 * phrases that can match it: the classifiers test every line against dozens of openers.
 */
final class Openers {

    private static final int ASCII = 128;

    /** Phrases by their first char: an array for ASCII, where nearly every line starts, a map for any char. */
    private final List<String>[] byAsciiFirstChar;
    private final Map<Character, List<String>> byFirstChar;
    /**
     * Per ASCII first char, the ASCII second chars of its phrases as a 128-bit set (low and high half): a line that
     * shares its first char with a phrase ("she ..." and "stay ...") is mostly told apart by its second, one read
     * instead of a comparison with each phrase.
     */
    private final long[] secondLow = new long[ASCII];
    private final long[] secondHigh = new long[ASCII];

    @SuppressWarnings("unchecked")
    private Openers(List<String> phrases) {
        byFirstChar = phrases.stream().collect(Collectors.groupingBy(phrase -> phrase.charAt(0)));
        byAsciiFirstChar = new List[ASCII];
        byFirstChar.forEach((first, group) -> {
            if (first < ASCII) {
                byAsciiFirstChar[first] = group;
            }
        });
        for (String phrase : phrases) {
            char first = phrase.charAt(0);
            if (first >= ASCII) {
                continue;
            }
            char second = phrase.length() > 1 ? phrase.charAt(1) : ASCII;
            if (second >= ASCII) {
                secondLow[first] = -1L;
                secondHigh[first] = -1L;
            } else if (second < Long.SIZE) {
                secondLow[first] |= 1L << second;
            } else {
                secondHigh[first] |= 1L << second;
            }
        }
    }

    static Openers of(List<String> phrases) {
        return new Openers(phrases);
    }

    /** The phrase that opens {@code folded} as whole words, or null. */
    String match(String folded) {
        if (folded.isEmpty()) {
            return null;
        }
        char first = folded.charAt(0);
        if (first < ASCII && folded.length() > 1 && folded.charAt(1) < ASCII) {
            char second = folded.charAt(1);
            // a shift of a long reads only the low six bits of the count, so each half takes its own bit
            long seconds = second < Long.SIZE ? secondLow[first] : secondHigh[first];
            if ((seconds & 1L << second) == 0) {
                return null;
            }
        }
        List<String> candidates = first < ASCII ? byAsciiFirstChar[first] : byFirstChar.get(first);
        if (candidates == null) {
            return null;
        }
        for (String phrase : candidates) {
            if (!folded.startsWith(phrase)) {
                continue;
            }
            boolean wholeWord = !Character.isLetterOrDigit(phrase.charAt(phrase.length() - 1))
                    || phrase.length() == folded.length() || !Character.isLetterOrDigit(folded.charAt(phrase.length()));
            if (wholeWord) {
                return phrase;
            }
        }
        return null;
    }
}
