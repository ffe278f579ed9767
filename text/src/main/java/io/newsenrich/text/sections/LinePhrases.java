package io.newsenrich.text.sections;

import java.util.Set;

/**
 * Phrases that make up a whole line ("advertisement", "read more"). Every line is looked up, and hashing a long line
 * reads all its chars, so a line longer than the longest phrase is ruled out by its length first.
 */
final class LinePhrases {

    private final Set<String> phrases;
    private final int maxLength;

    private LinePhrases(Set<String> phrases) {
        this.phrases = phrases;
        this.maxLength = phrases.stream().mapToInt(String::length).max().orElse(0);
    }

    static LinePhrases of(String... phrases) {
        return new LinePhrases(Set.of(phrases));
    }

    boolean contains(String line) {
        return line.length() <= maxLength && phrases.contains(line);
    }
}
