/**
 * The section splitter's rules for text copied from news web pages (shared/gold/GUIDELINES.md).
 *
 * <p>{@link io.newsenrich.text.sections.LineScanner} cuts the text into cleaned lines (LF, CRLF or CR; white space,
 * non-breaking spaces and bullet marks stripped; offsets kept). {@link io.newsenrich.text.sections.PageReader} keeps a
 * repeated line once, at its first occurrence, then classifies each line by its own cues:
 * <ul>
 *   <li>captions by their credits ({@link io.newsenrich.text.sections.CreditSplitter}): "Photograph: X", "Photo: X",
 *       "Picture: X", "Image: X", bracketed agency credits, trailing "REUTERS/Name" or "X/AFP via Getty Images",
 *       "Image source, X" and "Image caption, X", "© Agency" prefixes; a credit alone on a line goes to the caption
 *       above it (or, for "Image source", below it);</li>
 *   <li>related links by their leftovers and prefixes ({@link io.newsenrich.text.sections.Related}): "Opens in new
 *       window ]", "Read more:", "Related:", "See also:", and the headline-like lines under "Related posts";</li>
 *   <li>promos ({@link io.newsenrich.text.sections.Promos}): a promo verb opening a line that names a channel, or a
 *       short address to the reader carrying a promo phrase;</li>
 *   <li>bylines ({@link io.newsenrich.text.sections.Bylines}): "By A and B", wire credits ("Reporting by X; Editing
 *       by Y"), contributor notes, name-only lines and the author's role line, and the "Name is ... correspondent
 *       for ..." biography;</li>
 *   <li>chrome that belongs to no section: share buttons, timestamps ({@link io.newsenrich.text.sections.Timestamps}),
 *       copyright and standards notices, lines without a letter or digit.</li>
 * </ul>
 * The page structure then decides what a line's words leave open: the headline is the first line that is not
 * chrome and reads as a title; a standfirst is an unpunctuated summary under it on a page with web furniture; a
 * name-only line is a byline when the copy repeats it, a biography names it or furniture stands next to it; a
 * biography counts when no article text follows it. Every other line is a body paragraph, in order.
 * {@link io.newsenrich.text.sections.Publishers} names the outlet from the biography, promos, a wire dateline, a
 * copyright notice or a staff photo credit.
 *
 * <p>All cues are general lists (promo verbs, channels, credit markers, agencies, author roles) and structure
 * (position, length, punctuation, repetition, capitalisation). Every check is a bounded or single pass over a line, so
 * splitting is linear in the length of the text.
 */
package io.newsenrich.text.sections;
