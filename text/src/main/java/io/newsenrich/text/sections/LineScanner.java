package io.newsenrich.text.sections;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts raw text into its non-empty lines in one pass. Accepts LF, CRLF and lone CR line ends, and strips the white
 * space (including non-breaking and zero-width spaces) and bullet marks that copied web text wraps lines in.
 */
public final class LineScanner {

    /** Word counts and trims test every char of the page for white space, so the test is one table look-up. */
    private static final boolean[] SPACES = new boolean[Character.MAX_VALUE + 1];

    static {
        for (int c = 0; c < SPACES.length; c++) {
            SPACES[c] = c == ' ' || c >= '\t' && c <= '\r' || c >= '\u001C' && c <= '\u001F'
                    || Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200B' || c == '\uFEFF'
                    || c == '\u2060';
        }
    }

    /** Marks that are bullets wherever they open a line. */
    private static final String BULLETS = "•·▪▫●○◦‣⁃►▶■□◆◇★☆✓✔➤→";
    /** The lowest bullet mark: every line opens with a char, and nearly all open below it, with no search. */
    private static final char LOWEST_BULLET = (char) BULLETS.chars().min().orElseThrow();

    /** Each thread folds its pages' lines into arrays of its own, kept for the next page unless a page is huge. */
    private static final ThreadLocal<LineFolder.Scratch> SCRATCH = ThreadLocal.withInitial(LineFolder.Scratch::new);
    private static final int RETAINED_SCRATCH_CHARS = 1 << 16;
    /** An icon's label that copies glue to the caption under the picture. */
    private static final String ICON_LABEL = "Camera Icon";

    private LineScanner() {
    }

    public static List<SourceLine> scan(String raw) {
        List<SourceLine> lines = new ArrayList<>();
        LineFolder.Scratch scratch = raw.length() > RETAINED_SCRATCH_CHARS ? new LineFolder.Scratch() : SCRATCH.get();
        int length = raw.length();
        int lineStart = 0;
        int nextFeed = -1;
        int nextReturn = -1;
        while (lineStart <= length) {
            // indexOf is vectorised, so line ends are found far faster than char by char
            if (nextFeed < lineStart) {
                nextFeed = indexOrEnd(raw, '\n', lineStart);
            }
            if (nextReturn < lineStart) {
                nextReturn = indexOrEnd(raw, '\r', lineStart);
            }
            int lineEnd = Math.min(nextFeed, nextReturn);
            addCleaned(raw, lineStart, lineEnd, lines, scratch);
            if (lineEnd >= length) {
                break;
            }
            boolean crlf = raw.charAt(lineEnd) == '\r' && lineEnd + 1 < length && raw.charAt(lineEnd + 1) == '\n';
            lineStart = lineEnd + (crlf ? 2 : 1);
        }
        return lines;
    }

    private static int indexOrEnd(String raw, char c, int from) {
        int at = raw.indexOf(c, from);
        return at < 0 ? raw.length() : at;
    }

    private static void addCleaned(String raw, int from, int to, List<SourceLine> lines, LineFolder.Scratch scratch) {
        int start = from;
        int end = to;
        while (start < end) {
            char c = raw.charAt(start);
            if (isSpace(c) || isBullet(c) || isSoftBullet(c) && start + 1 < end && isSpace(raw.charAt(start + 1))) {
                start++;
            } else {
                break;
            }
        }
        while (end > start && isSpace(raw.charAt(end - 1))) {
            end--;
        }
        // "Camera IconThe beach at ...": a copy keeps an icon's label glued to the caption it opens
        if (raw.startsWith(ICON_LABEL, start) && start + ICON_LABEL.length() < end
                && !isSpace(raw.charAt(start + ICON_LABEL.length()))) {
            start += ICON_LABEL.length();
        }
        if (start < end) {
            lines.add(LineFolder.read(start, raw.substring(start, end), scratch));
        }
    }

    static boolean isSpace(char c) {
        return SPACES[c];
    }

    /** Whether the char is one of the {@link #BULLETS}. */
    private static boolean isBullet(char c) {
        return c >= LOWEST_BULLET && BULLETS.indexOf(c) >= 0;
    }

    /** Marks that are bullets only when a space follows, since "-5" or "*Note" are text. */
    private static boolean isSoftBullet(char c) {
        return c == '-' || c == '*' || c == '+' || c == '–';
    }
}
