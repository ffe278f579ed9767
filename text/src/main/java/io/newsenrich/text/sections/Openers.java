package io.newsenrich.text.sections;

import java.util.ArrayList;
import java.util.Collections;
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
    private final Bucket[] byAsciiPair;
    /**
     * Per ASCII first char, the ASCII second chars of its phrases as a 128-bit set (low and high half): most lines are
     * turned away by one read of these small tables, before the larger one of phrases is touched.
     */
    private final long[] secondLow = new long[ASCII];
    private final long[] secondHigh = new long[ASCII];
    /** Phrases by their first char, for lines that open with any other char. */
    private final Map<Character, List<String>> byFirstChar;

    private Openers(List<String> phrases) {
        byFirstChar = phrases.stream().collect(Collectors.groupingBy(phrase -> phrase.charAt(0)));
        List<List<String>> pairs = new ArrayList<>(Collections.nCopies(ASCII * ASCII, null));
        for (String phrase : phrases) {
            char first = phrase.charAt(0);
            if (first >= ASCII) {
                continue;
            }
            if (phrase.length() == 1) {
                secondLow[first] = -1L;
                secondHigh[first] = -1L;
                for (int second = 0; second < ASCII; second++) {
                    addTo(pairs, first * ASCII + second, phrase);
                }
            } else if (phrase.charAt(1) < ASCII) {
                char second = phrase.charAt(1);
                if (second < Long.SIZE) {
                    secondLow[first] |= 1L << second;
                } else {
                    secondHigh[first] |= 1L << second;
                }
                addTo(pairs, first * ASCII + second, phrase);
            }
        }
        byAsciiPair = pairs.stream().map(bucket -> bucket == null ? null : Bucket.of(bucket)).toArray(Bucket[]::new);
    }

    private static void addTo(List<List<String>> pairs, int pair, String phrase) {
        if (pairs.get(pair) == null) {
            pairs.set(pair, new ArrayList<>());
        }
        pairs.get(pair).add(phrase);
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
        if (asciiPair) {
            Bucket bucket = byAsciiPair[first * ASCII + folded.charAt(from + 1)];
            return bucket == null ? null : bucket.match(folded, from);
        }
        List<String> candidates = byFirstChar.get(first);
        if (candidates == null) {
            return null;
        }
        for (String phrase : candidates) {
            if (opensAsWords(folded, from, phrase)) {
                return phrase;
            }
        }
        return null;
    }

    private static boolean opensAsWords(String folded, int from, String phrase) {
        if (!folded.startsWith(phrase, from)) {
            return false;
        }
        int end = from + phrase.length();
        return !Character.isLetterOrDigit(phrase.charAt(phrase.length() - 1)) || end == folded.length()
                || !Character.isLetterOrDigit(folded.charAt(end));
    }

    /**
     * The phrases of one pair of first chars with each one's third char beside it: "the ..." lines meet a dozen
     * "this story ..." notices in one bucket, and a char compared in place turns them away before a string compare.
     */
    private record Bucket(String[] phrases, int[] thirds) {

        private static final int NO_THIRD = -1;

        static Bucket of(List<String> phrases) {
            return new Bucket(phrases.toArray(String[]::new),
                    phrases.stream().mapToInt(phrase -> phrase.length() > 2 ? phrase.charAt(2) : NO_THIRD).toArray());
        }

        String match(String folded, int from) {
            int third = folded.length() > from + 2 ? folded.charAt(from + 2) : NO_THIRD;
            for (int i = 0; i < phrases.length; i++) {
                if ((thirds[i] == NO_THIRD || thirds[i] == third) && opensAsWords(folded, from, phrases[i])) {
                    return phrases[i];
                }
            }
            return null;
        }
    }
}
