package io.newsenrich.text.sections;

/**
 * One non-empty line of the raw text, cleaned of surrounding white space and bullet marks.
 *
 * @param start  offset of the cleaned text in the raw text
 * @param end    end offset of the cleaned text, exclusive
 * @param text   the cleaned text, equal to {@code raw.substring(start, end)}
 * @param folded the text folded for cue matching (lower case, straight quotes, plain spaces), same length as text
 * @param wordCount the number of white-space separated words
 */
public record SourceLine(int start, int end, String text, String folded, int wordCount) {

    /** A line of {@code text} at {@code start}; folds it and counts its words once, as every classifier needs both. */
    public static SourceLine of(int start, String text) {
        return new SourceLine(start, start + text.length(), text, Cues.fold(text), Cues.wordCount(text));
    }
}
