package io.newsenrich.text.sections;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The authors pass: which name-only lines are bylines, which biographies count and which role lines go with a byline.
 */
final class Authors {

    /** "Updated on:", "Last updated:": the label a stamp on the next line may carry. */
    /** The most authors a page stacks one name per line over its stamp. */
    private static final int MAX_STACKED_NAMES = 3;
    private static final int MAX_STAMP_LABEL_WORDS = 3;
    private static final Set<String> BY_LABELS = Set.of("by", "written by", "words by", "author", "authors",
            "reporter", "story by", "authored by", "author of the article", "authors of the article");
    private static final int MAX_BY_LABEL_WORDS = 4;
    /** The closings a letter to the editor signs off with, over its writer's name. */
    private static final Set<String> VALEDICTIONS = Set.of("yours faithfully", "yours sincerely", "sincerely",
            "yours truly", "regards", "kind regards", "best regards", "respectfully", "yours");
    private static final int MAX_VALEDICTION_WORDS = 2;
    private static final String ABOUT = "about ";
    private static final String ABOUT_THE_AUTHOR = "about the author";
    /** A bio in an author box is a sentence or a few. */
    private static final int MAX_BOX_BIO_WORDS = 80;
    private static final String FIRST_PERSON = "i ";
    private static final String COVERING = " covering ";
    /** How an author's card asks the reader to write. */
    private static final List<String> CONTACT_CALLS = List.of("get in touch", "contact me", "email me", "e-mail me",
            "with your stories");
    /** "JANE AL-DOE-SMITH": a name in capitals is a few words. */
    private static final int MAX_CAPITALS_NAME_WORDS = 4;
    /** Labels over a name that make it the last of a list of topics. */
    private static final int MIN_LIST_LABELS = 2;

    private Authors() {
    }

    /** "By:", "Written by :", "Author:": a byline's opener and nothing else. */
    private static boolean isByLabel(PageLine line) {
        if (line.source.wordCount() > MAX_BY_LABEL_WORDS) {
            return false;
        }
        String folded = line.folded();
        String bare = folded.indexOf(" :") < 0 ? folded : Cues.strip(folded.replace(" :", ":"));
        return BY_LABELS.contains(bare.endsWith(":") ? bare.substring(0, bare.length() - 1) : bare);
    }

    /**
     * A biography counts when it stands in the furniture (no article text after it) or names an author the page
     * names in a byline or on a line of its own; a name-only line counts as a byline when the copy repeats it, a
     * biography names it, or furniture stands next to it. Otherwise both are article text.
     */
    static void resolve(List<PageLine> lines, int headline) {
        markNameInCapitals(lines, headline);
        for (int i = 0; i < lines.size(); i++) {
            PageLine line = lines.get(i);
            List<String> continued = line.kind == LineKind.PLAIN && i > 0 && lines.get(i - 1).kind == LineKind.BYLINE
                    ? Bylines.continuedByLineNames(line.source) : List.of();
            if (!continued.isEmpty()) {
                // "By Jane Doe | ..." / "and John Roe | ...": the byline's second author on a line of its own
                line.kind = LineKind.BYLINE;
                line.names = continued;
            }
            // a closing is a word or two: a paragraph's chars are never hashed
            boolean signed = line.source.wordCount() <= MAX_VALEDICTION_WORDS
                    && VALEDICTIONS.contains(withoutTrailingComma(line.folded()));
            if (signed && i + 1 < lines.size() && lines.get(i + 1).kind == LineKind.NAME_ONLY) {
                // "Yours faithfully," / "Jane Doe": a letter's writer signs it
                lines.get(i + 1).kind = LineKind.BYLINE;
            }
            if (isByLabel(line) && i + 1 < lines.size() && lines.get(i + 1).kind == LineKind.NAME_ONLY) {
                // "Written by :" / "Jane Doe": the byline's label on a line of its own over the name, or over each
                // of the names ("Authors of the article:" / "Jane Doe" / "John Roe")
                line.kind = LineKind.CHROME;
                for (int next = i + 1; next < lines.size() && lines.get(next).kind == LineKind.NAME_ONLY; next++) {
                    lines.get(next).kind = LineKind.BYLINE;
                }
            }
            if (line.kind == LineKind.NAME_WITH_ROLE) {
                PageLine above = i > 0 ? lines.get(i - 1) : null;
                boolean underName = above != null
                        && (above.kind == LineKind.BYLINE || above.kind == LineKind.NAME_ONLY);
                line.kind = underName ? LineKind.AUTHOR_ROLE : LineKind.BYLINE;
            }
        }
        Set<String> authors = new HashSet<>();
        // names set on lines of their own: the page's header names its author so, as the line over a bio does
        Set<String> namedAlone = new HashSet<>();
        int lastPlain = -1;
        for (int i = 0; i < lines.size(); i++) {
            PageLine line = lines.get(i);
            if (line.kind == LineKind.BYLINE) {
                authors.addAll(line.names);
            } else if (line.kind == LineKind.NAME_ONLY) {
                namedAlone.addAll(line.names);
            } else if (line.kind == LineKind.PLAIN && i != headline) {
                lastPlain = i;
            }
        }
        for (int i = 0; i < lines.size(); i++) {
            PageLine line = lines.get(i);
            String name = line.kind == LineKind.BIO ? line.names.get(0) : null;
            if (name == null) {
                continue;
            }
            // "Jane covers energy", "Doe is ...", "Jane Doe is ..." under "Jane Doe Lok-yi": the bio of an author named
            // in full
            String author = authors.contains(name) || namedAlone.contains(name) ? name : withNamePart(authors, name);
            author = author != null ? author : withNamePart(namedAlone, name);
            if (author != null) {
                line.names = List.of(author);
                authors.add(author);
            } else if (name.indexOf(' ') < 0 || i <= lastPlain) {
                line.kind = LineKind.PLAIN;
            } else {
                authors.addAll(line.names);
            }
        }
        markAuthorBoxes(lines, authors);
        int firstText = firstTextAfter(lines, headline);
        int lastParagraph = lastParagraph(lines);
        for (int i = 0; i < lines.size(); i++) {
            PageLine line = lines.get(i);
            if (line.kind == LineKind.NAME_ONLY && i != headline) {
                // in the page's header, or signing off the page after its last line of text, but not as the last of
                // the topic labels under the story ("Agriculture" / "Irrigation" / "Uttar Pradesh"); a role under the
                // name makes it an author's card
                boolean tag = i > firstText && endsLabelList(lines, i) && !besideKind(lines, i, LineKind.AUTHOR_ROLE);
                // under the text of a page whose byline stands over text, a new name with no role is a footer's link
                // ("Geo Super"); the header's names are bylines by now, as they come first
                boolean footer = i > lastParagraph && !besideKind(lines, i, LineKind.AUTHOR_ROLE)
                        && hasBylineBefore(lines, lastParagraph);
                boolean byline = line.repeated || authors.containsAll(line.names) || !tag && !footer
                        && (besideFurniture(lines, i) || isStackedOverFurniture(lines, i)
                        || headline >= 0 && i < firstText
                        || i > lastPlain && Bylines.areFullNames(line.names));
                line.kind = byline ? LineKind.BYLINE : LineKind.PLAIN;
            }
        }
        for (int i = 0; i < lines.size(); i++) {
            PageLine line = lines.get(i);
            if (line.kind == LineKind.AUTHOR_ROLE && !besideKind(lines, i, LineKind.BYLINE)) {
                line.kind = LineKind.PLAIN;
            }
        }
        markCardBios(lines);
        dropPlacesOfTheHeadline(lines, headline);
    }

    /** The bio of an author's card under its byline and role (which a copy may have dropped as repeated). */
    private static void markCardBios(List<PageLine> lines) {
        for (int i = 0; i + 1 < lines.size(); i++) {
            if (lines.get(i).kind != LineKind.BYLINE) {
                continue;
            }
            PageLine next = lines.get(i + 1);
            int below = next.kind == LineKind.AUTHOR_ROLE || Bylines.isRoleLine(next.source) ? i + 2 : i + 1;
            if (below < lines.size() && isCardBio(lines.get(below))) {
                lines.get(below).kind = LineKind.BIO;
                lines.get(below).names = lines.get(i).names;
            }
        }
    }

    /**
     * "Jane Doe" / "Reporter" / "I joined the Example Gazette in 2022 and cover ... Get in touch with your stories.",
     * "Senior reporter covering the county for the Example Press.": an author's card, whose bio under the role
     * speaks of the work and asks for the reader's stories, or says what the role covers.
     */
    private static boolean isCardBio(PageLine line) {
        String folded = line.folded();
        boolean work = folded.startsWith(FIRST_PERSON) || WordCues.AUTHOR_ROLES.in(line.source);
        boolean covering = folded.contains(COVERING) && WordCues.AUTHOR_ROLES.in(line.source)
                && folded.indexOf(' ') < folded.indexOf(COVERING);
        return line.kind == LineKind.PLAIN && line.source.wordCount() <= MAX_BOX_BIO_WORDS && work
                && (covering || CONTACT_CALLS.stream().anyMatch(folded::contains));
    }

    private static int lastParagraph(List<PageLine> lines) {
        for (int i = lines.size() - 1; i >= 0; i--) {
            if (PageLines.isParagraph(lines.get(i))) {
                return i;
            }
        }
        return -1;
    }

    private static boolean hasBylineBefore(List<PageLine> lines, int end) {
        for (int i = 0; i < end; i++) {
            if (lines.get(i).kind == LineKind.BYLINE) {
                return true;
            }
        }
        return false;
    }

    /**
     * "Jane Doe, Fort Smith" under "Fort Smith students build a canoe": a name the headline holds is the place the
     * author files from, not a second author.
     */
    private static void dropPlacesOfTheHeadline(List<PageLine> lines, int headline) {
        if (headline < 0) {
            return;
        }
        String title = lines.get(headline).folded();
        for (PageLine line : lines) {
            if (line.kind == LineKind.BYLINE && line.names.size() > 1) {
                List<String> authors = line.names.stream()
                        .filter(name -> !Cues.containsWord(title, Cues.fold(name))).toList();
                line.names = authors.isEmpty() ? line.names : authors;
            }
        }
    }

    /**
     * "NOOR AL-SAADI" / "DOHA" under the title: a name in capitals right under the headline, over the place it was
     * filed from in capitals, the page's stamp or the day's date, is the byline, and the place is furniture.
     */
    private static void markNameInCapitals(List<PageLine> lines, int headline) {
        int i = headline + 1;
        if (headline < 0 || i + 1 >= lines.size() || lines.get(i).kind != LineKind.PLAIN) {
            return;
        }
        PageLine line = lines.get(i);
        PageLine next = lines.get(i + 1);
        // most pages have a paragraph here: its word count rules it out before any char is read
        if (line.source.wordCount() > MAX_CAPITALS_NAME_WORDS) {
            return;
        }
        boolean place = next.kind == LineKind.PLAIN && Bylines.isPlaceInCapitals(next.text());
        boolean capitals = line.text().chars().noneMatch(Character::isLowerCase);
        // over the page's stamp, or over the day's date alone ("Friday, 21 March 2025")
        boolean dated = next.kind == LineKind.CHROME && next.source.hasDigit()
                || next.kind == LineKind.PLAIN && Timestamps.isBareDatedYear(next.source);
        if (capitals && (place || dated) && Bylines.isPersonNameInAnyCase(line.text())) {
            line.kind = LineKind.BYLINE;
            line.names = List.of(line.text());
            if (place) {
                next.kind = LineKind.CHROME;
            }
        }
    }

    /** Whether the lines right above line {@code i} are section labels of a list it ends. */
    private static boolean endsLabelList(List<PageLine> lines, int i) {
        int labels = 0;
        for (int k = i - 1; k >= 0 && labels < MIN_LIST_LABELS; k--) {
            PageLine above = lines.get(k);
            if (above.kind != LineKind.PLAIN || !Headlines.isSectionLabel(above)) {
                break;
            }
            labels++;
        }
        return labels == MIN_LIST_LABELS;
    }

    /**
     * The first line of text after the headline: a name-only line above it stands in the page's header, where only
     * a byline names a person on a line of its own.
     */
    private static int firstTextAfter(List<PageLine> lines, int headline) {
        int i = headline + 1;
        while (i < lines.size() && lines.get(i).kind != LineKind.PLAIN) {
            i++;
        }
        return i;
    }

    private static boolean besideKind(List<PageLine> lines, int i, LineKind kind) {
        return i > 0 && lines.get(i - 1).kind == kind || i + 1 < lines.size() && lines.get(i + 1).kind == kind;
    }

    private static boolean besideFurniture(List<PageLine> lines, int i) {
        return i > 0 && isAuthorFurniture(lines.get(i - 1))
                || i + 1 < lines.size() && (isAuthorFurniture(lines.get(i + 1)) || isAddress(lines.get(i + 1)))
                || besideTimestamp(lines, i);
    }

    /** "Jane Doe" / "John Roe" / "Example Times" / "Published ...": authors' names stacked over the furniture. */
    private static boolean isStackedOverFurniture(List<PageLine> lines, int i) {
        int last = i;
        while (last + 1 < lines.size() && last - i < MAX_STACKED_NAMES
                && lines.get(last + 1).kind == LineKind.NAME_ONLY) {
            last++;
        }
        return last > i && besideFurniture(lines, last);
    }

    /** "jdoe@example.com" on a line of its own: under a name, the author's address. */
    private static boolean isAddress(PageLine line) {
        return line.source.wordCount() == 1 && line.text().indexOf('@') > 0;
    }

    /**
     * "Jane Doe" over "Updated - August 21, 2025 10:18 pm IST", or over her place or role and then the stamp
     * ("Bengaluru", "Reporter"): a page dates its byline.
     */
    private static boolean besideTimestamp(List<PageLine> lines, int i) {
        int below = i + 1 < lines.size() && isPlace(lines.get(i + 1)) ? i + 2 : i + 1;
        // "Jane Doe" / "Reporter" / "6:17PM, NOV 19 2025": the role between the name and the stamp
        below = below < lines.size() && Bylines.isRoleLine(lines.get(below).source) ? below + 1 : below;
        // "Jane Doe" / "Updated on:" / "22 Jul 2024, 6:48 am": the stamp's label on a line of its own
        below = below < lines.size() && isStampLabel(lines.get(below)) ? below + 1 : below;
        return i > 0 && isTimestamp(lines.get(i - 1)) || below < lines.size() && isTimestamp(lines.get(below));
    }

    /** The place a byline's author writes from, on a line of its own. */
    private static boolean isPlace(PageLine line) {
        return line.kind == LineKind.PLAIN && OutletLabels.isPlaceName(line.source);
    }

    /**
     * "About Jane Doe" or "About the author" over "Doe is a columnist ...", "Jane swam for ...": an author box, whose
     * heading names the byline's author, and whose bio may call the author by one name and any verb.
     */
    private static void markAuthorBoxes(List<PageLine> lines, Set<String> authors) {
        for (int i = 0; i + 1 < lines.size(); i++) {
            PageLine line = lines.get(i);
            String author = boxAuthor(line, authors);
            if (author == null) {
                continue;
            }
            line.kind = LineKind.CHROME;
            PageLine next = lines.get(i + 1);
            int space = next.text().indexOf(' ');
            String first = space < 0 ? "" : next.text().substring(0, space);
            boolean named = next.text().startsWith(author) || withNamePart(Set.of(author), first) != null;
            if (next.kind == LineKind.PLAIN && next.source.wordCount() <= MAX_BOX_BIO_WORDS && named) {
                next.kind = LineKind.BIO;
                next.names = List.of(author);
            }
        }
    }

    /** The author an author box's heading names, or null when the line is no such heading. */
    private static String boxAuthor(PageLine line, Set<String> authors) {
        String folded = line.folded();
        if (line.kind == LineKind.CHROME && ABOUT_THE_AUTHOR.equals(folded)) {
            return authors.size() == 1 ? authors.iterator().next() : null;
        }
        if (line.kind != LineKind.PLAIN || !folded.startsWith(ABOUT)) {
            return null;
        }
        String named = Cues.strip(line.text().substring(ABOUT.length()));
        return authors.contains(named) ? named : null;
    }

    private static String withoutTrailingComma(String folded) {
        return folded.endsWith(",") ? folded.substring(0, folded.length() - 1) : folded;
    }

    /**
     * The name among {@code names} that opens with {@code part} ("Jane" of "Jane Doe") or ends with it ("Doe"), or
     * null: a bio may call its author by either.
     */
    private static String withNamePart(Set<String> names, String part) {
        for (String name : names) {
            int length = part.length();
            boolean first = name.startsWith(part) && name.length() > length && name.charAt(length) == ' ';
            boolean last = name.endsWith(part) && name.length() > length
                    && name.charAt(name.length() - length - 1) == ' ';
            if (first || last) {
                return name;
            }
        }
        return null;
    }

    /**
     * A timestamp, or a bare date with its year ("Jun 12, 2025"), which a page sets under its byline; a plain article's
     * dates of fixtures name no year ("Tuesday, 1 March").
     */
    private static boolean isStampLabel(PageLine line) {
        return line.kind == LineKind.CHROME && !line.source.hasDigit()
                && line.source.wordCount() <= MAX_STAMP_LABEL_WORDS && Cues.CHROME_OPENERS.match(line.folded()) != null;
    }

    private static boolean isTimestamp(PageLine line) {
        return line.kind == LineKind.CHROME && line.source.hasDigit() && (Timestamps.isTimestamp(line.source)
                || Cues.CHROME_OPENERS.match(line.folded()) != null)
                || line.kind == LineKind.PLAIN && Timestamps.isBareDatedYear(line.source);
    }

    static boolean isAuthorFurniture(PageLine line) {
        return line.isFurniture() && line.kind != LineKind.CHROME && line.kind != LineKind.CREDIT_ONLY
                || line.kind == LineKind.BIO || line.kind == LineKind.AUTHOR_ROLE;
    }
}
