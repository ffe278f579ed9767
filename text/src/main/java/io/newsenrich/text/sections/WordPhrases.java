package io.newsenrich.text.sections;

import java.util.List;

/**
 * A list of phrases matched as whole words in a folded line ({@link Cues#containsWord}). Each phrase opens with a
 * word a line must hold as a whole token for the phrase to occur in it, so the list carries the bits of those first
 * words ({@link WordCues}) and a line whose fact pass found none of them is ruled out without being searched.
 */
final class WordPhrases {

    private final List<String> phrases;
    private final long firstWords;

    WordPhrases(List<String> phrases, long firstWords) {
        this.phrases = phrases;
        this.firstWords = firstWords;
    }

    List<String> phrases() {
        return phrases;
    }

    long firstWords() {
        return firstWords;
    }

    /** Whether a phrase occurs as whole words anywhere in the line. */
    boolean in(SourceLine line) {
        return line.mayHold(this) && Cues.containsAnyWord(line.folded(), phrases);
    }

    /**
     * Whether a phrase occurs as whole words in the line from {@code from} on, which must fall at a word boundary
     * (a token of the rest is then a token of the line).
     */
    boolean inRest(SourceLine line, int from) {
        return line.mayHold(this) && Cues.containsAnyWord(line.folded(), from, phrases);
    }

    /** Whether a phrase occurs as whole words in folded text that is not a scanned line. */
    boolean in(String folded) {
        return Cues.containsAnyWord(folded, phrases);
    }
}
