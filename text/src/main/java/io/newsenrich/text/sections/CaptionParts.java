package io.newsenrich.text.sections;

/**
 * A line read as a photo caption: the caption text as a range of the line, and its credit.
 *
 * @param textStart start of the caption text in the line
 * @param textEnd   end of the caption text in the line, exclusive; equal to textStart for a line that is only a credit
 * @param credit    the credit without its marker ("Roman Pilipey/Getty"), or null when the line names none
 */
public record CaptionParts(int textStart, int textEnd, String credit) {

    public boolean creditOnly() {
        return textStart == textEnd;
    }
}
