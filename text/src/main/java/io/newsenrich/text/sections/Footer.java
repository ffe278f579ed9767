package io.newsenrich.text.sections;

import java.util.List;

/** The footer pass: the lines of text after the article's end are furniture. */
final class Footer {

    /** Paragraphs of text that make an article: the footer comes after them, and no article after the footer. */
    private static final int MIN_PARAGRAPHS_BEFORE_FOOTER = 3;
    /** A footer's lines are short but for its legal notice; an article's paragraphs are longer than this. */
    private static final int MIN_FOOTER_PARAGRAPH_WORDS = 20;
    /** Headers of the readers' comments under an article, with any count of them taken out ("0 Comments"). */
    private static final LinePhrases COMMENT_HEADERS = LinePhrases.of("comments", "top comments", "reader comments",
            "readers' comments", "most recent comments", "latest comments", "join the conversation", "leave a reply",
            "leave a comment", "add a comment", "show comments", "view comments", "disclaimer & comment rules",
            "comment rules", "conversation", "discussion", "add your comment to this story",
            "leave a reply cancel reply", "submit a comment");
    private static final int MAX_HEADER_WORDS = 6;
    /** "6 thoughts on" and the story's title. */
    private static final int MAX_TITLED_HEADER_WORDS = 30;
    private static final List<String> REPLIES_TO = List.of("thoughts on ", "thought on ", "responses to ",
            "response to ", "comments on ", "comment on ", "replies to ", "reply to ");

    private Footer() {
    }

    /**
     * The article's text ends where the page's footer starts: at its author's bio or its copyright notice after the
     * article's paragraphs, so that tip lines, notes on the outlet and the sentences of its legal notice after
     * either ("Connect via X or email.", "Story tips can be sent to ...", "Example.ie is the website of ...") are
     * furniture. Not when the article goes on after it: an author card above the text or a notice inside it.
     */
    static void drop(List<PageLine> lines, int headline) {
        if (!PageLines.hasFurniture(lines)) {
            return;
        }
        int paragraphs = 0;
        for (int i = headline + 1; i < lines.size(); i++) {
            PageLine line = lines.get(i);
            boolean comments = isCommentHeader(line);
            boolean footer = line.kind == LineKind.BIO
                    || line.kind == LineKind.CHROME && CreditSplitter.isCopyrightNotice(line.source) || comments;
            if (footer && paragraphs >= MIN_PARAGRAPHS_BEFORE_FOOTER
                    && paragraphsFrom(lines, i + 1) < MIN_PARAGRAPHS_BEFORE_FOOTER) {
                // a header of comments that reads as a sentence ("Add your comment to this story") goes with them
                for (int j = comments ? i : i + 1; j < lines.size(); j++) {
                    // the names over readers' comments, dated as bylines are, sign comments, not the article
                    LineKind kind = lines.get(j).kind;
                    if (kind == LineKind.PLAIN || comments && kind == LineKind.BYLINE) {
                        lines.get(j).kind = LineKind.CHROME;
                    }
                }
                return;
            }
            paragraphs += PageLines.isParagraph(line) ? 1 : 0;
        }
    }

    /** "Top Comments", "0 Comments", "Comments (14)": where readers' comments open under the article. */
    static boolean isCommentHeader(PageLine line) {
        // past a few words only a count opens a header ("6 thoughts on ..."), which the first char tells
        int words = line.source.wordCount();
        if (line.kind != LineKind.CHROME && line.kind != LineKind.PLAIN || words > MAX_TITLED_HEADER_WORDS
                || words > MAX_HEADER_WORDS && !Character.isDigit(line.folded().charAt(0))) {
            return false;
        }
        String folded = line.folded();
        int start = 0;
        while (start < folded.length() && (Character.isDigit(folded.charAt(start)) || folded.charAt(start) == ' ')) {
            start++;
        }
        int end = folded.length();
        if (folded.endsWith(")") && folded.lastIndexOf('(') > start) {
            int open = folded.lastIndexOf('(');
            end = Cues.isDigits(folded.substring(open + 1, end - 1)) ? open : end;
        }
        String header = Cues.strip(folded.substring(start, end));
        return line.source.wordCount() <= MAX_HEADER_WORDS && COMMENT_HEADERS.contains(header)
                || start > 0 && isRepliesToTitle(header);
    }

    /**
     * "6 thoughts on \u201cTitle\u201d", "2 responses to \u201cTitle\u201d": a blog's header of its readers'
     * comments, which names the story; its count was cut off before.
     */
    private static boolean isRepliesToTitle(String header) {
        for (String opener : REPLIES_TO) {
            if (header.startsWith(opener) && header.length() > opener.length()
                    && "\u201c\"'\u2018".indexOf(header.charAt(opener.length())) >= 0) {
                return true;
            }
        }
        return false;
    }

    private static int paragraphsFrom(List<PageLine> lines, int from) {
        int paragraphs = 0;
        for (int i = from; i < lines.size(); i++) {
            paragraphs += PageLines.isParagraph(lines.get(i))
                    && lines.get(i).source.wordCount() >= MIN_FOOTER_PARAGRAPH_WORDS ? 1 : 0;
        }
        return paragraphs;
    }
}
