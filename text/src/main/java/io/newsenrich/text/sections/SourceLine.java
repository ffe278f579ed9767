package io.newsenrich.text.sections;

/**
 * One non-empty line of the raw text, cleaned of surrounding white space and bullet marks, with the facts the
 * classifiers ask of every line, gathered once ({@link LineFolder}) so that each classifier can rule out a plain
 * line of text without reading it again.
 */
public final class SourceLine {

    /** Trait of a line holding a digit. */
    static final int DIGIT = 1;
    /** Trait of a line holding a letter or a digit. */
    static final int LETTER_OR_DIGIT = 2;
    /** Trait of a line holding a copyright sign, which opens a photo credit inside a caption. */
    static final int COPYRIGHT_SIGN = 4;
    /** Trait of a line holding a bar, slash or middle dot, which set apart the parts of a meta line. */
    static final int SEPARATOR = 8;

    private final int start;
    private final String text;
    private final String folded;
    private final int wordCount;
    private final int traits;
    private final long cueWords;

    SourceLine(int start, String text, String folded, int wordCount, int traits, long cueWords) {
        this.start = start;
        this.text = text;
        this.folded = folded;
        this.wordCount = wordCount;
        this.traits = traits;
        this.cueWords = cueWords;
    }

    /** A line of {@code text} at {@code start}, folded and counted once, as every classifier needs both. */
    public static SourceLine of(int start, String text) {
        return LineFolder.read(start, text, new LineFolder.Scratch());
    }

    /** Offset of the cleaned text in the raw text. */
    public int start() {
        return start;
    }

    /** End offset of the cleaned text in the raw text, exclusive. */
    public int end() {
        return start + text.length();
    }

    /** The cleaned text, equal to {@code raw.substring(start(), end())}. */
    public String text() {
        return text;
    }

    /** The text folded for cue matching (lower case, straight quotes, plain spaces), same length as the text. */
    public String folded() {
        return folded;
    }

    /** The number of white-space separated words. */
    public int wordCount() {
        return wordCount;
    }

    boolean hasDigit() {
        return (traits & DIGIT) != 0;
    }

    boolean hasCopyrightSign() {
        return (traits & COPYRIGHT_SIGN) != 0;
    }

    boolean hasSeparator() {
        return (traits & SEPARATOR) != 0;
    }

    boolean hasLetterOrDigit() {
        return (traits & LETTER_OR_DIGIT) != 0;
    }

    /** False when the line holds none of the first words of the phrases, so none of them can occur in it. */
    boolean mayHold(WordPhrases phrases) {
        return (cueWords & phrases.firstWords()) != 0;
    }
}
