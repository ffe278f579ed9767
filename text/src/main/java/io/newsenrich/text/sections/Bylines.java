package io.newsenrich.text.sections;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Reads author names from byline furniture: "By Name and Name", wire credits such as
 * "(Reporting by X; Editing by Y)", lines that hold only a name, and the name that opens an author biography.
 */
public final class Bylines {

    private static final Openers BY_OPENERS = Openers.of(List.of("by ", "by: ", "words by ", "written by ",
            "story by ", "analysis by ", "opinion by ", "commentary by ", "review by ", "writer: ", "author: ",
            "authors: ", "reporter: ", "story and photos by ", "story and pictures by ", "words and pictures by ",
            "words and photos by ", "text and photos by ", "report and photos by ", "(by ", "words: ", "text: ",
            "essay by ", "interview by ", "column by ", "feature by ", "posted by "));
    private static final String GLUED_BY = "By";
    private static final String TRAILING_SEPARATORS = "-\u2013\u2014|";
    private static final String FROM = "from ";
    private static final int MAX_FILED_FROM_WORDS = 7;
    private static final String CONTINUING_JOINER = "and ";
    private static final String WITH_WIRE = " with ";
    private static final String AND_WIRE = " and ";
    private static final List<String> WIRE_JOINERS = List.of(WITH_WIRE, AND_WIRE);
    private static final String ON = "on ";
    private static final String POSTED_ON = "posted on ";
    private static final String BY_WORD = " by ";
    /** "On March 14, 2025 9:02 pm In News by Jane Doe Roe": a date, a section and a name. */
    private static final int MAX_DATED_BYLINE_WORDS = 16;
    private static final Openers WIRE_OPENERS = Openers.of(WordCues.WIRE_CLAUSES.phrases());
    private static final Openers EDITOR_CLAUSES = Openers.of(List.of("editing by", "edited by", "(editing by"));
    private static final List<String> NAME_TAILS = List.of(" | ", " - ", " – ", " — ", " in ", " at ", " from ",
            " for ", " with ", ": ");
    /** Initials are at most two capitals ("AJ Smith"); three or more are an acronym ("ABC Brisbane"). */
    private static final int MIN_ACRONYM = 3;
    private static final int MAX_BYLINE_WORDS = 14;
    /** "| Updated: March 12, 2025 at 4:18 PM PDT": a stamp after a byline's names. */
    private static final int MAX_STAMP_WORDS = 10;
    private static final String NAME_JOINER = " and ";
    /** "Jane Doe/Example Staff Writer": a name and a role. */
    private static final int MAX_ROLE_LINE_WORDS = 8;
    /** Labels of a timestamp a page glues to its byline. */
    private static final List<String> STAMP_LABELS = List.of("updated ", "published ", "posted ");
    /** A bio may close with an appeal for the post it describes ("... Your donation helps keep her writing"). */
    private static final int MAX_BIO_WORDS = 60;
    private static final int MAX_DESK_BYLINE_WORDS = 5;
    private static final Set<String> ORDINAL_ENDINGS = Set.of("st", "nd", "rd", "th");
    /** The articles an apposition after a bio's name opens with: "Jane Doe, an urban climatologist, is ...". */
    private static final List<String> APPOSITION_OPENERS = List.of("a ", "an ", "the ");
    /** The last word of a desk's name in a by-line: "By Example News", "By Example Web Desk". */
    private static final Set<String> DESK_WORDS = Set.of("news", "staff", "desk", "team", "newsroom", "bureau",
            "reporters", "correspondents", "online", "digital");
    private static final int MAX_NAME_LINE_WORDS = 12;
    private static final int MAX_META_LINE_WORDS = 25;
    private static final String SEMICOLON = "; ";
    private static final int MAX_DASHED_META_WORDS = 12;
    private static final String BAR = " | ";
    private static final String AND_JOINER = " and ";
    /** The first words of a role that a copy glues to the surname before it ("Jane DoeSenior Reporter"). */
    private static final List<String> GLUED_ROLE_WORDS = List.of("Senior", "Chief", "Reporter", "Editor",
            "Correspondent", "Trainee", "Local", "Political", "Digital");
    private static final int MIN_SURNAME_CHARS = 2;
    /** Section labels a copy glues to the author's name under them ("NewsJane Doe"). */
    private static final List<String> GLUED_LABELS = List.of("News", "Sport", "Business", "Politics", "Crime",
            "Health", "Opinion", "Lifestyle", "Education", "Entertainment");
    private static final String PROTECTED_ADDRESS = "[email protected]";
    /** "BNS", "ANSA": an agency's initials are short; a longer line in capitals is a name. */
    private static final int MAX_AGENCY_INITIALS = 5;
    private static final Pattern META_DASHES = Pattern.compile(" [-\u2013\u2014] ");
    /** The separators of a meta line's parts: a spaced dot or slash, or a bar spaced on either side. */
    /** "By Jane Doe, John Roe and Ana de la Cruz": a meta line's names take a dozen words at most. */
    private static final int MAX_PART_NAMES_WORDS = 12;
    private static final Pattern META_SEPARATORS = Pattern.compile(" [·•/] | *\\| *");
    /** The dots that set a meta line's parts apart where a slash or bar would join a credit's or a title's. */
    private static final Pattern DOTS = Pattern.compile(" [·•] ");
    private static final Pattern NUMERIC_DATE = Pattern.compile("\\d{1,2}[./]\\d{1,2}[./]\\d{4}");
    private static final int MAX_WIRE_WORDS = 40;
    private static final int MAX_ROLE_WORDS = 6;
    /** The labels of a stamp set after a byline on its line, with the space before them and a digit after. */
    private static final List<String> STAMP_OPENERS = List.of(" published ", " updated ", " posted ");
    /** The first words of the roles set after a byline's name: "Staff Writer", "Reporter". */
    private static final Set<String> ROLE_OPENERS = Set.of("staff", "writer", "reporter", "correspondent", "editor",
            "columnist", "contributor", "photographer");
    private static final String AGO = " ago";
    /** "Example Broadcasting Corporation News": the outlet a meta line names after its author. */
    private static final int MAX_OUTLET_CREDIT_WORDS = 5;
    private static final int MAX_AGENCY_NOTE_WORDS = 9;
    private static final Set<String> AGENCY_NOTE_ENDS = Set.of("contributed to this report.",
            "contributed to this story.", "contributed to this article.", "contributed to this report",
            "contributed reporting.", "contributed.");
    private static final int MAX_NAME_ROLE_WORDS = 9;
    /** Three authors with their institutions at most. */
    private static final int MAX_AFFILIATED_WORDS = 30;
    /** "London School of Hygiene and Tropical Medicine": an institution's name is a few words. */
    private static final int MAX_INSTITUTION_WORDS = 8;
    /** The parts of an author line: "Jane Doe, University of Exeter; John Roe, ...". */
    private static final Pattern PART_SEPARATOR = Pattern.compile("[,;] ");
    /** Stems of the words that name a university or research body, in the languages of their names. */
    private static final List<String> INSTITUTION_STEMS = List.of("univers", "institut", "college", "school",
            "hospital", "academy", "laborator", "polytechnic", "museum", "centre for", "center for");
    private static final int MAX_NAME_CHARS = 48;
    private static final int MAX_NAME_WORDS = 4;
    /** "Friday, 5 December 2025": the words of a date with its weekday. */
    private static final int MAX_OPENING_DATE_WORDS = 4;
    private static final int MAX_PLACE_WORDS = 3;
    private static final List<String> PLACE_LINKS = List.of(" in ", " at ");
    /** The first letters of the biography verbs, which most words after a space rule out. */
    private static final String BIO_VERB_INITIALS = Cues.BIO_VERBS.stream().map(verb -> verb.substring(1, 2))
            .distinct().collect(Collectors.joining());

    private static final List<String> AGENCIES_SUFFIXES = List.of(" and agencies", " with agencies");

    private Bylines() {
    }

    /** Names of a "By ..." line, or an empty list when the line is no byline ("By the end of May, ..."). */
    public static List<String> byLineNames(SourceLine line) {
        String opener = BY_OPENERS.match(line.folded());
        int openerLength = opener != null ? opener.length() : isGluedBy(line.text()) ? GLUED_BY.length() : -1;
        return openerLength < 0 ? filedFromNames(line) : namesAfterOpener(line, openerLength);
    }

    /**
     * "From Jane Doe, Kumasi": a correspondent's name and the town filed from, with no full stop; "From Monday,
     * shops ..." opens a sentence, whose first part is no name.
     */
    private static List<String> filedFromNames(SourceLine line) {
        String text = line.text();
        int comma = text.indexOf(", ");
        if (!line.folded().startsWith(FROM) || comma < 0 || line.wordCount() > MAX_FILED_FROM_WORDS
                || Cues.endsSentence(text)) {
            return List.of();
        }
        String name = text.substring(FROM.length(), comma);
        String place = Cues.strip(text.substring(comma + 2));
        return isPersonName(name) && Cues.allWordsCapitalised(place) ? List.of(name) : List.of();
    }

    /** "Jane Doe [jane.doe@example.com]": the author's address in brackets after the name, cut off. */
    private static String withoutBracketedAddress(String text) {
        int open = text.lastIndexOf('[');
        return open > 0 && text.endsWith("]") && text.indexOf('@', open) > 0 ? Cues.strip(text.substring(0, open))
                : text;
    }

    /**
     * "By Jane Doe jdoe@example.com", "By Jane Doe (jdoe@example.com), Staff Writer": the author's address between or
     * after the name and role, cut out with its brackets.
     */
    private static String withoutInlineAddress(String text) {
        int at = text.indexOf('@');
        if (at <= 0) {
            return text;
        }
        int start = text.lastIndexOf(' ', at) + 1;
        int end = text.indexOf(' ', at);
        end = end < 0 ? text.length() : end;
        String word = text.substring(start, end);
        String address = word.startsWith("(") && word.endsWith(")") ? word.substring(1, word.length() - 1) : word;
        if (start == 0 || !Cues.isEmailAddress(address) || address.startsWith("(") || address.endsWith(")")) {
            return text;
        }
        String after = Cues.strip(text.substring(end));
        String before = Cues.strip(text.substring(0, start));
        return after.isEmpty() ? before : before + (after.startsWith(",") ? "" : " ") + after;
    }

    /**
     * "Jane Doe, [email protected]", "Jane Doe | jane.doe@example.com": the author's address after the name, or the
     * placeholder a page's e-mail protection puts for it, cut off with the comma or bar before it.
     */
    private static String withoutAddress(String text) {
        int space = text.lastIndexOf(' ');
        String rest = text.endsWith(PROTECTED_ADDRESS) ? text.substring(0, text.length() - PROTECTED_ADDRESS.length())
                : space > 0 && Cues.isEmailAddress(text.substring(space + 1)) ? text.substring(0, space) : null;
        if (rest == null) {
            return text;
        }
        rest = Cues.strip(rest);
        return rest.endsWith(",") || rest.endsWith("|") ? Cues.strip(rest.substring(0, rest.length() - 1)) : rest;
    }

    /** "Jane Doe @JaneDoe_EX": the author's social handle after the name, cut off. */
    private static String withoutHandle(String text) {
        int at = text.lastIndexOf(" @");
        return at > 0 && text.indexOf(' ', at + 1) < 0 && text.length() > at + 2 ? Cues.strip(text.substring(0, at))
                : text;
    }

    /**
     * Names of a line that goes on with a byline over it ("By Jane Doe | ..." / "and John Roe | ..."), or an empty
     * list.
     */
    static List<String> continuedByLineNames(SourceLine line) {
        return namesAfterOpener(line, line.folded().startsWith(CONTINUING_JOINER) ? CONTINUING_JOINER.length() : -1);
    }

    private static List<String> namesAfterOpener(SourceLine line, int openerLength) {
        if (openerLength < 0 || line.wordCount() > MAX_BYLINE_WORDS + MAX_STAMP_WORDS) {
            return List.of();
        }
        int stamp = stampStart(line);
        String text = withoutTrailingSeparator(line.text().substring(0, stamp > openerLength ? stamp
                : line.text().length()));
        // the stamp after the names ("| Updated: 2024-03-12 09:21") does not make the byline longer; "By |" has none
        if (Cues.wordCount(text) > MAX_BYLINE_WORDS || text.length() <= openerLength) {
            return List.of();
        }
        // "By Jane Doe.": a short byline may close with a full stop, which a sentence opening with "By" also does
        boolean closedName = line.wordCount() <= MAX_NAME_WORDS + 1 && text.length() > 2 && text.endsWith(".")
                && Character.isLowerCase(text.charAt(text.length() - 2));
        if (closedName) {
            text = text.substring(0, text.length() - 1);
        } else if (Cues.endsSentence(text) && text.endsWith(".")) {
            return List.of();
        }
        String rest = withoutLeadingRole(withoutHandle(withoutBracketedAddress(
                withoutInlineAddress(text.substring(openerLength)))));
        // "(By Jane Doe and John Roe)": a wire story's byline in brackets at its end
        rest = text.charAt(0) == '(' && rest.endsWith(")") ? Cues.strip(rest.substring(0, rest.length() - 1)) : rest;
        // "By Jane Doe/Staff Reporter", "By Jane Doe/AP": what a slash adds is a role or an outlet
        int slash = rest.indexOf('/');
        if (slash > 0) {
            rest = rest.substring(0, slash);
        }
        int and = Cues.fold(rest).lastIndexOf(NAME_JOINER);
        if (and > 0) {
            // "By Jane Doe and John Roe Example Staff": the outlet's words after the last name
            return namesIn(rest.substring(0, and + NAME_JOINER.length())
                    + withoutTrailingOutlet(rest.substring(and + NAME_JOINER.length())), true);
        }
        if (rest.contains("&")) {
            return namesIn(rest, true);
        }
        // without "and", names are listed up to a role or an outlet ("By A, B", "By Jane Doe, Example Tribune");
        // after "By", upper-case names are names too ("BY JANE DOE"), and an outlet may follow with no comma
        List<String> names = new ArrayList<>();
        for (String piece : namePieces(rest)) {
            List<String> named = namesIn(names.isEmpty() ? withoutTrailingOutlet(piece) : piece, true);
            if (named.isEmpty()) {
                break;
            }
            names.addAll(named);
        }
        return names;
    }

    /** "By Jane Doe -", "Posted by Jane Doe | Mar 14, 2024 | News |": a separator the page set after the last part. */
    private static String withoutTrailingSeparator(String text) {
        int end = text.length();
        while (end > 0 && (TRAILING_SEPARATORS.indexOf(text.charAt(end - 1)) >= 0
                || LineScanner.isSpace(text.charAt(end - 1)))) {
            end--;
        }
        return text.substring(0, end);
    }

    /**
     * Where a timestamp glued to a byline starts ("By Jane Doe Example Staff,Updated March 13, 2025, 12:47 a.m."),
     * or the line's end.
     */
    private static int stampStart(SourceLine line) {
        String folded = line.folded();
        // "By Jane Doe | Today at 4:12 a.m.": a time after a bar, whose "a.m." would read as a sentence's end; or a
        // date ("By Jane Doe | Mar. 21, 2025")
        int bar = folded.lastIndexOf(BAR);
        SourceLine afterBar = bar > 0 ? SourceLine.of(line.start(), line.text().substring(bar + BAR.length())) : null;
        if (afterBar != null && (Timestamps.isTimestamp(afterBar) || Timestamps.isBareDatedYear(afterBar))) {
            return bar;
        }
        for (String label : STAMP_LABELS) {
            int at = folded.indexOf(label);
            if (at > 0 && (folded.charAt(at - 1) == ',' || folded.charAt(at - 1) == ' ')) {
                return folded.charAt(at - 1) == ' ' && at > 1 && folded.charAt(at - 2) == ',' ? at - 2 : at - 1;
            }
        }
        return line.hasDigit() ? spacedDateStart(line) : folded.length();
    }

    /**
     * "By Jane Doe   Nov. 19, 2025, 10:04 a.m.", "By Jane Doe Nov. 19, 2025": a date after the name with only
     * spaces between them, as a page's columns are copied; where it starts, or the line's end.
     */
    private static int spacedDateStart(SourceLine line) {
        String text = line.text();
        for (int space = text.indexOf(' '); space > 0; space = text.indexOf(' ', space + 1)) {
            SourceLine rest = SourceLine.of(line.start() + space, Cues.strip(text.substring(space)));
            // after a mark ("Jane Doe - March 14", "Jane Doe • 14 March") the line's own tests cut the date
            if (Character.isLetter(text.charAt(space - 1)) && opensWithDateWord(rest.folded())
                    && (Timestamps.isBareDatedYear(rest) || Timestamps.isTimestamp(rest))) {
                return space;
            }
        }
        return text.length();
    }

    /**
     * A day's number or a month's or weekday's name first ("19 November", "15th Jul", "Nov. 19"), as no name's word
     * is.
     */
    private static boolean opensWithDateWord(String folded) {
        int end = 0;
        while (end < folded.length() && Character.isLetterOrDigit(folded.charAt(end))) {
            end++;
        }
        String first = folded.substring(0, end);
        // "15th Jul 2025": the day's number may carry its ordinal's letters
        boolean ordinalDay = first.length() > 2 && ORDINAL_ENDINGS.contains(first.substring(first.length() - 2))
                && Cues.isDigits(first.substring(0, first.length() - 2));
        return !first.isEmpty() && (Cues.isDigits(first) || ordinalDay || Timestamps.isCalendarWord(first));
    }

    /** "ByJane Doe": some pages set "By" and the name in separate boxes, which the copy glues together. */
    private static boolean isGluedBy(String text) {
        return text.length() > GLUED_BY.length() + 1 && text.startsWith(GLUED_BY)
                && Character.isUpperCase(text.charAt(GLUED_BY.length()))
                && Character.isLowerCase(text.charAt(GLUED_BY.length() + 1));
    }

    /** "business reporter Jane Doe" after "By": the role in lower case before the name, cut off. */
    private static String withoutLeadingRole(String text) {
        if (text.isEmpty() || !Character.isLowerCase(text.charAt(0))) {
            return text;
        }
        List<String> tokens = Cues.tokens(text, "");
        for (int i = 0; i < Math.min(tokens.size() - 1, MAX_ROLE_WORDS); i++) {
            String token = tokens.get(i);
            if (!Character.isLowerCase(token.charAt(0))) {
                return text;
            }
            if (WordCues.AUTHOR_ROLES.phrases().contains(Cues.stripPunctuation(Cues.fold(token)))) {
                return String.join(" ", tokens.subList(i + 1, tokens.size()));
            }
        }
        return text;
    }

    /**
     * The name before an outlet written after it with no comma ("Jane Doe Fox News", "JANE DOE Associated Press"):
     * the shortest run of two or more words that is a name when the words after it name an outlet; else the text.
     */
    private static String withoutTrailingOutlet(String text) {
        List<String> tokens = Cues.tokens(Cues.strip(text), "");
        // "By JO ANN PRESSLEY Staff Writer": a role's first word ends a name in capitals, however many words it has
        for (int end = 2; end < tokens.size(); end++) {
            if (ROLE_OPENERS.contains(Cues.fold(tokens.get(end)))) {
                String name = String.join(" ", tokens.subList(0, end));
                if (name.chars().noneMatch(Character::isLowerCase) && isPersonName(name, true)) {
                    return name;
                }
                break;
            }
        }
        for (int end = 2; end < tokens.size(); end++) {
            String name = String.join(" ", tokens.subList(0, end));
            // "By JANE DOE Yakima Herald-Republic": a hyphened masthead's words count as an outlet's too
            boolean outletAfter = tokens.subList(end, tokens.size()).stream()
                    .anyMatch(token -> Cues.NOT_NAME_WORDS.contains(Cues.stripPunctuation(Cues.fold(token)))
                            || isMastheadCompound(Cues.fold(token)));
            if (outletAfter && isPersonName(name, true)) {
                return name;
            }
        }
        return text;
    }

    /** Whether the line is a wire credit ("(Reporting by X in Kyiv; Editing by Y)", "Edited by: Z"). */
    public static boolean isWireCredit(SourceLine line) {
        String folded = line.folded();
        boolean opens = folded.startsWith("(") || WIRE_OPENERS.match(folded) != null;
        return opens && line.wordCount() <= MAX_WIRE_WORDS && WordCues.WIRE_CLAUSES.in(line);
    }

    /**
     * The authors a wire credit ({@link #isWireCredit}) names ("(Reporting by X in Kyiv; Writing by Y; Editing by Z)"
     * names X and Y), or an empty list: editors edit the story and are no authors of it.
     */
    public static List<String> wireCreditNames(SourceLine line) {
        List<String> names = new ArrayList<>();
        String text = line.text().replace("(", "").replace(")", "");
        for (String clause : text.split("[;.]")) {
            String clauseFolded = Cues.fold(clause);
            int by = clauseFolded.indexOf(" by ");
            by = by >= 0 ? by : clauseFolded.indexOf(" by:");
            if (by < 0 || EDITOR_CLAUSES.match(Cues.strip(clauseFolded)) != null) {
                continue;
            }
            names.addAll(namesIn(clause.substring(by + " by ".length()), false));
        }
        return names;
    }

    /** Whether the line holds nothing but one or two person names ("Daniel McLaughlin", "A Smith and B Jones"). */
    public static List<String> nameLineNames(SourceLine line) {
        String text = line.text();
        if (line.wordCount() > MAX_NAME_LINE_WORDS || text.indexOf(':') >= 0 || Cues.endsSentence(text)
                || line.wordCount() > mostNameLineWords(text)) {
            return List.of();
        }
        if (text.indexOf(SEMICOLON) > 0) {
            return namesWithPlaces(text);
        }
        String dateless = withoutAddress(line.hasDigit() ? withoutTrailingDate(text) : text);
        String people = withoutTrailingSources(withoutAgencies(
                withoutPlace(withoutBracketedOutlet(withoutBarredOutlet(withoutDesk(dateless))))));
        List<String> names = namesIn(people, false);
        if (names.isEmpty()) {
            return names;
        }
        int nameWords = 0;
        for (String name : names) {
            nameWords += Cues.wordCount(name);
        }
        // every word is a name's but for the words that join them ("and", "&", "|"); commas are no words
        int joinerWords = 0;
        for (int i = 0; i < people.length(); i++) {
            if (isJoinerAt(people, i) || people.startsWith(" & ", i) || people.startsWith(" | ", i)) {
                joinerWords++;
            }
        }
        return nameWords + joinerWords == Cues.wordCount(people) ? names : List.of();
    }

    /**
     * "Jane Doe, Taipei; John Roe, Example Asia": authors each with the place or outlet they file for, set apart by
     * semicolons; every part must give a name, else none.
     */
    private static List<String> namesWithPlaces(String text) {
        List<String> names = new ArrayList<>();
        for (String part : text.split(SEMICOLON)) {
            int comma = part.indexOf(", ");
            String name = Cues.strip(comma < 0 ? part : part.substring(0, comma));
            String where = comma < 0 ? "" : Cues.strip(part.substring(comma + 2));
            boolean placed = where.isEmpty() || Cues.wordCount(where) <= MAX_PLACE_WORDS
                    && where.equals(Cues.capitalisedRun(where, 0));
            if (!placed || !isPersonName(name)) {
                return List.of();
            }
            names.add(name);
        }
        return names;
    }

    /**
     * "Jane Doe, John Roe, Example.lt, BNS": the site and the agency after the authors, a web address or an
     * acronym each, cut off.
     */
    private static String withoutTrailingSources(String text) {
        String rest = text;
        int comma = rest.lastIndexOf(", ");
        while (comma > 0 && isSourceName(Cues.strip(rest.substring(comma + 2)))) {
            rest = rest.substring(0, comma);
            comma = rest.lastIndexOf(", ");
        }
        return rest;
    }

    /** "BNS", "Example.lt": an agency's initials or a site's address. */
    private static boolean isSourceName(String part) {
        int dot = part.indexOf('.');
        boolean address = dot > 0 && dot < part.length() - 1 && part.indexOf(' ') < 0
                && Character.isLetter(part.charAt(dot + 1));
        return address || part.length() >= 2 && part.length() <= MAX_AGENCY_INITIALS && Cues.isCapitals(part);
    }

    /** "Jane Doe , Friday 14 Mar 2025": a name line's date after a comma, cut off. */
    private static String withoutTrailingDate(String text) {
        int comma = text.indexOf(',');
        if (comma <= 0) {
            return text;
        }
        SourceLine date = SourceLine.of(0, Cues.strip(text.substring(comma + 1)));
        return Timestamps.isBareDatedYear(date) || Timestamps.isTimestamp(date) ? Cues.strip(text.substring(0, comma))
                : text;
    }

    /**
     * The most words a line of names can have: each piece of {@link #namePieces} gives at most one name, of at most
     * {@link #MAX_NAME_WORDS} words, the names are joined by one word each, and a trailing place adds its link and
     * {@link #MAX_PLACE_WORDS}. Many short lines of text exceed it, found by one look at each char instead of the
     * pieces' copies.
     */
    private static int mostNameLineWords(String text) {
        int pieces = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ',' || c == ';' || c == '&' || c == '|' || isJoinerAt(text, i)) {
                pieces++;
            }
        }
        int joiners = pieces - 1;
        return pieces * MAX_NAME_WORDS + joiners + 1 + MAX_PLACE_WORDS;
    }

    /**
     * "Jane Doe | Evening Standard": an outlet after the one bar of the line, in capitalised words that are no
     * person's name ("Jane Doe | John Roe" names two) and no role ("Jane Doe | Reporter" is a role line).
     */
    private static String withoutBarredOutlet(String text) {
        int bar = text.indexOf(" | ");
        if (bar <= 0 || text.lastIndexOf(" | ") != bar) {
            return text;
        }
        String tail = Cues.strip(text.substring(bar + " | ".length()));
        boolean outlet = !tail.isEmpty() && Cues.wordCount(tail) <= MAX_NAME_WORDS && Cues.allWordsCapitalised(tail)
                && !isPersonName(tail) && !WordCues.AUTHOR_ROLES.in(Cues.fold(tail));
        return outlet ? text.substring(0, bar) : text;
    }

    /** "Jane Doe, ET Bureau", "Jane Doe, Example News Desk": the outlet's desk after the name. */
    private static String withoutDesk(String text) {
        int comma = text.lastIndexOf(", ");
        String tail = comma <= 0 ? "" : Cues.strip(text.substring(comma + 2));
        String last = tail.substring(tail.lastIndexOf(' ') + 1);
        boolean desk = (last.equals("Bureau") || last.equals("Desk")) && Cues.wordCount(tail) <= MAX_NAME_WORDS
                && Cues.allWordsCapitalised(tail);
        return desk ? text.substring(0, comma) : text;
    }

    /** "Jane Doe (The Example Post)", "Jane Doe (AP)": the outlet in brackets after the name. */
    private static String withoutBracketedOutlet(String text) {
        int open = text.indexOf(" (");
        if (open <= 0 || !text.endsWith(")") || open + 2 >= text.length() - 1) {
            return text;
        }
        // an outlet's name opens with its article or is an agency's: "(France)" or "(WRU)" after a referee's name
        // gives the country or body the person stands for, and the line is text
        String inside = text.substring(open + 2, text.length() - 1);
        boolean outlet = inside.startsWith("The ") || Cues.AGENCIES.contains(Cues.fold(inside));
        return outlet && inside.indexOf('(') < 0 ? text.substring(0, open) : text;
    }

    /**
     * "Jane Doe and agencies", "Jane Doe with AAP", "Jane Doe and AAP": the wires the author drew on, named by that word or an agency's
     * name, are no author.
     */
    private static String withoutAgencies(String text) {
        String folded = Cues.fold(text);
        for (String wires : AGENCIES_SUFFIXES) {
            if (text.length() > wires.length() && folded.endsWith(wires)) {
                return text.substring(0, text.length() - wires.length());
            }
        }
        for (String joiner : WIRE_JOINERS) {
            int at = folded.lastIndexOf(joiner);
            if (at > 0 && Cues.AGENCIES.contains(Cues.fold(text.substring(at + joiner.length())))) {
                return text.substring(0, at);
            }
        }
        return text;
    }

    /** "Jane Doe and AAP": an author and the wire the story drew on, as some outlets credit them under the title. */
    public static List<String> wireJoinedNames(SourceLine line) {
        if (line.wordCount() > MAX_NAME_LINE_WORDS) {
            return List.of();
        }
        String folded = line.folded();
        // the forward search is an intrinsic, and most lines hold no "and"
        int and = folded.indexOf(AND_WIRE) < 0 ? -1 : folded.lastIndexOf(AND_WIRE);
        boolean wire = and > 0 && folded.length() - and - AND_WIRE.length() <= MAX_NAME_CHARS
                && Cues.AGENCIES.contains(folded.substring(and + AND_WIRE.length()));
        return wire ? nameLineNames(line) : List.of();
    }

    /** The text before a trailing " in Place" or " at Place" of at most three capitalised words. */
    private static String withoutPlace(String text) {
        for (String link : PLACE_LINKS) {
            int at = text.lastIndexOf(link);
            String place = at < 0 ? "" : text.substring(at + link.length());
            if (at > 0 && Cues.wordCount(place) <= MAX_PLACE_WORDS && place.equals(Cues.capitalisedRun(place, 0))) {
                return text.substring(0, at);
            }
        }
        return text;
    }

    /**
     * The author of a dated meta line that ends with the byline, "On March 14, 2025 9:02 pm In News by Jane Doe" or
     * "Posted on 14 March 2025 by Jane Doe" or "14 Mar, 2025 By Jane Doe": it opens with "On", "Posted on" or the date,
     * holds a year before "by" and ends as no sentence does; else an empty list.
     */
    public static List<String> datedByLineNames(SourceLine line) {
        String folded = line.folded();
        if (!line.hasDigit() || line.wordCount() > MAX_DATED_BYLINE_WORDS || Cues.endsSentence(line.text())
                || !folded.startsWith(ON) && !folded.startsWith(POSTED_ON) && !opensWithDate(folded)) {
            return List.of();
        }
        int by = folded.lastIndexOf(BY_WORD);
        String name = by < 0 ? "" : Cues.strip(line.text().substring(by + BY_WORD.length()));
        // a line that opens with the date holds nothing else before "by" ("14 people were rescued in 2025 by ...")
        boolean dated = by > 0 && (folded.startsWith(ON) || folded.startsWith(POSTED_ON)
                || isDate(SourceLine.of(line.start(), line.text().substring(0, by))));
        return dated && holdsYear(folded, by) && isPersonName(name) ? List.of(name) : List.of();
    }

    /**
     * The author of "Jane Doe, Example Statesman Journal Published 6:01 a.m. PT May 14, 2024 | Updated ...": a name
     * and paper, then the story's stamp on the same line; else an empty list.
     */
    public static List<String> namePaperStampNames(SourceLine line) {
        if (!line.hasDigit() || line.wordCount() > MAX_DATED_BYLINE_WORDS + MAX_STAMP_WORDS
                || line.text().indexOf(", ") < 0) {
            return List.of();
        }
        String folded = line.folded();
        for (String label : STAMP_OPENERS) {
            int at = folded.indexOf(label);
            if (at > 0) {
                String name = PressCredits.nameBeforePaper(line.text().substring(0, at));
                return name != null ? List.of(name) : List.of();
            }
        }
        return List.of();
    }

    /** "14 Mar, 2025 By Jane Doe", "March 14, 2025 by Jane Doe": a day or a month's name first. */
    private static boolean opensWithDate(String folded) {
        int end = 0;
        while (end < folded.length() && Character.isLetterOrDigit(folded.charAt(end))) {
            end++;
        }
        String first = folded.substring(0, end);
        // "19th November, 2025 by Jane Doe": a day may carry its ordinal's letters
        String day = first.length() > 2 && ORDINAL_ENDINGS.contains(first.substring(first.length() - 2))
                ? first.substring(0, first.length() - 2) : first;
        return !first.isEmpty() && (Cues.isDigits(day) && day.length() <= 2 || Timestamps.isCalendarWord(first));
    }

    private static boolean isDate(SourceLine prefix) {
        return Timestamps.isBareDatedYear(prefix) || Timestamps.isTimestamp(prefix);
    }

    private static boolean holdsYear(String folded, int end) {
        for (String token : Cues.tokens(folded.substring(0, end), "")) {
            if (Cues.isYear(Cues.stripPunctuation(token))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The author of a page's meta line, "Jane Doe · Example News · Posted: Nov 06, 2025 4:00 AM EST", "Jane Doe /
     * TNN / Updated: Nov 6, 2025" or "Jane Doe — March 14, 2025 — 2 Comments": a name first, then, among the parts
     * set off by dots, bars, slashes or dashes, a publication stamp or a date with its year (a comment's "5 hours
     * ago" is none); or "Jane Doe - İZMİR", a name and the place she files from in capitals; else an empty list.
     */
    public static List<String> metaLineNames(SourceLine line) {
        if (line.wordCount() > MAX_META_LINE_WORDS) {
            return List.of();
        }
        String text = line.text();
        List<String> dated = line.hasDigit() && !line.hasSeparator() ? datedNameNames(line) : List.of();
        if (!dated.isEmpty()) {
            return dated;
        }
        boolean separated = line.hasDigit() && line.hasSeparator() && hasSpacedSeparator(text);
        // "Jane Doe — March 14, 2025 — 2 Comments": a name and its dashes make a short line
        boolean dashed = !separated && line.wordCount() <= MAX_DASHED_META_WORDS && (text.contains(" - ")
                || text.contains(" \u2013 ") || text.contains(" \u2014 "));
        if (!separated && !dashed) {
            return !line.hasDigit() && line.hasSeparator() ? outletCreditNames(text) : List.of();
        }
        String[] parts = (separated ? META_SEPARATORS : META_DASHES).split(text);
        int named = parts.length < 2 ? -1 : metaLineNamePart(parts);
        if (named < 0) {
            return List.of();
        }
        List<String> names = partNames(Cues.strip(parts[named]));
        // "Jane Doe - İZMİR", "Jane Doe, John Roe - Example.com": the place she files from, or the outlet's site
        boolean place = dashed && parts.length == 2 && (isPlaceInCapitals(Cues.strip(parts[1]))
                || isSiteName(Cues.strip(parts[1])));
        for (int i = 0; i < parts.length && !place; i++) {
            String part = Cues.strip(parts[i]);
            if (i != named && line.hasDigit() && isStampPart(SourceLine.of(line.start(), part))) {
                return names;
            }
        }
        return place ? names : List.of();
    }

    /**
     * "Jane Doe Friday, 5 December 2025, 12:47 Last update: ...": a name the copy glued to the date the page stamps
     * it with, a day's or a month's name or the day's number first and a year after it.
     */
    private static List<String> datedNameNames(SourceLine line) {
        String text = line.text();
        if (Cues.endsSentence(text)) {
            return List.of();
        }
        int start = 0;
        for (int words = 0; start < text.length() && words <= MAX_NAME_WORDS; words++) {
            int end = text.indexOf(' ', start);
            end = end < 0 ? text.length() : end;
            // "Jane Doe 5 December 2025": the day may come before the month; a date's words are capitalised, so
            // only those are cut out and looked up
            char first = text.charAt(start);
            boolean day = Character.isDigit(first) && end - start <= 2 && Cues.isDigits(text.substring(start, end));
            if (day || Character.isUpperCase(first)
                    && Timestamps.isCalendarWord(Cues.fold(Cues.stripPunctuation(text.substring(start, end))))) {
                String name = Cues.strip(text.substring(0, start));
                return words >= 2 && opensWithDatedYear(line, start) && isPersonName(name) ? List.of(name)
                        : List.of();
            }
            start = end + 1;
        }
        return List.of();
    }

    /** Whether the text from {@code start} opens with a date and its year ("Friday, 5 December 2025, 12:47 ..."). */
    private static boolean opensWithDatedYear(SourceLine line, int start) {
        int end = start;
        for (int words = 1; words <= MAX_OPENING_DATE_WORDS && end < line.text().length(); words++) {
            int space = line.text().indexOf(' ', end + 1);
            end = space < 0 ? line.text().length() : space;
            String date = Cues.stripPunctuation(line.text().substring(start, end));
            if (Timestamps.isBareDatedYear(SourceLine.of(line.start() + start, date))) {
                return true;
            }
        }
        return false;
    }

    /** "Example.com", "example.co.uk": an outlet's web address standing for its name. */
    static boolean isSiteName(String part) {
        int dot = part.lastIndexOf('.');
        return part.indexOf(' ') < 0 && dot > 0 && part.length() - dot - 1 >= 2
                && part.substring(dot + 1).chars().allMatch(Character::isLetter)
                && Character.isLetter(part.charAt(0));
    }

    /** "14.04.2025 - Update : 14.04.2025": a date in digits and full stops or slashes opens the part. */
    private static boolean isNumericDate(String part) {
        return NUMERIC_DATE.matcher(part).lookingAt();
    }

    /** "İZMİR", "NEW DELHI": a place a dateline names, in capitals. */
    static boolean isPlaceInCapitals(String part) {
        int words = Cues.wordCount(part);
        return words >= 1 && words <= MAX_PLACE_WORDS && part.length() > 1
                && part.chars().allMatch(c -> Character.isUpperCase(c) || c == ' ' || c == '-' || c == '.');
    }

    /**
     * The name of a line giving an author and her role after a slash or bar ("Jane Doe/Staff Reporter", "Jane Doe |
     * Example Writer"), or an empty list.
     */
    public static List<String> roleLineNames(SourceLine line) {
        if (line.wordCount() > MAX_ROLE_LINE_WORDS || !line.hasSeparator()) {
            return List.of();
        }
        // "Jane Doe | Staff Writer | jdoe@example.com": the author's address after the role
        String text = line.text();
        int lastBar = text.lastIndexOf(BAR);
        if (lastBar > 0 && Cues.isEmailAddress(Cues.strip(text.substring(lastBar + BAR.length())))) {
            text = text.substring(0, lastBar);
        }
        if (text.chars().anyMatch(Character::isDigit)) {
            return List.of();
        }
        int slash = text.indexOf('/');
        int cut = slash > 0 ? slash : text.indexOf('|');
        if (cut <= 0 || text.indexOf('/', cut + 1) >= 0 || text.indexOf('|', cut + 1) >= 0) {
            return List.of();
        }
        String name = Cues.strip(text.substring(0, cut));
        boolean role = WordCues.AUTHOR_ROLES.in(Cues.fold(text.substring(cut + 1)));
        // "JANE DOE | Staff Writer": some papers set the name in capitals
        return role && isPersonNameInAnyCase(name) ? List.of(name) : List.of();
    }

    /**
     * The author's name in a meta line's parts: the first part ("Jane Roe · Example News · Posted: ..."), or a
     * part that credits it ("India News | Written by Jane Roe | Updated: ..."); null when none is a name.
     */
    /**
     * The part of a meta line that names its authors: the first ("Jane Doe", "Jane Doe, John Roe"), or a later one
     * opened by "By" or after a date ("March 18, 2025 | Jane Doe |"); -1 for none.
     */
    /**
     * "Published March 14, 2025", "14.03.2025", "March 3, 2025, 21:44:08 IST": the part of a meta line that dates the
     * story; "13 hours ago" heads a reader's comment instead.
     */
    private static boolean isStampPart(SourceLine part) {
        return Cues.CHROME_OPENERS.match(part.folded()) != null || Timestamps.isBareDatedYear(part)
                || Timestamps.isTimestamp(part) && !part.folded().endsWith(AGO) || isNumericDate(part.text());
    }

    /**
     * "Jane Doe · Example News ·": the author and the outlet she writes for, a meta line's two parts, the second
     * capitalised and no person's name.
     */
    private static List<String> outletCreditNames(String text) {
        String[] parts = DOTS.split(withoutTrailingDot(text));
        if (parts.length != 2) {
            return List.of();
        }
        String outlet = Cues.strip(parts[1]);
        boolean named = Cues.wordCount(outlet) <= MAX_OUTLET_CREDIT_WORDS && Headlines.isTitleCase(outlet)
                && partNames(outlet).isEmpty();
        return named ? partNames(Cues.strip(parts[0])) : List.of();
    }

    private static String withoutTrailingDot(String text) {
        int end = text.length();
        while (end > 0 && (text.charAt(end - 1) == ' ' || "·•".indexOf(text.charAt(end - 1)) >= 0)) {
            end--;
        }
        return text.substring(0, end);
    }

    private static int metaLineNamePart(String[] parts) {
        if (!partNames(Cues.strip(parts[0])).isEmpty()) {
            return 0;
        }
        boolean dated = Timestamps.isBareDatedYear(SourceLine.of(0, Cues.strip(parts[0])));
        for (int i = 1; i < parts.length; i++) {
            String part = Cues.strip(parts[i]);
            String opener = BY_OPENERS.match(Cues.fold(part));
            String name = opener == null ? dated ? part : null : Cues.strip(part.substring(opener.length()));
            if (name != null && isPersonName(name)) {
                return i;
            }
        }
        return -1;
    }

    /** The names of a meta line's part: one person, or several joined by commas ("Jane Doe, John Roe"). */
    private static List<String> partNames(String part) {
        if (Cues.wordCount(part) > MAX_PART_NAMES_WORDS) {
            return List.of();
        }
        String opener = BY_OPENERS.match(Cues.fold(part));
        String names = opener == null ? part : Cues.strip(part.substring(opener.length()));
        if (isPersonName(names)) {
            return List.of(names);
        }
        List<String> listed = List.of(names.split(", "));
        return listed.size() > 1 && listed.stream().allMatch(Bylines::isPersonName) ? listed : List.of();
    }

    /** Whether a dot, bar or slash stands between spaces: the one look most lines need, before any split. */
    private static boolean hasSpacedSeparator(String text) {
        for (int i = 1; i + 1 < text.length(); i++) {
            char c = text.charAt(i);
            boolean before = text.charAt(i - 1) == ' ';
            boolean after = text.charAt(i + 1) == ' ';
            // a bar is in no word, so a copy that glues it to one side ("2025| Jane Doe") still separates
            if ((c == '·' || c == '•' || c == '/') && before && after || c == '|' && (before || after)) {
                return true;
            }
        }
        return false;
    }

    /** Names in a wire note such as "Associated Press writers A in X and B contributed to this report.". */
    public static List<String> contributorNames(SourceLine line) {
        if (line.wordCount() > MAX_WIRE_WORDS || !line.mayHold(WordCues.CONTRIBUTED)) {
            return List.of();
        }
        String folded = line.folded();
        int verb = folded.indexOf(" contributed");
        // "... at the hospital | Contributed": a picture's credit after the bar
        if (verb < 0 || verb > 0 && folded.charAt(verb - 1) == '|') {
            return List.of();
        }
        // "... contributed to this report", "... contributed reporting", "... contributed.": the note's own ends;
        // "the Abrolhos Islands zone contributed 790 tonnes" reports
        int after = verb + " contributed".length();
        boolean note = folded.startsWith(" to th", after) || folded.startsWith(" reporting", after)
                || after >= folded.length() - 1;
        if (!note) {
            return List.of();
        }
        int from = 0;
        for (String role : List.of("writer ", "writers ", "journalist ", "journalists ", "correspondent ",
                "correspondents ", "reporter ", "reporters ")) {
            int at = folded.lastIndexOf(role, verb);
            from = at < 0 ? from : Math.max(from, at + role.length());
        }
        return namesIn(line.text().substring(from, verb), false);
    }

    /**
     * "The Associated Press contributed to this report.", "Reuters contributed reporting.": a wire's note that names
     * no person, the outlet's furniture like a byline of its desk.
     */
    static boolean isAgencyNote(SourceLine line) {
        if (line.wordCount() > MAX_AGENCY_NOTE_WORDS || !line.mayHold(WordCues.CONTRIBUTED)) {
            return false;
        }
        String folded = line.folded();
        int verb = folded.indexOf(" contributed");
        return verb > 0 && AGENCY_NOTE_ENDS.contains(folded.substring(verb + 1))
                && Cues.allWordsCapitalised(line.text().substring(0, verb));
    }

    /** "DoeSenior" in "Jane DoeSenior Reporter": a surname and the role's first word the copy glued to it. */
    private static List<String> splitGluedRole(String token) {
        for (String role : GLUED_ROLE_WORDS) {
            int at = token.length() - role.length();
            if (at >= MIN_SURNAME_CHARS && token.endsWith(role) && Character.isLowerCase(token.charAt(at - 1))) {
                return List.of(token.substring(0, at), role);
            }
        }
        return List.of(token);
    }

    /**
     * "NewsJane Doe Senior Reporter": the section's label over the byline glued by the copy to the author's first
     * name, which keeps its capital.
     */
    private static String withoutGluedLabel(String token) {
        for (String label : GLUED_LABELS) {
            if (token.length() > label.length() + 1 && token.startsWith(label)
                    && Character.isUpperCase(token.charAt(label.length()))
                    && Character.isLowerCase(token.charAt(label.length() + 1))) {
                return token.substring(label.length());
            }
        }
        return token;
    }

    /**
     * The name of a line that holds an author's name and role and nothing else ("Jane Doe Economics correspondent"),
     * or an empty list. The name is taken as its first two words (and any particle-led surname, "Ana de la Cruz"),
     * since the role's first word is capitalised as often as not.
     */
    public static List<String> nameWithRoleNames(SourceLine line) {
        if (!line.mayHold(WordCues.AUTHOR_ROLES) || line.hasDigit()) {
            return List.of();
        }
        int bar = line.hasSeparator() ? line.text().indexOf(BAR) : -1;
        if (bar > 0) {
            // "Jane Doe, Data Editor | John Roe, Political Editor": an author and a role on each side of the bar
            List<String> first = nameWithRoleNames(SourceLine.of(line.start(), line.text().substring(0, bar)));
            List<String> rest = first.isEmpty() ? List.of()
                    : nameWithRoleNames(SourceLine.of(line.start() + bar + BAR.length(),
                            line.text().substring(bar + BAR.length())));
            return rest.isEmpty() ? List.of() : Stream.concat(first.stream(), rest.stream()).toList();
        }
        // two name-and-role pairs are no longer than two bylines and end as no sentence does
        int and = bar < 0 && line.wordCount() <= 2 * MAX_NAME_ROLE_WORDS && !Cues.endsSentence(line.text())
                ? line.text().indexOf(AND_JOINER) : -1;
        if (and > 0) {
            // "Jane Doe Senior Reporter and John Roe Local Democracy Reporter": two authors, each with a role
            List<String> first = nameWithRoleNames(SourceLine.of(line.start(), line.text().substring(0, and)));
            List<String> rest = first.isEmpty() ? List.of()
                    : nameWithRoleNames(SourceLine.of(line.start() + and + AND_JOINER.length(),
                            line.text().substring(and + AND_JOINER.length())));
            if (!rest.isEmpty()) {
                return Stream.concat(first.stream(), rest.stream()).toList();
            }
        }
        if (line.wordCount() > MAX_NAME_ROLE_WORDS || Cues.endsSentence(line.text())) {
            return List.of();
        }
        List<String> tokens = new ArrayList<>();
        for (String token : Cues.tokens(line.text(), "")) {
            tokens.addAll(splitGluedRole(tokens.isEmpty() ? withoutGluedLabel(token) : token));
        }
        String last = Cues.stripPunctuation(Cues.fold(tokens.get(tokens.size() - 1)));
        if (!WordCues.AUTHOR_ROLES.phrases().contains(last)) {
            return List.of();
        }
        int comma = line.text().lastIndexOf(',');
        if (comma > 0) {
            // "JANE ROE and JOHN DOE, Example staff writers": the names before the role, in any case
            List<String> names = namesIn(line.text().substring(0, comma), true);
            if (!names.isEmpty()) {
                return names;
            }
        }
        int nameEnd = 2;
        while (nameEnd + 1 < tokens.size() && Cues.NAME_PARTICLES.contains(Cues.fold(tokens.get(nameEnd)))) {
            nameEnd += 2;
        }
        if (nameEnd >= tokens.size()) {
            return List.of();
        }
        String name = Cues.stripPunctuation(String.join(" ", tokens.subList(0, nameEnd)));
        return isPersonName(name) ? List.of(name) : List.of();
    }

    /**
     * "Jane Doe, University of Exeter and John Roe, Example Institute of Science": authors with their institutions,
     * as academics' articles credit them; empty unless every name has an institution after it.
     */
    public static List<String> affiliatedNames(SourceLine line) {
        String text = line.text();
        int comma = text.indexOf(", ");
        if (line.wordCount() > MAX_AFFILIATED_WORDS || line.hasDigit() || comma < 0 || comma > MAX_NAME_CHARS
                || !line.mayHold(WordCues.INSTITUTIONS) || Cues.endsSentence(text)
                || !isAffiliatedName(text.substring(0, comma))) {
            return List.of();
        }
        List<String> names = new ArrayList<>();
        List<String> parts = List.of(PART_SEPARATOR.split(text.replace(", and ", ", ")));
        boolean expectName = true;
        for (int i = 0; i < parts.size(); i++) {
            String part = Cues.strip(parts.get(i));
            if (expectName) {
                if (!isAffiliatedName(part)) {
                    return List.of();
                }
                names.add(part);
            } else {
                int and = part.lastIndexOf(" and ");
                String next = and < 0 ? "" : Cues.strip(part.substring(and + " and ".length()));
                boolean nameAfter = !next.isEmpty() && isAffiliatedName(next) && i + 1 < parts.size();
                String institution = nameAfter ? part.substring(0, and) : part;
                if (!isInstitution(institution)) {
                    return List.of();
                }
                if (nameAfter) {
                    names.add(next);
                    expectName = true;
                }
            }
            expectName = !expectName;
        }
        return expectName ? names : List.of();
    }

    /** A person's name without a possessive: "Jane Doe's Mentor, The ..." opens a title. */
    private static boolean isAffiliatedName(String part) {
        return part.indexOf('\'') < 0 && part.indexOf('\u2019') < 0 && isPersonName(part);
    }

    private static boolean isInstitution(String phrase) {
        if (Cues.wordCount(phrase) > MAX_INSTITUTION_WORDS) {
            return false;
        }
        String folded = Cues.fold(phrase);
        for (String word : INSTITUTION_STEMS) {
            if (folded.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a short line names an author's role ("Ukraine correspondent", "Reporting from Kyiv"). */
    public static boolean isRoleLine(SourceLine line) {
        if (line.wordCount() > MAX_ROLE_WORDS || Cues.endsSentence(line.text())) {
            return false;
        }
        return line.folded().startsWith("reporting from ") || WordCues.AUTHOR_ROLES.in(line);
    }

    /**
     * The author name that opens a biography ("Name is ... correspondent for ..."), or null; an author's card may
     * name her by her first name alone ("Jane covers energy from Oslo."), which {@link Authors} matches to a byline.
     */
    public static String bioName(SourceLine line) {
        // a biography names the author's role, so a line without a role word is no biography
        if (line.wordCount() > MAX_BIO_WORDS || !line.mayHold(WordCues.BIO_ROLES)) {
            return null;
        }
        int verb = bioVerb(line.folded());
        if (verb < 0) {
            return null;
        }
        // "— Jane Doe covers technology.": a dash may set the bio off from the article's last paragraph
        String head = Cues.strip(line.text().substring(0, verb));
        String name = Cues.strip(head.substring(Cues.leadingDashesEnd(head)));
        // "Jane Doe, an urban climatologist, is ...": an apposition between the name and the verb
        int comma = name.indexOf(", ");
        boolean apposition = comma > 0 && name.endsWith(",")
                && APPOSITION_OPENERS.stream().anyMatch(opener -> name.startsWith(opener, comma + 2));
        String named = apposition ? name.substring(0, comma) : name;
        boolean role = apposition || WordCues.BIO_ROLES.inRest(line, verb);
        return (isPersonName(named) || isNamePart(named)) && role ? named : null;
    }

    /**
     * "By Example News", "By Example Staff", "By Staff Reporter", "By Our Correspondent": a by-line that names the
     * outlet's desk or an unnamed writer's role and no person.
     */
    static boolean isDeskByline(SourceLine line) {
        if (line.wordCount() > MAX_DESK_BYLINE_WORDS || !line.folded().startsWith("by ")) {
            return false;
        }
        String desk = Cues.strip(line.text().substring("by ".length()));
        String last = Cues.fold(desk.substring(desk.lastIndexOf(' ') + 1));
        return desk.indexOf(' ') > 0 && desk.indexOf(',') < 0 && Cues.allWordsCapitalised(desk)
                && (DESK_WORDS.contains(last) || WordCues.AUTHOR_ROLES.in(last));
    }

    /** One capitalised word of letters, which may be an author's first or (hyphenated) last name. */
    static boolean isNamePart(String name) {
        return name.length() >= 2 && Character.isUpperCase(name.charAt(0))
                && name.chars().allMatch(c -> Character.isLetter(c) || c == '-')
                && name.charAt(name.length() - 1) != '-'
                && !Cues.NOT_NAME_WORDS.contains(Cues.fold(name));
    }

    /**
     * Where the first verb of a biography stands, or -1. The verb follows a name of at most four words, so only the
     * head of the line is read: each verb opens with a space, and the line with none, so the verb is looked for at
     * the spaces of the head alone.
     */
    private static int bioVerb(String folded) {
        int head = Math.min(folded.length(), MAX_NAME_CHARS + 12);
        for (int at = folded.indexOf(' '); at >= 0 && at < head; at = folded.indexOf(' ', at + 1)) {
            if (at + 1 == folded.length() || BIO_VERB_INITIALS.indexOf(folded.charAt(at + 1)) < 0) {
                continue;
            }
            for (String verb : Cues.BIO_VERBS) {
                if (at + verb.length() <= head && folded.startsWith(verb, at)) {
                    return at;
                }
            }
        }
        return -1;
    }

    /** Person names in a list ("A, B and C"), each without the place or outlet that may follow it. */
    private static List<String> namesIn(String text, boolean upperCase) {
        List<String> names = new ArrayList<>();
        for (String piece : namePieces(text)) {
            String name = piece;
            // "By JANE DOE FOR EXAMPLE NEWS": after "By" tails in capitals too; folding keeps every char's offset
            String folded = upperCase ? Cues.fold(piece) : piece;
            for (String cut : NAME_TAILS) {
                int at = folded.indexOf(cut);
                if (at > 0) {
                    name = name.substring(0, at);
                    folded = folded.substring(0, at);
                }
            }
            name = withoutPossessiveOpener(Cues.strip(name));
            if (isPersonName(name, upperCase)) {
                names.add(name);
            }
        }
        return names;
    }

    /**
     * The name without the possessive that opens it, which names the outlet or team the person works for ("CNN's
     * Jane Doe", "The Associated Press' John Roe"): no person's name holds a word that ends in one.
     */
    private static String withoutPossessiveOpener(String name) {
        int from = 0;
        for (int space = name.indexOf(' '); space >= 2; space = name.indexOf(' ', space + 1)) {
            if (endsPossessive(name, space)) {
                from = space + 1;
            }
        }
        return from == 0 ? name : Cues.strip(name.substring(from));
    }

    /** Whether the word that ends at {@code end} ends in "'s" or "s'" (either apostrophe). */
    private static boolean endsPossessive(String text, int end) {
        char last = text.charAt(end - 1);
        char before = text.charAt(end - 2);
        return last == 's' && isApostrophe(before) || isApostrophe(last) && before == 's';
    }

    private static boolean isApostrophe(char c) {
        return c == '\'' || c == '\u2019';
    }

    /**
     * The text cut at ",", ";", "&", "|" and " and " in any case. A hand-written split, as a regex split ran on most
     * short lines; empty pieces are kept, as they name no one.
     */
    private static List<String> namePieces(String text) {
        List<String> pieces = new ArrayList<>();
        int start = 0;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            int separator = c == ',' || c == ';' || c == '&' || c == '|' ? 1
                    : isJoinerAt(text, i) ? NAME_JOINER.length() : 0;
            if (separator > 0) {
                pieces.add(text.substring(start, i));
                start = i + separator;
                i = start;
            } else {
                i++;
            }
        }
        pieces.add(text.substring(start));
        return pieces;
    }

    /** Whether " and " in any case stands at {@code i}: it opens with a space, which no other char matches. */
    private static boolean isJoinerAt(String text, int i) {
        return text.charAt(i) == ' ' && text.regionMatches(true, i, NAME_JOINER, 0, NAME_JOINER.length());
    }

    /**
     * Whether every name is written out in the ordinary way ("Shaun Walker", "Ana de la Cruz", "Sean O'Neill"): no
     * initials ("K Clark", a referee's line) and no capitals inside a word ("CQ-Roll Call", an outlet).
     */
    public static boolean areFullNames(List<String> names) {
        for (String name : names) {
            for (String token : Cues.tokens(name, "")) {
                if (!Cues.NAME_PARTICLES.contains(Cues.fold(token)) && !isWrittenOut(token)) {
                    return false;
                }
            }
        }
        return true;
    }

    private static boolean isWrittenOut(String token) {
        if (token.length() < 2 || !Character.isUpperCase(token.charAt(0))) {
            return false;
        }
        for (int i = 1; i < token.length(); i++) {
            char c = token.charAt(i);
            char before = token.charAt(i - 1);
            boolean joinedCapital = Character.isUpperCase(c) && (before == '\'' || before == '\u2019' || before == '-');
            if (!Character.isLowerCase(c) && !joinedCapital && c != '\'' && c != '\u2019' && c != '-') {
                return false;
            }
        }
        return true;
    }

    static boolean isPersonName(String name) {
        return isPersonName(name, false);
    }

    /** {@link #isPersonName(String)}, admitting names written in capitals ("HOLLY ROBERTS"), as credits set them. */
    static boolean isPersonNameInAnyCase(String name) {
        return isPersonName(name, true);
    }

    /**
     * Two to four capitalised words (or initials and name particles), no digits, no furniture words; at least one
     * word in mixed case unless {@code upperCase} admits names written in capitals.
     */
    private static boolean isPersonName(String name, boolean upperCase) {
        if (name.length() > MAX_NAME_CHARS) {
            return false;
        }
        List<String> tokens = Cues.tokens(name, "");
        if (tokens.size() < 2 || tokens.size() > MAX_NAME_WORDS) {
            return false;
        }
        if (!upperCase && isOutletAcronym(tokens.get(0))) {
            // "ABC Brisbane", "CNN Wire": an outlet's acronym opens the line, no person's name
            return false;
        }
        boolean hasWord = false;
        for (String token : tokens) {
            String lower = Cues.fold(token);
            if (isInitial(token)) {
                // "Ronald V. Doe": an initial is no word, though "v" also stands for "versus"
                continue;
            }
            if (Cues.NOT_NAME_WORDS.contains(Cues.stripPunctuation(lower)) || isMastheadCompound(lower)) {
                return false;
            }
            if (Cues.NAME_PARTICLES.contains(lower)) {
                continue;
            }
            if (!isNameToken(token)) {
                return false;
            }
            hasWord |= token.length() >= 2 && (upperCase || Cues.hasAny(token, Character::isLowerCase));
        }
        return hasWord && !WordCues.BIO_ROLES.in(Cues.fold(name));
    }

    /** "Times-News", "Gazette-Mail": a hyphened word whose parts are a masthead's, as no surname's are. */
    private static boolean isMastheadCompound(String lower) {
        // "Herald-Whig", "Star-Ledger": one of the two is a masthead's word
        int hyphen = lower.indexOf('-');
        return hyphen > 0 && (Cues.MASTHEAD_WORDS.contains(Cues.stripPunctuation(lower.substring(hyphen + 1)))
                || Cues.MASTHEAD_WORDS.contains(lower.substring(0, hyphen)));
    }

    private static boolean isOutletAcronym(String token) {
        return token.length() >= MIN_ACRONYM && Cues.isCapitals(token);
    }

    private static boolean isInitial(String token) {
        return token.length() == 2 && token.charAt(1) == '.' && Character.isUpperCase(token.charAt(0));
    }

    private static boolean isNameToken(String token) {
        if (!Character.isUpperCase(token.charAt(0))) {
            return false;
        }
        for (int i = 1; i < token.length(); i++) {
            char c = token.charAt(i);
            if (!Character.isLetter(c) && c != '\'' && c != '\u2019' && c != '-' && c != '.') {
                return false;
            }
        }
        return true;
    }
}
