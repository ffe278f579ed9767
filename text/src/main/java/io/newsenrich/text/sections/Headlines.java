package io.newsenrich.text.sections;

import java.util.List;
import java.util.Set;

/**
 * The headline search: the first line that reads as a title, past the labels, menus and breadcrumbs over it, and what a
 * section label looks like.
 */
final class Headlines {

    private static final int MAX_HEADLINE_WORDS = 35;
    private static final int MAX_HEADLINE_SENTENCE_WORDS = 15;
    /** "Politics", "Nation & World", "China/ Diplomacy": a section label over the headline. */
    static final int MAX_LABEL_WORDS = 3;
    private static final int MAX_BREADCRUMB_WORDS = 10;
    private static final Set<String> TITLE_MINOR_WORDS = Set.of("of", "the", "and", "in", "on", "for", "to", "a",
            "at", "by", "or", "from");
    /** "The world in brief": a menu item in sentence case is shorter than a headline. */
    private static final int MAX_MENU_ITEM_WORDS = 5;
    /** Labels in a row that make a menu: one label over a title is its section's. */
    private static final int MIN_MENU_LABELS = 2;
    /** "The bell-makers of Patan": a title may be short where a standfirst's sentences stand under it. */
    private static final int MIN_TITLE_WORDS = 2;
    /** "Biting the hand that feeds IT": a motto under the logo is a short line with no full stop. */
    private static final int MAX_MOTTO_WORDS = 10;
    /** A motto written as a sentence is still shorter than most leads. */
    private static final int MAX_TAGLINE_WORDS = 16;
    private static final int YEAR_DIGITS = 4;
    /** How far below the first line a byline may close the page's header. */
    private static final int MAX_HEADER_LINES = 40;
    private static final String BREADCRUMB_SEPARATORS = "/>|»›•·";
    private static final String HOME = "home ";

    private Headlines() {
    }

    /**
     * The first line that is not chrome, when it reads as a title rather than as a paragraph; else -1. What stands
     * over the title is passed over, and becomes chrome, when a title longer than any label follows: section labels
     * ("Politics", "U.K.", "Metro Manila", "Israel & the Region"), breadcrumbs ("Home > Sport > Cricket") and
     * promos ("Subscribe").
     */
    static int find(List<PageLine> lines) {
        int first = PageLines.nextNonChrome(lines, 0);
        if (first >= lines.size() - 1) {
            return -1;
        }
        int title = titleAfterLabels(lines, first);
        if (title == first) {
            title = titleAfterMenu(lines, first);
        }
        // "Weekly edition" / "The world in brief" / "Subscribe" / "Finance & economics | ..." / title: a short menu
        // item in sentence case, with more of the menu after it
        if (title > first && title < lines.size() && lines.get(title).source.wordCount() <= MAX_MENU_ITEM_WORDS) {
            int further = titleAfterMenu(lines, title);
            if (further > title && further < lines.size() && isLabelledTitle(lines.get(further))
                    && noNameBetween(lines, title, further)) {
                title = further;
            }
        }
        int top = title;
        if (title == first || title < lines.size() - 1 && !isTitleUnderMenu(lines, first, title)) {
            top = first;
            title = titleOverByline(lines, first, first);
        } else if (title > first && title < lines.size()) {
            // "The Example Daily" / "One hundred years of editorial freedom" / menu / title: a motto under the logo
            // reads as a labelled title, but the title over the byline comes after the menu under it; so does a
            // menu's last item ("Submit a Press Release" / "Technology" / title), the menu counted from the top
            title = titleOverByline(lines, title, first);
        }
        // a title found over the byline has passed its own tests, also when it is short ("The Kelp Counters")
        boolean overByline = title > top;
        if (title > first && title < lines.size() - 1 && (overByline || isTitleUnderMenu(lines, first, title))) {
            for (int i = first; i < title; i++) {
                // a promo and the lead picture's caption over the title keep their kinds
                if (lines.get(i).kind != LineKind.PROMO && lines.get(i).kind != LineKind.CAPTION) {
                    lines.get(i).kind = LineKind.CHROME;
                }
            }
            first = title;
        }
        PageLine line = lines.get(first);
        int words = line.source.wordCount();
        boolean titleKind = line.kind != LineKind.BYLINE && line.kind != LineKind.PROMO
                && line.kind != LineKind.RELATED_HEADER && line.kind != LineKind.TOPIC_HEADER
                && line.kind != LineKind.CREDIT_ONLY;
        boolean titleShape = words <= MAX_HEADLINE_WORDS && (!line.text().endsWith(".") || isSentenceTitleLength(line)
                || isSentenceTitleOverStandfirst(lines, first));
        if (!titleKind || !titleShape) {
            return -1;
        }
        line.kind = LineKind.PLAIN;
        return first;
    }

    /**
     * Whether no byline or name stands between two lines; a name-like label among a menu's labels ("Sport" / "Rugby
     * Union" / "Six Nations") is one more label.
     */
    private static boolean noNameBetween(List<PageLine> lines, int from, int to) {
        for (int i = from + 1; i < to; i++) {
            PageLine line = lines.get(i);
            boolean inMenu = line.kind == LineKind.NAME_ONLY && i - 1 > from && isSectionLabel(lines.get(i - 1))
                    && isSectionLabel(line);
            if ((line.kind == LineKind.NAME_ONLY || line.kind == LineKind.BYLINE) && !inMenu) {
                return false;
            }
        }
        return true;
    }

    /** The first line from {@code first} on that is no label, breadcrumb, date or kicker over the title. */
    private static int titleAfterLabels(List<PageLine> lines, int first) {
        int title = first;
        while (title < lines.size()
                && (isOverTitle(lines.get(title)) || isKicker(lines, title) || isMottoOverMenu(lines, first, title))) {
            title = PageLines.nextNonChrome(lines, afterLinks(lines, title));
        }
        return title;
    }

    /** The line after a header's list of links ("Trending:" and its titles), or after the line itself. */
    private static int afterLinks(List<PageLine> lines, int i) {
        int next = i + 1;
        if (lines.get(i).kind == LineKind.RELATED_HEADER) {
            while (next < lines.size() && lines.get(next).kind == LineKind.RELATED) {
                next++;
            }
        }
        return next;
    }

    /**
     * "Democracy Dies in Darkness" / "Politics" / "Congress" / title: an outlet's tagline or a skip link over a menu
     * of labels is page furniture, and the title comes after the menu; else {@code first}.
     */
    private static int titleAfterMenu(List<PageLine> lines, int first) {
        int k = PageLines.nextNonChrome(lines, first + 1);
        if (k < lines.size() && isMottoSentence(lines.get(first), lines.get(k))) {
            k = PageLines.nextNonChrome(lines, k + 1);
        }
        int labels = 0;
        boolean names = true;
        int last = k;
        while (k < lines.size() && isOverTitle(lines.get(k))) {
            labels++;
            names &= lines.get(k).kind == LineKind.NAME_ONLY;
            last = k;
            k = PageLines.nextNonChrome(lines, k + 1);
        }
        // title / "Jane Doe" / "John Roe" / "Publishing date:" / "Nov 14, 2023": names over the story's date, past
        // its label, are its authors
        int stamp = last + 1;
        while (stamp < lines.size() && lines.get(stamp).kind == LineKind.CHROME && !isStamp(lines.get(stamp))) {
            stamp++;
        }
        boolean authors = names && stamp < lines.size() && isStamp(lines.get(stamp));
        return labels >= MIN_MENU_LABELS && !authors ? k : first;
    }

    /**
     * "Example Climate News" / "Prize-winning reporting on the crisis facing our planet." / menu: a short logo and
     * the outlet's motto written as a sentence, which only the menu under it tells from a headline and its lead.
     */
    private static boolean isMottoSentence(PageLine top, PageLine under) {
        return top.kind == LineKind.PLAIN && top.source.wordCount() <= MAX_LABEL_WORDS + 1
                && !Cues.endsSentence(top.text()) && under.kind == LineKind.PLAIN
                && under.source.wordCount() <= MAX_TAGLINE_WORDS && LinkLists.endsWithFullStop(under.text());
    }

    /** Whether line {@code i}, right under the top, is the motto of {@link #isMottoSentence} and labels follow it. */
    private static boolean isMottoOverMenu(List<PageLine> lines, int first, int i) {
        if (i == first || i != PageLines.nextNonChrome(lines, first + 1)
                || !isMottoSentence(lines.get(first), lines.get(i))) {
            return false;
        }
        int next = PageLines.nextNonChrome(lines, i + 1);
        int after = next < lines.size() ? PageLines.nextNonChrome(lines, next + 1) : next;
        return after < lines.size() && isOverTitle(lines.get(next)) && isOverTitle(lines.get(after));
    }

    /** A label, breadcrumb, promo, widget header or the page's date ("Sat, Sep 13, 2025") over the title. */
    private static boolean isOverTitle(PageLine line) {
        // a credit-like line in the header is a breadcrumb ("Hong Kong/Transport"), as no picture stands there, and
        // a widget's header among a menu's labels ("Most read") one more label
        return line.kind == LineKind.PROMO || line.kind == LineKind.CREDIT_ONLY
                || (line.kind == LineKind.RELATED_HEADER || line.kind == LineKind.TOPIC_HEADER)
                && line.source.wordCount() <= MAX_LABEL_WORDS
                || (line.kind == LineKind.PLAIN || line.kind == LineKind.NAME_ONLY)
                && (isSectionLabel(line) || isBreadcrumb(line) || Timestamps.isBareDatedYear(line.source));
    }

    /** "Ukraine war briefing" over "Ukraine war briefing: Russian drones hit ...": a series' name that opens the title. */
    private static boolean isKicker(List<PageLine> lines, int i) {
        int next = PageLines.nextNonChrome(lines, i + 1);
        return next < lines.size() && lines.get(i).kind == LineKind.PLAIN && lines.get(next).kind == LineKind.PLAIN
                && lines.get(next).folded().startsWith(lines.get(i).folded())
                && lines.get(next).text().length() > lines.get(i).text().length();
    }

    /** A title that labels stand over: longer than any label, and no sentence (a short headline's paragraph). */
    private static boolean isLabelledTitle(PageLine line) {
        int words = line.source.wordCount();
        return (line.kind == LineKind.PLAIN || isRubricTitle(line)) && words > MAX_LABEL_WORDS
                && words <= MAX_HEADLINE_WORDS && !Cues.endsSentence(line.text());
    }

    /**
     * "Interview: Indonesia nickel smelter chief sees consolidation": a title under its rubric, which elsewhere on a
     * page labels a link ("Analysis: ...") but over the article is its headline.
     */
    private static boolean isRubricTitle(PageLine line) {
        return line.kind == LineKind.RELATED && line.related != null && line.related.length() < line.text().length()
                && line.text().endsWith(line.related);
    }

    /**
     * "Example Radio" / "Listen Live" / "News" / ... / "Top Stories" / title / "Posted: March 14, 2025": when a short
     * first line (a logo or a motto) and a menu no label test knows stand over a title, the title is the first of the
     * title-shaped lines over the byline or the timestamp (past the authors' names and roles, and a standfirst's
     * sentence), with two labels or more between it and {@code menuStart}; else {@code first}.
     */
    private static int titleOverByline(List<PageLine> lines, int first, int menuStart) {
        PageLine top = lines.get(first);
        // "azcentral.": a one-word logo may end with a dot, a sentence never has one word
        boolean sentence = LinkLists.endsWithFullStop(top.text()) && top.source.wordCount() > 1;
        if (top.source.wordCount() > MAX_MOTTO_WORDS || sentence) {
            return first;
        }
        int limit = Math.min(lines.size(), first + MAX_HEADER_LINES);
        for (int k = first + 1; k < limit; k++) {
            PageLine line = lines.get(k);
            // "Next Up:" over the title is a widget's label, not a sentence
            boolean colonLabel = line.text().endsWith(":") && line.source.wordCount() <= MAX_LABEL_WORDS;
            // a standfirst of full sentences may stand between the title and the authors, and a title that asks
            // a question over them both
            if (PageLines.isParagraph(line) && !(LinkLists.endsWithFullStop(line.text()) && isOverAuthors(lines, k))
                    && !isQuestionOverAuthors(lines, k) && !colonLabel && !isSentenceTitleOverStandfirst(lines, k)) {
                return first;
            }
            if (line.kind == LineKind.BYLINE || isStamp(line)) {
                int title = previousNonChrome(lines, k, first);
                while (title > first && (isAuthorLine(lines.get(title)) || isLeadPicture(lines.get(title)))) {
                    title = previousNonChrome(lines, title, first);
                }
                // a short title counts over a standfirst of sentences ("The bell-makers of Patan" / "In a ...")
                boolean overStandfirst = title > first && LinkLists.endsWithFullStop(lines.get(title).text());
                if (overStandfirst) {
                    title = previousNonChrome(lines, title, first);
                }
                // "The Kelp Counters" over the standfirst is a short title in title case, where one or two words
                // over it are a section's label
                boolean titleOverStandfirst = overStandfirst && (!isSectionLabel(lines.get(title))
                        || lines.get(title).source.wordCount() >= MAX_LABEL_WORDS);
                int minWords = titleOverStandfirst ? MIN_TITLE_WORDS : MAX_LABEL_WORDS + 2;
                // "title" / "standfirst with no full stop" / byline: the first of the two, when it is longer than a
                // menu's label ("Latin America & the Caribbean" / title)
                int above = previousNonChrome(lines, title, first);
                if (above > first && (isTitleShape(lines.get(above)) && !isBreadcrumb(lines.get(above))
                        && lines.get(above).source.wordCount() > MAX_MENU_ITEM_WORDS
                        || isObituaryTitle(lines.get(above)))) {
                    title = above;
                }
                // a kicker between the top and the title ("Submit a Press Release" / "Technology" / title,
                // "Lithuania in the world" / "LIVE" / title) makes the top one more item of the menu above it
                boolean sentences = overStandfirst && isSentenceTitleOverStandfirst(lines, title);
                boolean overMenu = isTitleOverMenu(lines, first, title, minWords, sentences) || menuStart < first
                        && hasKickerBetween(lines, first, title)
                        && isTitleOverMenu(lines, menuStart, title, minWords, sentences);
                if (title <= first || !overMenu) {
                    // "The Example" / tagline / "Tuesday, 4 March 2025" / menu: the day's date in the page's header
                    // stands over the menu, and the story's stamp may come further down
                    if (line.kind != LineKind.BYLINE && title - first <= 1) {
                        continue;
                    }
                    return first;
                }
                // the lines under the title are the header's (a standfirst), not a list of links
                for (int i = title + 1; i < k; i++) {
                    if (lines.get(i).kind == LineKind.RELATED) {
                        lines.get(i).kind = LineKind.PLAIN;
                    }
                }
                return title;
            }
        }
        return first;
    }

    /**
     * "Why do some birds sing at night?" over the authors, or over a standfirst over them: a short title that asks a
     * question.
     */
    private static boolean isQuestionOverAuthors(List<PageLine> lines, int k) {
        PageLine line = lines.get(k);
        if (!line.text().endsWith("?") || line.source.wordCount() > MAX_HEADLINE_SENTENCE_WORDS) {
            return false;
        }
        int next = PageLines.nextNonChrome(lines, k + 1);
        return isOverAuthors(lines, k) || next < lines.size() && isOverAuthors(lines, next);
    }

    /**
     * "A Town's Tap Water Has Been Unsafe for 19 Months. Nobody Will Pay to Fix It." over a standfirst over the
     * authors: a title of sentences in title case, as no paragraph is written, or shorter than the standfirst.
     */
    private static boolean isSentenceTitleOverStandfirst(List<PageLine> lines, int k) {
        PageLine line = lines.get(k);
        int next = PageLines.nextNonChrome(lines, k + 1);
        if (next >= lines.size() || !LinkLists.endsWithFullStop(lines.get(next).text())) {
            return false;
        }
        // "Measles cases have passed last year's total. Here's why doctors are worried." over a longer standfirst
        boolean titleLike = isTitleCase(line.text())
                || line.source.wordCount() < lines.get(next).source.wordCount();
        return line.source.wordCount() <= MAX_HEADLINE_WORDS && titleLike && isOverAuthors(lines, next);
    }

    /** The lead picture's caption or credit, which may stand between the standfirst and the byline. */
    private static boolean isLeadPicture(PageLine line) {
        return line.kind == LineKind.CAPTION || line.kind == LineKind.CREDIT_ONLY;
    }

    /** Whether the next line that is no chrome, past the lead picture, names the authors or dates the story. */
    private static boolean isOverAuthors(List<PageLine> lines, int k) {
        int next = PageLines.nextNonChrome(lines, k + 1);
        while (next < lines.size() && isLeadPicture(lines.get(next))) {
            next = PageLines.nextNonChrome(lines, next + 1);
        }
        return next < lines.size() && (isAuthorLine(lines.get(next)) || isStamp(lines.get(next)));
    }

    /**
     * "Published March 14, 2025", "Fri 14 Mar 2025 // 11:32 UTC": the story's date line; "March 14, 2025" alone,
     * which a plain text may hold as a line of its own, too.
     */
    static boolean isStamp(PageLine line) {
        return line.kind == LineKind.CHROME && line.source.hasDigit() && (Timestamps.isTimestamp(line.source)
                || Timestamps.isBareDate(line.source) || Cues.CHROME_OPENERS.match(line.folded()) != null)
                || line.kind == LineKind.PLAIN && line.source.hasDigit() && Timestamps.isBareDatedYear(line.source);
    }

    private static boolean isAuthorLine(PageLine line) {
        return line.kind == LineKind.NAME_ONLY || line.kind == LineKind.AUTHOR_ROLE
                || line.kind == LineKind.NAME_WITH_ROLE || line.kind == LineKind.BYLINE;
    }

    /** "Jane Doe (1938–2025)", "Jane Doe, 1938-2025": an obituary's title, a name and the years of a life. */
    private static boolean isObituaryTitle(PageLine line) {
        String text = line.text();
        boolean bracketed = text.endsWith(")");
        int open = bracketed ? text.lastIndexOf('(') : text.lastIndexOf(", ");
        int from = bracketed ? open + 1 : open + 2;
        int to = bracketed ? text.length() - 1 : text.length();
        if (line.kind != LineKind.PLAIN || open <= 0 || to - from != 2 * YEAR_DIGITS + 1) {
            return false;
        }
        return Cues.isYear(text.substring(from, from + YEAR_DIGITS))
                && Cues.isYear(text.substring(to - YEAR_DIGITS, to))
                && "-\u2013".indexOf(text.charAt(from + YEAR_DIGITS)) >= 0
                && Bylines.isPersonName(Cues.strip(text.substring(0, open)));
    }

    private static boolean isTitleShape(PageLine line) {
        return isTitleShape(line, MAX_LABEL_WORDS + 2);
    }

    private static boolean isTitleShape(PageLine line, int minWords) {
        int words = line.source.wordCount();
        // a title may end as a sentence does when it is written in title case, as no paragraph is
        return (line.kind == LineKind.PLAIN || line.kind == LineKind.RELATED) && words >= minWords
                && words <= MAX_HEADLINE_WORDS
                && (!LinkLists.endsWithFullStop(line.text()) || isTitleCase(line.text()));
    }

    private static int previousNonChrome(List<PageLine> lines, int from, int floor) {
        int i = from - 1;
        while (i > floor && lines.get(i).kind == LineKind.CHROME) {
            i--;
        }
        return i;
    }

    /**
     * A title-shaped line of text or link (or one of {@code sentences} over a standfirst) with two lines or more of
     * the menu between it and the first line.
     */
    private static boolean isTitleOverMenu(List<PageLine> lines, int first, int title, int minWords,
            boolean sentences) {
        PageLine line = lines.get(title);
        // a menu's labels count, also those a topic header made furniture; a share bar's buttons do not
        int between = 0;
        for (int i = first + 1; i < title; i++) {
            PageLine menu = lines.get(i);
            boolean label = menu.source.wordCount() <= MAX_LABEL_WORDS && !Cues.CHROME.contains(menu.folded());
            between += menu.kind != LineKind.CHROME || label ? 1 : 0;
        }
        boolean shaped = isTitleShape(line, minWords) || sentences && line.source.wordCount() >= minWords;
        // "Example Desert Sun" / "Subscribe" / "LOCAL" / title: under the paper's name one label makes the menu
        int labels = Publishers.isMastheadName(lines.get(first).text()) ? 1 : MIN_MENU_LABELS;
        if (!shaped && !isObituaryTitle(line) || between < labels) {
            return false;
        }
        line.kind = LineKind.PLAIN;
        return true;
    }

    /**
     * A title under a whole menu of labels, which may end as a sentence does when it is short ("Egg prices fell for
     * the first time in months. Here's when shoppers could see relief.", "Is the war over?").
     */
    private static boolean isTitleUnderMenu(List<PageLine> lines, int first, int title) {
        PageLine line = lines.get(title);
        int words = line.source.wordCount();
        // a title is short when it ends as a sentence does, as the article's first paragraph does too
        boolean titleLength = isSentenceTitleLength(line)
                || words <= MAX_HEADLINE_WORDS && !LinkLists.endsWithFullStop(line.text());
        return isLabelledTitle(line) || line.kind == LineKind.PLAIN && words > MAX_LABEL_WORDS
                && titleLength && labelsBetween(lines, first, title) >= MIN_MENU_LABELS;
    }

    /**
     * Whether a title that ends as a sentence does is short enough: a paragraph may open the article as briefly, but
     * is not written in title case ("A Texas Town's Tap Water Has Been Unsafe for 19 Months. Nobody Will Pay to Fix
     * It.").
     */
    private static boolean isSentenceTitleLength(PageLine line) {
        int words = line.source.wordCount();
        return words <= MAX_HEADLINE_SENTENCE_WORDS || words <= MAX_HEADLINE_WORDS && isTitleCase(line.text());
    }

    /** Whether a section label or a short line of furniture stands between the two lines. */
    private static boolean hasKickerBetween(List<PageLine> lines, int top, int title) {
        for (int i = top + 1; i < title; i++) {
            PageLine line = lines.get(i);
            if (line.kind == LineKind.CHROME && line.source.wordCount() <= MAX_LABEL_WORDS
                    || (line.kind == LineKind.PLAIN || line.kind == LineKind.NAME_ONLY) && isSectionLabel(line)) {
                return true;
            }
        }
        return false;
    }

    private static int labelsBetween(List<PageLine> lines, int from, int to) {
        int labels = 0;
        for (int i = from; i < to; i++) {
            PageLine line = lines.get(i);
            labels += (line.kind == LineKind.PLAIN || line.kind == LineKind.NAME_ONLY) && isSectionLabel(line) ? 1 : 0;
        }
        return labels;
    }

    /**
     * One or two words ("Politics", "German economy", "China/ Diplomacy"), three in title case ("Live Cricket
     * Scores") or joined by "&" or "and" ("Nation & World", "Israel & the Region"): a three-word line of any other
     * shape is as often a short headline ("Chelsea sack Mutu").
     */
    static boolean isSectionLabel(PageLine line) {
        // "Texas Legislature 2025", "Election 2024": a topic's label may close with its year, and holds no other number
        boolean year = line.source.hasDigit() && endsWithYear(line.text());
        if (line.source.hasDigit() && !year) {
            return false;
        }
        String text = year ? line.text().substring(0, line.text().lastIndexOf(' ')) : line.text();
        int words = line.source.wordCount() - (year ? 1 : 0);
        if (words > MAX_LABEL_WORDS + 1) {
            return false;
        }
        // "U.S.", "U.K.": an abbreviation's last full stop ends no sentence
        int stop = text.indexOf('.');
        boolean abbreviation = words == 1 && stop >= 0 && stop < text.length() - 1;
        boolean shape = words < MAX_LABEL_WORDS
                || words == MAX_LABEL_WORDS
                && (isJoinedPair(year ? Cues.fold(text) : line.folded()) || isTitleCase(text))
                || words == MAX_LABEL_WORDS + 1 && (text.contains(" & ") || isTitleCaseList(text));
        return shape && (abbreviation || !Cues.endsSentence(text));
    }

    /** Whether the last word is a year and the only digits of the text. */
    private static boolean endsWithYear(String text) {
        int space = text.lastIndexOf(' ');
        String last = text.substring(space + 1);
        boolean year = space > 0 && Cues.isYear(last);
        for (int i = 0; i < space && year; i++) {
            year = !Character.isDigit(text.charAt(i));
        }
        return year;
    }

    /** "Restaurants, Food and Drink": a menu's label listing its topics in title case. */
    private static boolean isTitleCaseList(String text) {
        int comma = text.indexOf(", ");
        return comma > 0 && text.indexOf(" and ", comma) > comma && isTitleCase(text);
    }

    private static boolean isJoinedPair(String folded) {
        int space = folded.indexOf(' ');
        return folded.startsWith("& ", space + 1) || folded.startsWith("and ", space + 1)
                || folded.startsWith("+ ", space + 1);
    }

    /** The short words title case leaves small: "of", "the", "and" ... */
    static boolean isTitleMinorWord(String word) {
        return TITLE_MINOR_WORDS.contains(word);
    }

    /**
     * "Poll of Polls", "Best of Ireland", "Notes from Poland": every word capitalised but the short ones that title
     * case leaves.
     */
    static boolean isTitleCase(String text) {
        if (text.isEmpty() || !Character.isUpperCase(text.charAt(0))) {
            return false;
        }
        for (int i = text.indexOf(' '); i >= 0; i = text.indexOf(' ', i + 1)) {
            int end = text.indexOf(' ', i + 1);
            String word = text.substring(i + 1, end < 0 ? text.length() : end);
            // "for 19 Months": a number is neither case
            if (!word.isEmpty() && Character.isLowerCase(word.charAt(0)) && !TITLE_MINOR_WORDS.contains(word)) {
                return false;
            }
        }
        return true;
    }

    /** "Home / Wairarapa News", "Home \u00bb Companies": a trail of links from the site's home page. */
    static boolean isTrailFromHome(PageLine line) {
        String text = line.text();
        return line.folded().startsWith(HOME) && text.length() > HOME.length() + 1
                && BREADCRUMB_SEPARATORS.indexOf(text.charAt(HOME.length())) >= 0
                && LineScanner.isSpace(text.charAt(HOME.length() + 1));
    }

    /**
     * "Home / News / World", "Home > Sport > Cricket", "News24 | News": a trail of short labels; a trail from "Home"
     * may end with the page's own title ("Home » Companies » Lagos port congestion costs importers N1.2trn").
     */
    private static boolean isBreadcrumb(PageLine line) {
        if (isTrailFromHome(line)) {
            return true;
        }
        String text = line.text();
        if (line.source.wordCount() > MAX_BREADCRUMB_WORDS) {
            return false;
        }
        int separators = 0;
        int words = 0;
        int i = 0;
        while (i < text.length()) {
            int end = i;
            while (end < text.length() && !LineScanner.isSpace(text.charAt(end))) {
                end++;
            }
            if (end == i + 1 && BREADCRUMB_SEPARATORS.indexOf(text.charAt(i)) >= 0) {
                separators++;
                words = 0;
            } else if (end > i && ++words > MAX_LABEL_WORDS) {
                return false;
            }
            i = end + 1;
        }
        return separators > 0 && words > 0;
    }
}
