package io.newsenrich.text.sections;

/**
 * One non-empty line of the raw text, cleaned of surrounding white space and bullet marks.
 *
 * @param start  offset of the cleaned text in the raw text
 * @param end    end offset of the cleaned text, exclusive
 * @param text   the cleaned text, equal to {@code raw.substring(start, end)}
 * @param folded the text folded for cue matching (lower case, straight quotes, plain spaces), same length as text
 */
public record SourceLine(int start, int end, String text, String folded) {

    public int wordCount() {
        return Cues.wordCount(text);
    }
}
