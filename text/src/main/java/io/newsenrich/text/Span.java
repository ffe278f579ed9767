package io.newsenrich.text;

/**
 * Where one kept block of a section stands in the raw text, so that figures found in it carry raw-text offsets.
 *
 * @param section the section name: headline, standfirst, captions or body (the sections that yield figures)
 * @param start   start offset in the raw text
 * @param end     end offset, exclusive
 */
public record Span(String section, int start, int end) {
}
