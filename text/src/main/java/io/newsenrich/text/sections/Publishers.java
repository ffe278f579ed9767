package io.newsenrich.text.sections;

import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Finds the outlet a page names in its furniture: the author biography ("... correspondent for The Irish Times"),
 * a promo ("Join The Irish Times on WhatsApp"), a wire dateline ("KYIV (Reuters) -"), a copyright notice
 * ("© 2018 Los Angeles Times"), a photo credit by the outlet's own staff ("Name/The Guardian"), a byline that
 * ends with the outlet ("By Jane Doe, CNN") or a source note ("Source: Example News and news agencies").
 */
final class Publishers {

    /** What a footer link about rights names after "Copyright". */
    private static final Set<String> COPYRIGHT_LINKS = Set.of("policy", "notice", "information", "infringement",
            "complaints", "statement");
    /** "Subscribe", "Sign up": a button's call, a word or two. */
    private static final int MAX_BUTTON_WORDS = 2;
    /** "All Example Live", "About Example News": a menu's link to the outlet's pages, not its logo in full. */
    private static final Set<String> MENU_LEAD_WORDS = Set.of("all", "about", "more", "visit", "contact");
    /** Words that open a sentence about the site, not an owner's name. */
    private static final Set<String> SENTENCE_DETERMINERS = Set.of("this", "these", "that", "all", "the", "a", "an",
            "our", "your");
    /** A platform's channel, which a capitalised call may write as part of the name it follows. */
    private static final String CHANNEL_WORD = " channel";
    private static final String OF_LINK = " of ";
    private static final String FOR_LINK = " for ";
    /** "the Local Democracy Reporter for West Suffolk": the shared scheme's reporter covers an area, not an outlet. */
    private static final String DEMOCRACY_REPORTER = "democracy reporter";
    private static final String IS_A = " is a ";
    private static final List<String> ROLE_VERBS = List.of(" is ", " was ", " has been ");
    private static final List<String> BIO_LINKS = List.of(FOR_LINK, " at ", " with ", " contributor to ", " joined ",
            OF_LINK);
    private static final Openers PROMO_VERBS = Openers.of(List.of("join", "follow", "subscribe to", "download",
            "support", "find", "sign up for", "sign up to", "get"));
    private static final List<String> PROMO_TAILS = List.of(" on ", " app", " newsletter", " for ", "'s", " and ",
            " e-paper", " epaper", " website", " headlines");
    private static final Set<String> PLATFORMS = Set.of("whatsapp", "telegram", "facebook", "instagram", "youtube",
            "tiktok", "linkedin", "threads");
    private static final Set<String> READER_WORDS = Set.of("you", "your", "yours", "our");
    private static final List<String> LEAD_IN_ENDS = List.of(": ", " \u2013 ", " \u2014 ", " - ");
    /** Verbs whose object is as often a product's own name ("Sign up for First Edition"): only a possessive counts. */
    private static final Set<String> POSSESSIVE_ONLY_VERBS = Set.of("sign up for", "sign up to");
    private static final List<String> POSSESSIVE_TAILS = List.of("'s");
    private static final int DATELINE_REACH = 80;
    /** "'s Technology and Science newsletter": the product's name after the possessive is short. */
    private static final int PRODUCT_REACH = 40;
    private static final int DATELINE_LINES = 3;
    /**
     * Where an outlet is looked for, most telling first: a byline's outlet after a bar comes before the copyright
     * notice, which often names the parent company, and one after a comma, as often a wire's, comes last.
     */
    private static final List<Evidence> SEARCH_ORDER = List.of(
            new Evidence(LineKind.BIO, line -> fromBio(line.text(), line.folded())),
            new Evidence(LineKind.PROMO, line -> fromPromo(line.text(), line.folded())),
            new Evidence(LineKind.PLAIN, line -> fromDateline(line.text())),
            new Evidence(LineKind.BYLINE, line -> fromBarredByline(line.text())),
            new Evidence(LineKind.CHROME, line -> CreditSplitter.isCopyrightNotice(line.source)
                    ? fromCopyright(line.text()) : fromNote(line.text(), line.folded())),
            new Evidence(LineKind.CAPTION, line -> line.caption.credit() == null ? null
                    : fromCredit(line.caption.credit())),
            new Evidence(LineKind.BYLINE, line -> fromByline(line.text())));
    private static final String TITLES_JOINER = " and ";
    private static final String THE = "the ";
    private static final int MIN_TITLE_WORDS = 2;
    /** "By Jane Doe | jdoe@example.com | The Example Post": the outlet is two words at least. */
    private static final int MIN_BARRED_OUTLET_WORDS = 2;
    /** The forms of a company in law, which a logo's name may carry too ("Example Ltd"). */
    private static final Set<String> ENTITY_FORMS = Set.of("llc", "l.p", "lp", "ltd", "limited", "inc", "plc",
            "corp", "corporation", "co", "dac", "gmbh", "ag", "pty", "pte", "pvt", "oy", "oyj", "ab", "nv", "sa", "spa",
            "srl", "sl", "kk");
    /**
     * Company words after an outlet's name, folded and bare of their full stops ("L.P." is "l.p"): the entity forms
     * and the words a notice adds to an outlet's name for its company, but a logo keeps.
     */
    private static final Set<String> LEGAL_FORMS = Stream.concat(ENTITY_FORMS.stream(), Stream.of("private",
            "publishers", "publishing", "holdings", "group", "media", "digital", "interactive", "public", "company",
            "ventures", "internet", "services")).collect(Collectors.toUnmodifiableSet());
    /**
     * Words an outlet adds to its name for a product ("Example Daily", "Example Tribune Digital Edition"), and the
     * work a call asks support for ("Support Free & Independent Journalism").
     */
    private static final Set<String> PRODUCT_WORDS = Set.of("daily", "weekly", "digital", "edition", "newsletter",
            "briefing", "plus", "premium", "prime", "pro", "app", "epaper", "e-paper", "online", "journalism",
            "reporting");
    /** The sections an outlet names its products and pages after. */
    private static final Set<String> SECTIONS = Set.of("business", "sport", "sports", "politics", "opinion",
            "technology", "tech", "science", "health", "culture", "travel", "money", "climate", "entertainment",
            "lifestyle");
    private static final Set<String> INSTITUTIONS = Set.of("university", "institute", "college", "school",
            "hospital", "foundation", "ministry", "department", "academy", "museum");
    /** Bodies whose names go on with "for": "Center for ...", "Council for ...". */
    private static final Set<String> NAMED_BODIES = Set.of("center", "centre", "council", "society", "association",
            "fund", "committee", "commission", "alliance", "coalition", "network", "office", "initiative");
    private static final String COPYRIGHT = "copyright";
    private static final String C_IN_BRACKETS = "(c)";
    /** "The Example Times": a logo's name is a few words; a menu's longer lines are links. */
    private static final int MAX_LOGO_WORDS = 3;
    /** The link that a logo above the article copies as ("The Example - Back to home"). */
    private static final String LOGO_LINK_TAIL = " - back to home";
    /** Words of a company's name besides its legal form: "The Example Newspaper Limited", "Example Partners". */
    private static final Set<String> COMPANY_WORDS = Set.of("newspaper", "newspapers", "partners", "network", "bv",
            "l", "p", "communications", "broadcasting", "international");
    /** Words a copy adds to a logo's name from its image or link: "NBC News Logo", "Ars Technica home". */
    private static final List<String> LOGO_TAILS = List.of(" logo", " home", " homepage");
    /** A country's or a region's letters over a page ("UK", "NSW", "U.S."), a menu's label more than a logo. */
    private static final int MAX_ACRONYM_LABEL = 3;
    /** Menu labels a page may open with, besides the sections an outlet names products after. */
    private static final Set<String> MENU_LABELS = Set.of("news", "world", "national", "local", "latest",
            "trending", "the homepage", "live tv", "full episodes", "all sections", "skip links", "site navigation",
            "skip navigation", "set weather", "print subscriptions", "reject", "ok", "agree");
    /** The longest acronym a byline's outlet may be ("CNN", "NPR", "AFP"); longer capitals are names. */
    private static final int MAX_ACRONYM = 5;
    /** "a San Francisco Example staff writer": an outlet before the role, with its place. */
    private static final int MIN_OUTLET_BEFORE_ROLE_WORDS = 2;
    /** The byline and the paper's line under it stand near the page's top. */
    private static final int MAX_AUTHOR_PAPER_LINE = 20;

    private Publishers() {
    }

    /**
     * The outlet the page names, most telling evidence first; {@code logoLine} is the page's first line when it reads
     * as a logo ({@link #topLogo}) and is not the headline, or -1. The logo names the outlet where no line does,
     * where a copyright notice names only the owning company, and in full where the evidence gives part of it
     * ("Notes" of "Notes from Poland").
     */
    static String find(List<PageLine> lines, int logoLine) {
        String logo = logoLine < 0 ? null : withoutLogoTail(lines.get(logoLine).text());
        for (Evidence evidence : SEARCH_ORDER) {
            LineKind kind = evidence.kind();
            int plainSeen = 0;
            for (PageLine line : lines) {
                String found = line.kind == kind && (kind != LineKind.PLAIN || plainSeen++ < DATELINE_LINES)
                        ? evidence.outlet().apply(line) : null;
                if (found == null) {
                    continue;
                }
                boolean notice = CreditSplitter.isCopyrightNotice(line.source);
                String named = notice ? brandOf(found, line, lines) : found;
                // "© 2025 Example Printers Private Ltd": a company the page names nowhere else owns the outlet
                if (logo != null && notice && named.equals(found) && namesCompany(line)
                        && !isNamedAgain(Cues.fold(found), line, lines)) {
                    return inNoticeCase(logo, line);
                }
                String full = withFullLogo(named, lines);
                boolean part = logo != null && !notice && logo.length() > full.length() && isShortFormOf(full, logo);
                return part || logo != null && isInitialsOf(full, logo) ? logo : full;
            }
        }
        return logo != null ? logo : paperUnderAuthor(lines);
    }

    /**
     * "Jane Doe" / "Example Star" over the story: the paper's name on its own line under the author's, as some
     * chains set the byline; or null.
     */
    private static String paperUnderAuthor(List<PageLine> lines) {
        for (int i = 1; i < lines.size() && i <= MAX_AUTHOR_PAPER_LINE; i++) {
            LineKind above = lines.get(i - 1).kind;
            String text = lines.get(i).text();
            if ((above == LineKind.BYLINE || above == LineKind.NAME_ONLY) && isMastheadName(text)) {
                return logoOutlet(text);
            }
        }
        return null;
    }

    /**
     * "Notes" under the logo "Notes from Poland", "Chester Standard" under "Chester and District Standard", "Stroud
     * News & Journal" under "Stroud News and Journal": the name's words, in order, among the logo's.
     */
    private static boolean isShortFormOf(String name, String logo) {
        List<String> logoWords = Cues.tokens(Cues.fold(logo).replace(" & ", " and "), "");
        int at = 0;
        for (String word : Cues.tokens(Cues.fold(name).replace(" & ", " and "), "")) {
            int found = logoWords.subList(at, logoWords.size()).indexOf(word);
            if (found < 0) {
                return false;
            }
            at += found + 1;
        }
        return true;
    }

    /** "TNIE" under the logo "The New Indian Express": a promo's short name for the outlet, its words' initials. */
    private static boolean isInitialsOf(String name, String logo) {
        List<String> words = Cues.tokens(logo, "");
        if (name.length() != words.size() || words.size() < 2) {
            return false;
        }
        for (int i = 0; i < words.size(); i++) {
            if (Character.toLowerCase(name.charAt(i)) != Character.toLowerCase(words.get(i).charAt(0))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Where the page's first line that is no furniture stands, when it reads as the outlet's logo ("Deccan Herald",
     * "Notes from Poland", "fijivillage", "NBC News Logo"): a name of a few words, no menu's label, skip link or
     * person. Read before the headline search makes the lines over the title furniture; -1 when there is none.
     */
    static int topLogo(List<PageLine> lines) {
        int first = PageLines.nextNonChrome(lines, 0);
        // "Sign In" / "Subscribe" / "Example Times": a button's call over the logo is furniture too
        while (first < lines.size() && lines.get(first).kind == LineKind.PROMO
                && lines.get(first).source.wordCount() <= MAX_BUTTON_WORDS) {
            first = PageLines.nextNonChrome(lines, first + 1);
        }
        if (first >= lines.size()) {
            return -1;
        }
        PageLine top = lines.get(first);
        // a plain text's first line is its headline, longer than any logo: its word count rules it out
        // a digit is a date's or a count's, but for a one-word name that holds letters too ("Splash247")
        boolean digits = top.source.hasDigit() && (top.source.wordCount() > 1 || top.text().chars()
                .noneMatch(Character::isLetter));
        // "Dewsbury Reporter" over the menu reads as a role, as "Sports Reporter" would under a byline
        if (top.kind != LineKind.PLAIN && top.kind != LineKind.NAME_ONLY && top.kind != LineKind.AUTHOR_ROLE || digits
                || top.source.wordCount() > MAX_LOGO_WORDS + 2) {
            return -1;
        }
        String name = withoutLogoTail(top.text());
        String folded = Cues.fold(name);
        int words = Cues.wordCount(name);
        boolean shape = words <= MAX_LOGO_WORDS + 1 && !Cues.endsSentence(name)
                && (Headlines.isTitleCase(name) || words == 1 && name.chars().allMatch(Character::isLowerCase));
        // "Example Herald-Leader Logo": the image's word says it is the logo, though the name reads as a person's
        boolean saysLogo = name.length() < top.text().length();
        boolean label = Cues.CHROME.contains(folded) || SECTIONS.contains(folded) || MENU_LABELS.contains(folded)
                || MENU_LABELS.contains(top.folded()) || Headlines.isTitleMinorWord(folded)
                || Cues.NOT_OUTLETS.contains(folded) || Bylines.isPersonName(name) && !saysLogo
                || words == 1 && name.length() <= MAX_ACRONYM_LABEL && Cues.isCapitals(name.replace(".", ""));
        return shape && !label ? first : -1;
    }

    /** "NBC News Logo", "Ars Technica home": the logo's name without the words its image or link adds. */
    private static String withoutLogoTail(String text) {
        String folded = Cues.fold(text);
        for (String tail : LOGO_TAILS) {
            if (folded.endsWith(tail) && folded.length() > tail.length() && text.length() > tail.length()) {
                return Cues.strip(text.substring(0, text.length() - tail.length()));
            }
        }
        return text;
    }

    /**
     * "THE EXAMPLE" over the page, "© 2025 The Example Foundation, Inc." under it: a logo set in capitals takes the
     * case the notice writes it in.
     */
    private static String inNoticeCase(String logo, PageLine notice) {
        if (logo.chars().anyMatch(Character::isLowerCase)) {
            return logo;
        }
        int at = notice.folded().indexOf(Cues.fold(logo));
        int end = at + logo.length();
        boolean word = at >= 0 && (at == 0 || !Character.isLetterOrDigit(notice.folded().charAt(at - 1)))
                && (end == notice.text().length() || !Character.isLetterOrDigit(notice.folded().charAt(end)));
        return word ? notice.text().substring(at, end) : logo;
    }

    /** Whether a copyright notice names a company ("© 2025 Example Printers Private Ltd") rather than an outlet. */
    private static boolean namesCompany(PageLine notice) {
        return Cues.tokens(notice.folded(), ".,").stream()
                .anyMatch(word -> isLegalForm(word) || COMPANY_WORDS.contains(word));
    }

    /**
     * "© Times Media Limited" under a page whose logo reads "The Times", "Copyright THE MAINICHI NEWSPAPERS" under
     * "The Mainichi": a notice that names a company names the owner, and the logo above the article (a short line,
     * or the logo's link "The Example - Back to home") that holds the company's first name names the outlet.
     */
    private static String brandOf(String company, PageLine notice, List<PageLine> lines) {
        if (!namesCompany(notice)) {
            return company;
        }
        List<String> words = Cues.tokens(notice.folded(), ".,");
        List<String> names = Cues.tokens(Cues.fold(company), ".,");
        String first = names.get(0).equals("the") && names.size() > 1 ? names.get(1) : names.get(0);
        String repeated = null;
        boolean top = true;
        for (PageLine line : lines) {
            if (PageLines.isParagraph(line)) {
                break;
            }
            String logo = logoName(line);
            if (!isLogoShape(logo, line)) {
                continue;
            }
            if (Cues.containsWord(Cues.fold(logo), first) && wordsBeyond(logo, words) <= 1) {
                return logoOutlet(inNoticeCase(logo, notice));
            }
            // only the page's first name can be its logo; later ones are a menu's labels
            if (top && !Bylines.isPersonName(logo) && isNamedAgain(Cues.fold(logo), line, lines)) {
                repeated = logo;
            }
            top = top && Cues.CHROME.contains(Cues.fold(logo));
        }
        // "The Scotsman" over the page, "Sign up to The Scotsman's newsletter" in it, "© National World Publishing":
        // the name the page's header and text repeat is the outlet's
        return repeated != null ? logoOutlet(repeated) : company;
    }

    /**
     * "Lloyd's List" over the page, "Sign up for the Lloyd's List Daily Briefing" in it; "Buenos Aires Herald" over
     * the page, "Become a Herald subscriber" in it: the logo that holds the name a promo or bio gives, before a
     * possessive that is part of the name or after the words a page leaves out, gives the outlet's name whole.
     */
    private static String withFullLogo(String found, List<PageLine> lines) {
        String name = Cues.fold(found);
        PageLine first = firstLogo(lines);
        if (first != null && sharesFirstWords(name, first)) {
            return logoOutlet(first.text());
        }
        for (PageLine line : lines) {
            if (PageLines.isParagraph(line)) {
                break;
            }
            String logo = line.folded();
            boolean possessive = logo.startsWith(name + "'s ");
            // "Watch Example News", "Source: Example News", "Reporter, Example News": a promo's link, a source note
            // or an author's role ends with the name too, as a person's name may
            boolean longer = logo.length() > name.length() && logo.endsWith(name)
                    && logo.charAt(logo.length() - name.length() - 1) == ' ' && Cues.PROMO_OPENERS.match(logo) == null
                    && !Bylines.isPersonName(line.text()) && logo.indexOf(':') < 0 && logo.indexOf(',') < 0
                    && !MENU_LEAD_WORDS.contains(logo.substring(0, Math.max(logo.indexOf(' '), 0)));
            if ((possessive || longer) && isLogoShape(line.text(), line)) {
                return logoOutlet(line.text());
            }
        }
        return found;
    }

    /**
     * "Finshots" at the top of the page and "Finshots Daily" from its promo, "Complete Sports" and "Complete": the
     * page's first line, its logo, is the name without its product's words, or in full where a section's word or a
     * dotted part ends it.
     */
    private static boolean sharesFirstWords(String name, PageLine logo) {
        String folded = logo.folded();
        boolean product = name.startsWith(folded + " ")
                && Cues.tokens(name.substring(folded.length()), "").stream().allMatch(PRODUCT_WORDS::contains);
        // "Example.Cymru": a dotted name, which a notice's "© Example.Cymru 2025." cuts at its dot
        boolean dotted = folded.startsWith(name + ".") && folded.indexOf(' ') < 0;
        return product || dotted
                || folded.startsWith(name + " ") && folded.indexOf(' ', name.length() + 1) < 0
                && endsWithSection(folded);
    }

    /** The page's first line that can be a logo: a short name, past the skip links over it. */
    private static PageLine firstLogo(List<PageLine> lines) {
        for (PageLine line : lines) {
            if (PageLines.isParagraph(line) || line.kind == LineKind.BYLINE) {
                return null;
            }
            if (isLogoShape(line.text(), line) && !Cues.CHROME.contains(line.folded())) {
                return line;
            }
        }
        return null;
    }

    /** A line's text, or the outlet's name of the logo's link ("The Example - Back to home"). */
    private static String logoName(PageLine line) {
        String folded = line.folded();
        return folded.endsWith(LOGO_LINK_TAIL)
                ? line.text().substring(0, folded.length() - LOGO_LINK_TAIL.length()) : line.text();
    }

    private static boolean isLogoShape(String logo, PageLine line) {
        return Cues.wordCount(logo) <= MAX_LOGO_WORDS && Cues.allWordsCapitalised(logo) && !line.source.hasDigit();
    }

    /**
     * Whether a name of two words or more, or a word no menu or name has, stands in a longer line of the page too
     * ("Sign up to The Example's newsletter", "Jane Doe/The Example").
     */
    private static boolean isNamedAgain(String name, PageLine logo, List<PageLine> lines) {
        boolean distinctive = Cues.wordCount(name) > 1 ? !Cues.CHROME.contains(name)
                : !Cues.NOT_NAME_WORDS.contains(name) && !Cues.CHROME.contains(name);
        if (!distinctive) {
            return false;
        }
        for (PageLine line : lines) {
            if (line != logo && line.folded().length() > name.length() && Cues.containsWord(line.folded(), name)) {
                return true;
            }
        }
        return false;
    }

    /**
     * How many words of a logo the notice lacks: "Example Asia" adds a region to "Example Inc.", while a menu's
     * "Example Customer Support" adds a link's words.
     */
    private static int wordsBeyond(String logo, List<String> noticeWords) {
        int beyond = 0;
        for (String word : Cues.tokens(Cues.fold(logo), ".,")) {
            beyond += word.equals("the") || noticeWords.contains(word) ? 0 : 1;
        }
        return beyond;
    }

    /** Lines of one kind and how an outlet is read from them. */
    private record Evidence(LineKind kind, Function<PageLine, String> outlet) {
    }

    /**
     * "Example Live and the Example Echo", "Example Courier and Example Guardian": a reporter for two titles writes
     * for the first; "Example News and Journal" is one title's name.
     */
    private static String firstOfTwoTitles(String name) {
        int and = name.indexOf(TITLES_JOINER);
        if (and < 0) {
            return name;
        }
        String first = name.substring(0, and);
        String second = name.substring(and + TITLES_JOINER.length());
        second = second.startsWith(THE) ? second.substring(THE.length()) : second;
        return Cues.wordCount(first) >= MIN_TITLE_WORDS && Cues.wordCount(second) >= MIN_TITLE_WORDS ? first : name;
    }

    private static String fromBio(String text, String folded) {
        int best = -1;
        // the first sentence names the post; later ones the career ("She previously covered health for X")
        int firstSentenceEnd = folded.indexOf(". ");
        int searchEnd = firstSentenceEnd < 0 ? folded.length() : firstSentenceEnd;
        // "a reporter with The Southern Star, covering the communities of West Cork": "of" names a place as often as
        // a post, so it counts only when no other link names one
        for (String link : BIO_LINKS) {
            int at = folded.lastIndexOf(link, searchEnd);
            // "a fellow at the Lisbon Institute for Urban Futures": "for" inside a name joins it
            boolean joiner = link.equals(OF_LINK) && at > 0 && (followsCapitalisedWord(text, at) || best >= 0)
                    || link.equals(FOR_LINK) && at > 0 && (followsInstitutionWord(folded, at)
                    || folded.startsWith(DEMOCRACY_REPORTER, at - DEMOCRACY_REPORTER.length()));
            if (at > best && !joiner && !nameOrAddress(text, at + link.length()).isEmpty()) {
                best = at + link.length();
            }
        }
        if (best >= 0) {
            return outlet(firstOfTwoTitles(beforePossessive(nameOrAddress(text, best))));
        }
        // "Jane Doe is The Example Times's economics editor": the outlet owns the role; "Jane covers Norway's
        // seafood" names a beat
        for (String verb : ROLE_VERBS) {
            int at = folded.indexOf(verb);
            String run = at < 0 ? "" : Cues.capitalisedRun(text, at + verb.length());
            String owner = beforePossessive(run);
            if (owner.length() < run.length()) {
                return outlet(owner);
            }
        }
        return outletBeforeRole(text, folded);
    }

    /**
     * The capitalised name at {@code from}, or the site's address there ("covers schools for example.com and The
     * Example Dealer"), or "".
     */
    private static String nameOrAddress(String text, int from) {
        String run = Cues.capitalisedRun(text, from);
        if (!run.isEmpty()) {
            return run;
        }
        int end = text.indexOf(' ', from);
        String word = Cues.stripPunctuation(text.substring(from, end < 0 ? text.length() : end));
        return Cues.isWebAddress(word) ? word : "";
    }

    /** "Jane Doe is a San Francisco Example staff writer": the outlet's name stands before the role. */
    private static String outletBeforeRole(String text, String folded) {
        int at = folded.indexOf(IS_A);
        int from = at < 0 ? -1 : folded.startsWith("n ", at + IS_A.length()) ? at + IS_A.length() + 2
                : at + IS_A.length();
        String run = from < 0 ? "" : Cues.capitalisedRun(text, from);
        // "is a Melbourne writer": one capitalised word before the role names a place as often as an outlet
        if (Cues.wordCount(run) < MIN_OUTLET_BEFORE_ROLE_WORDS || run.indexOf('-') >= 0) {
            return null;
        }
        int next = from + run.length();
        int end = folded.indexOf(' ', next + 1);
        String word = Cues.strip(folded.substring(next, end < 0 ? folded.length() : end));
        return WordCues.BIO_ROLES.in(word) ? outlet(run) : null;
    }

    /** Whether the word before {@code at} is capitalised, which makes " of " part of a name ("Times of Israel"). */
    /** "Institute for", "Centre for": the body's word before the link, as a body's name goes on after "for". */
    private static boolean followsInstitutionWord(String folded, int at) {
        String word = folded.substring(folded.lastIndexOf(' ', at - 1) + 1, at);
        return INSTITUTIONS.contains(word) || NAMED_BODIES.contains(word);
    }

    /**
     * "GET THE MORNING HEADLINES DELIVERED TO YOUR INBOX": a call in capitals runs on as if every word were a name's,
     * but speaks to the reader, which no outlet's name does.
     */
    private static boolean addressesReader(String run) {
        for (String word : Cues.fold(run).split(" ")) {
            if (READER_WORDS.contains(word)) {
                return true;
            }
        }
        return false;
    }

    private static boolean followsCapitalisedWord(String text, int at) {
        int start = text.lastIndexOf(' ', at - 1) + 1;
        return Character.isUpperCase(text.charAt(start));
    }

    private static String fromPromo(String text, String folded) {
        String outlet = fromCall(text, folded, 0);
        // "Get the latest business news: sign up for ...", "Support local journalism \u2013 subscribe to ...": the call
        // may follow a lead-in
        for (int i = 0; outlet == null && i < LEAD_IN_ENDS.size(); i++) {
            int end = folded.indexOf(LEAD_IN_ENDS.get(i));
            outlet = end > 0 ? fromCall(text, folded, end + LEAD_IN_ENDS.get(i).length()) : null;
        }
        return outlet != null ? outlet : productOwner(text, folded);
    }

    /** The outlet named by the call to follow or join it that opens at {@code from}, or null. */
    private static String fromCall(String text, String folded, int from) {
        String verb = PROMO_VERBS.match(folded, from);
        if (verb == null) {
            return null;
        }
        int runFrom = from + verb.length();
        String run = beforePossessive(Cues.capitalisedRun(text, runFrom));
        int after = text.indexOf(run, runFrom) + run.length();
        // "Join the Example Online WhatsApp channel", "Join Example WhatsApp Channel": the outlet's channel on a
        // platform
        if (Cues.fold(run).endsWith(CHANNEL_WORD)) {
            run = Cues.strip(run.substring(0, run.length() - CHANNEL_WORD.length()));
        }
        int platform = run.lastIndexOf(' ') + 1;
        boolean channel = platform > 0 && PLATFORMS.contains(Cues.fold(run.substring(platform)));
        if (channel) {
            run = Cues.strip(run.substring(0, platform));
        }
        // "Sign up for the Example Times Sport newsletter": a section's product names its outlet before the section
        boolean sectionProduct = endsWithSection(run) && folded.startsWith(" newsletter", after);
        List<String> tails = POSSESSIVE_ONLY_VERBS.contains(verb) && !sectionProduct ? POSSESSIVE_TAILS : PROMO_TAILS;
        // "Subscribe to The Example Mill": the call may end with the outlet's name, not with a product's ("Subscribe
        // to Example PRO")
        // "SUBSCRIBE TO UNLOCK MORE ARTICLES": in a line of capitals every word is capitalised, a name or not
        boolean whole = after == text.length() && tails == PROMO_TAILS
                && !PRODUCT_WORDS.contains(Cues.fold(run.substring(run.lastIndexOf(' ') + 1)))
                && Cues.hasAny(text, Character::isLowerCase);
        boolean named = !run.isEmpty()
                && (channel || whole || tails.stream().anyMatch(tail -> folded.startsWith(tail, after)));
        boolean person = verb.equals("follow") && Bylines.isPersonName(run);
        return named && !person && !addressesReader(run) ? outlet(run) : null;
    }

    /**
     * "Get the latest news in your inbox with The Example's Technology newsletter": the outlet that owns the
     * newsletter, app or podcast a promo offers, named before its possessive; or null.
     */
    private static String productOwner(String text, String folded) {
        for (int at = folded.indexOf("'s "); at > 0; at = folded.indexOf("'s ", at + 1)) {
            int reach = Math.min(folded.length(), at + PRODUCT_REACH);
            String after = folded.substring(at, reach);
            if (after.contains(" newsletter") || after.contains(" app") || after.contains(" podcast")) {
                String run = capitalisedRunEndingAt(text, at);
                return run.isEmpty() ? null : outlet(run);
            }
        }
        return null;
    }

    /** The words before {@code end} that are capitalised or join a name ("of", "the"), opening with a capital. */
    private static String capitalisedRunEndingAt(String text, int end) {
        int start = end;
        int runStart = -1;
        while (start > 0) {
            int wordEnd = start;
            int wordStart = text.lastIndexOf(' ', wordEnd - 1) + 1;
            String word = text.substring(wordStart, wordEnd);
            if (word.isEmpty()) {
                break;
            }
            if (Character.isUpperCase(word.charAt(0))) {
                runStart = wordStart;
            } else if (!word.equals("of") && !word.equals("the")) {
                break;
            }
            start = wordStart == 0 ? 0 : wordStart - 1;
        }
        return runStart < 0 ? "" : text.substring(runStart, end);
    }

    /** The run up to the possessive that ends one of its words ("Example News" of "Example News's Daily"). */
    private static String beforePossessive(String run) {
        for (int i = 1; i + 1 < run.length(); i++) {
            char c = run.charAt(i);
            boolean apostrophe = c == '\'' || c == '\u2019';
            if (apostrophe && run.charAt(i + 1) == 's' && (i + 2 == run.length() || run.charAt(i + 2) == ' ')) {
                return run.substring(0, i);
            }
        }
        return run;
    }

    private static String fromDateline(String text) {
        int open = text.indexOf('(');
        int close = open < 0 ? -1 : text.indexOf(')', open);
        if (open < 0 || close < 0 || close > DATELINE_REACH) {
            return null;
        }
        String after = Cues.strip(Cues.fold(text.substring(close + 1, Math.min(text.length(), close + 3))));
        boolean dash = after.startsWith("-");
        String inner = Cues.strip(text.substring(open + 1, close));
        // "LONDON (Reuters) -" opens with an upper-case place, "Feb 9 (Reuters) -" with a date,
        // "(CNN) -" with the outlet itself
        String firstWord = Cues.stripPunctuation(Cues.tokens(text.substring(0, open), "").stream().findFirst()
                .orElse(inner));
        boolean upperCaseFirst = firstWord.length() >= 2 && firstWord.equals(firstWord.toUpperCase());
        boolean dateFirst = Timestamps.isCalendarWord(Cues.fold(firstWord));
        boolean outletInside = inner.equals(Cues.capitalisedRun(inner, 0));
        return dash && (upperCaseFirst || dateFirst) && outletInside ? outlet(inner) : null;
    }

    private static String fromCopyright(String text) {
        String folded = Cues.fold(text);
        int sign = folded.indexOf('©');
        if (sign > 0 && !folded.startsWith(COPYRIGHT) && !folded.startsWith(C_IN_BRACKETS)) {
            // "Example Media Group © 2025": the owner before the sign
            return outlet(Cues.capitalisedRun(text, 0));
        }
        int i = folded.startsWith(C_IN_BRACKETS) ? C_IN_BRACKETS.length() : 0;
        while (i < text.length() && !Character.isLetter(text.charAt(i))) {
            i++;
        }
        if (folded.startsWith(COPYRIGHT, i)) {
            i += COPYRIGHT.length();
            while (i < text.length() && !Character.isLetter(text.charAt(i))) {
                i++;
            }
        }
        String digitFirst = digitFirstBrand(text, i);
        if (!digitFirst.isEmpty()) {
            return outlet(digitFirst);
        }
        String run = Cues.capitalisedRun(text, i);
        // "Copyright Policy": a footer link about rights, which names no owner; nor does "© Copyright 2001-2025. This
        // site is part of ...", whose next sentence opens with a determiner
        boolean named = !COPYRIGHT_LINKS.contains(Cues.fold(run)) && !SENTENCE_DETERMINERS.contains(Cues.fold(run));
        return named ? outlet(run.isEmpty() ? brandAt(text, i) : run) : null;
    }

    /**
     * "© 2025 9to5Mac": a brand that opens with digits glued to the letters at {@code i}, holding a capital; or "".
     */
    private static String digitFirstBrand(String text, int i) {
        int start = i;
        while (start > 0 && Character.isDigit(text.charAt(start - 1))) {
            start--;
        }
        int end = i;
        while (end < text.length() && Character.isLetterOrDigit(text.charAt(end))) {
            end++;
        }
        boolean capital = text.substring(i, end).chars().anyMatch(Character::isUpperCase);
        return start < i && capital ? text.substring(start, end) : "";
    }

    /** "eNCA": a name written with a small letter before its capitals, as some outlets spell theirs; or "". */
    private static String brandAt(String text, int i) {
        int end = i;
        while (end < text.length() && Character.isLetterOrDigit(text.charAt(end))) {
            end++;
        }
        boolean brand = end - i > 1 && Character.isLowerCase(text.charAt(i))
                && Character.isUpperCase(text.charAt(i + 1));
        return brand ? text.substring(i, end) : "";
    }

    /** The outlet a masthead note ("The Example Post is published by ...") or a source note names, or null. */
    private static String fromNote(String text, String folded) {
        int masthead = Cues.mastheadNameEnd(text, folded);
        return masthead > 0 ? logoOutlet(text.substring(0, masthead)) : fromSourceNote(text, folded);
    }

    /** "Source: Example News and news agencies": the outlet's own note of what it drew on. */
    private static String fromSourceNote(String text, String folded) {
        boolean ownNote = folded.startsWith(Cues.SOURCE_NOTE)
                && (folded.endsWith(" and news agencies") || folded.endsWith(" and agencies"));
        return ownNote ? outlet(Cues.capitalisedRun(text, Cues.SOURCE_NOTE.length())) : null;
    }

    /**
     * "By Jane Doe | jdoe@example.com | The Example Post", "Jane Doe | Evening Standard": the last part after a bar, in
     * capitalised words with no digit, that names no person and no role; or a web address after a dash.
     */
    private static String fromBarredByline(String text) {
        // "Jane Doe, John Roe - Example.com": the outlet's web address after the names
        int dash = text.lastIndexOf(" - ");
        String site = dash < 0 ? "" : Cues.strip(text.substring(dash + " - ".length()));
        if (Bylines.isSiteName(site)) {
            return site;
        }
        int bar = text.lastIndexOf(" | ");
        String tail = bar < 0 ? "" : Cues.strip(text.substring(bar + " | ".length()));
        if (bar > 0 && Timestamps.isTimestamp(SourceLine.of(0, tail))) {
            // "By Jane Doe | Example Daily | Updated: 2024-03-12 09:21": the outlet stands before the stamp
            int previous = text.lastIndexOf(" | ", bar - 1);
            tail = previous < 0 ? "" : Cues.strip(text.substring(previous + " | ".length(), bar));
        }
        boolean outlet = Cues.wordCount(tail) >= MIN_BARRED_OUTLET_WORDS && Cues.allWordsCapitalised(tail)
                && tail.chars().noneMatch(Character::isDigit) && !Bylines.isPersonName(tail)
                && !WordCues.AUTHOR_ROLES.in(Cues.fold(tail)) && !isLinkLabel(Cues.fold(tail));
        return outlet ? outlet(tail) : null;
    }

    /** "Jane Doe | READ MORE": an author card's link, no outlet. */
    private static boolean isLinkLabel(String folded) {
        return Cues.CHROME.contains(folded) || Cues.RELATED_HEADERS.contains(folded);
    }

    /**
     * The outlet after a byline's last comma ("By Jane Doe and John Roe, CNN"): an agency or an acronym, as a comma
     * there also opens a role ("Political Editor") or a place.
     */
    private static String fromByline(String text) {
        int comma = text.lastIndexOf(',');
        String folded = Cues.fold(text);
        // "By Jane Doe with AP, AFP": wires the author drew on, not the outlet
        if (comma < 0 || !folded.startsWith("by ") || folded.contains(" with ")) {
            return null;
        }
        String tail = Cues.strip(text.substring(comma + 1));
        // "By Jane Doe, TNN", "By Jane Doe, N24"; a year is no name
        boolean acronym = tail.length() >= 2 && tail.length() <= MAX_ACRONYM && Character.isUpperCase(tail.charAt(0))
                && tail.chars().allMatch(c -> Character.isUpperCase(c) || Character.isDigit(c));
        return acronym || Cues.AGENCIES.contains(Cues.fold(tail)) && Character.isUpperCase(tail.charAt(0))
                || isMastheadName(tail) ? outlet(tail) : null;
    }

    /** "Cape Cod Times", "Erie Times-News": capitalised words that end as a newspaper's name does. */
    static boolean isMastheadName(String name) {
        int words = Cues.wordCount(name);
        if (words < MIN_TITLE_WORDS || words > MAX_LOGO_WORDS + 2 || !Cues.allWordsCapitalised(name)) {
            return false;
        }
        String last = Cues.fold(name.substring(name.lastIndexOf(' ') + 1));
        return Cues.MASTHEAD_WORDS.contains(last.substring(last.lastIndexOf('-') + 1));
    }

    private static String fromCredit(String credit) {
        int slash = credit.lastIndexOf('/');
        String last = Cues.strip(credit.substring(slash + 1));
        return slash > 0 && last.startsWith("The ") ? outlet(last) : null;
    }

    /** Whether a folded word bare of its full stops is a company word ("ltd", "inc", "l.p"). */
    static boolean isLegalForm(String word) {
        return LEGAL_FORMS.contains(word);
    }

    private static String outlet(String run) {
        String name = withoutSection(withoutLegalForm(Cues.strip(beforeGluedSentence(run))));
        return name.isEmpty() || Cues.NOT_OUTLETS.contains(Cues.fold(name)) || namesInstitution(name) ? null : name;
    }

    /**
     * The outlet a logo names: all of it, as "Complete Sports" or "Islands Business" is no section of a paper and
     * "Example Media" is a brand, but for a company's form in law.
     */
    private static String logoOutlet(String logo) {
        String name = withoutLegalForm(Cues.strip(logo), ENTITY_FORMS);
        return name.isEmpty() || Cues.NOT_OUTLETS.contains(Cues.fold(name)) ? null : name;
    }

    /**
     * "The Example Age.Connect via ...": a copy that glues the next sentence to a name's last word ends the name at
     * the full stop; an abbreviation's ("U.S. News") stands after a capital.
     */
    private static String beforeGluedSentence(String run) {
        for (int i = 2; i + 1 < run.length(); i++) {
            if (run.charAt(i) == '.' && Character.isUpperCase(run.charAt(i + 1))
                    && Character.isLowerCase(run.charAt(i - 1)) && Character.isLowerCase(run.charAt(i - 2))) {
                return run.substring(0, i);
            }
        }
        return run;
    }

    /** Whether the last word of a name of two or more words is a section's ("Example Times Sport"). */
    private static boolean endsWithSection(String name) {
        int space = name.lastIndexOf(' ');
        return space > 0 && SECTIONS.contains(Cues.fold(name.substring(space + 1)));
    }

    /** "The Example Star Opinion", "Example Times Sport": the outlet without the section a promo or credit adds. */
    private static String withoutSection(String name) {
        return endsWithSection(name) ? Cues.strip(name.substring(0, name.lastIndexOf(' '))) : name;
    }

    /** "Bangladesh University of Engineering": a bio's link to a university or institute names no outlet. */
    private static boolean namesInstitution(String name) {
        return Cues.holdsWordOf(name, INSTITUTIONS);
    }

    /**
     * The outlet's name without the company words a copyright notice adds ("POLITICO LLC", "Example Times Limited",
     * "Example Media Group Holdings Ltd", "Fox News Digital"), keeping at least one word.
     */
    private static String withoutLegalForm(String name) {
        return withoutLegalForm(name, LEGAL_FORMS);
    }

    private static String withoutLegalForm(String name, Set<String> forms) {
        String kept = name;
        int space = kept.lastIndexOf(' ');
        while (space > 0 && forms.contains(Cues.stripPunctuation(Cues.fold(kept.substring(space + 1))))) {
            kept = Cues.strip(kept.substring(0, space));
            space = kept.lastIndexOf(' ');
        }
        // "Example News & Media Limited": the joiner before the company's words goes with them
        if (kept.endsWith(" &") || kept.endsWith(" and")) {
            kept = Cues.strip(kept.substring(0, kept.lastIndexOf(' ')));
        }
        return kept.endsWith(",") ? kept.substring(0, kept.length() - 1) : kept;
    }
}
