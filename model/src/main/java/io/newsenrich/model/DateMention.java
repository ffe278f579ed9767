package io.newsenrich.model;

/**
 * A year or calendar date named in the text; kept apart from figures because a date is a point in time, not an amount.
 *
 * @param text  the exact text
 * @param value normalised form: "2022", "2022-08", "2022-08-21" or "--08-21" (ISO 8601, missing parts left out)
 * @param start start offset in the raw text
 * @param end   end offset, exclusive
 */
public record DateMention(String text, String value, int start, int end) {
}
