package io.newsenrich.text.sections;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Phrases a folded line may open with, indexed by their first two characters, so each line is compared only with the
 * few phrases that can match it: the classifiers test every line against dozens of openers, and many share a first
 * char with the commonest openings of text ("the ...", "this ...").
 */
final class Openers {

    private static final int ASCII = 128;

    /** Phrases by their first two chars, both ASCII, where nearly every line starts. */
    private final List<String>[] byAsciiPair;
    /**
     * Per ASCII first char, the ASCII second chars of its phrases as a 128-bit set (low and high half): most lines are
     * turned away by one read of these small tables, before the larger one of phrases is touched.
     */
    private final long[] secondLow = new long[ASCII];
    private final long[] secondHigh = new long[ASCII];
    /** Phrases by their first char, for lines that open with any other char. */
    private final Map<Character, List<String>> byFirstChar;

    @SuppressWarnings("unchecked")
    private Openers(List<String> phrases) {
        byFirstChar = phrases.stream().collect(Collectors.groupingBy(phrase -> phrase.charAt(0)));
        byAsciiPair = new List[ASCII * ASCII];
        for (String phrase : phrases) {
            char first = phrase.charAt(0);
            if (first >= ASCII) {
                continue;
            }
            if (phrase.length() == 1) {
                secondLow[first] = -1L;
                secondHigh[first] = -1L;
                for (int second = 0; second < ASCII; second++) {
                    addTo(first * ASCII + second, phrase);
                }
            } else if (phrase.charAt(1) < ASCII) {
                char second = phrase.charAt(1);
                if (second < Long.SIZE) {
                    secondLow[first] |= 1L << second;
                } else {
                    secondHigh[first] |= 1L << second;
                }
                addTo(first * ASCII + second, phrase);
            }
        }
    }

    private void addTo(int pair, String phrase) {
        if (byAsciiPair[pair] == null) {
            byAsciiPair[pair] = new ArrayList<>();
        }
        byAsciiPair[pair].add(phrase);
    }

    static Openers of(List<String> phrases) {
        return new Openers(phrases);
    }

    /** The phrase that opens {@code folded} as whole words, or null. */
    String match(String folded) {
        return match(folded, 0);
    }

    /** The phrase that opens {@code folded} at {@code from} as whole words, or null. */
    String match(String folded, int from) {
        if (from >= folded.length()) {
            return null;
        }
        char first = folded.charAt(from);
        boolean asciiPair = first < ASCII && folded.length() > from + 1 && folded.charAt(from + 1) < ASCII;
        if (asciiPair) {
            char second = folded.charAt(from + 1);
            // a shift of a long reads only the low six bits of the count, so each half takes its own bit
            long seconds = second < Long.SIZE ? secondLow[first] : secondHigh[first];
            if ((seconds & 1L << second) == 0) {
                return null;
            }
        }
        List<String> candidates = asciiPair ? byAsciiPair[first * ASCII + folded.charAt(from + 1)]
                : byFirstChar.get(first);
        if (candidates == null) {
            return null;
        }
        for (String phrase : candidates) {
            if (!folded.startsWith(phrase, from)) {
                continue;
            }
            int end = from + phrase.length();
            boolean wholeWord = !Character.isLetterOrDigit(phrase.charAt(phrase.length() - 1))
                    || end == folded.length() || !Character.isLetterOrDigit(folded.charAt(end));
            if (wholeWord) {
                return phrase;
            }
        }
        return null;
    }
}
