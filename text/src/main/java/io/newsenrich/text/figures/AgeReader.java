package io.newsenrich.text.figures;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Set;

/**
 * Tells where a number is an age: before "years old" and "year-old", after an age word ("aged 45", "at the age of
 * 87", "ages ranging 18-61"), in apposition to a name ("Jane Smith, 45,"), as a decade of life ("in his 30s") and
 * standing alone where only an age fits ("he was 14", "turned four", "children under 18"). Bracketed tallies in
 * lists of places ("Laredo (15) and Waco (7)") are no ages. Reads the number and qualifier just found; one
 * instance per scanner, not thread-safe.
 */
final class AgeReader {

    /** What "be" is cut to after an apostrophe: "you're", "I'm", "she's". */
    private static final Set<String> BE_CONTRACTIONS = Set.of("re", "m", "s");
    /** How far before a bracketed number the words of a game's play are looked for. */
    private static final int MAX_PLAY_DISTANCE = 20;
    private static final int MAX_AGE = 120;
    /** Ages in words between commas are children's: "and his son, nine,"; a grown-up's is given in digits. */
    private static final int MAX_CHILD_AGE_IN_WORDS = 17;
    /** "homeowner", "director", "motorist", "resident", "fireman": the endings of a doer's noun. */
    private static final String[] AGENT_ENDINGS = {"er", "or", "ist", "ant", "ent", "man", "woman"};
    private static final int MIN_AGENT_NOUN_CHARS = 5;
    /** The words that leave an age open after "and": "12 and under", "65 and older". */
    private static final Set<String> AGE_BOUNDS = Set.of("under", "over", "older", "younger", "up");
    /** "K.", "Jr.", "Snr.": an initial or a name's suffix before its full stop. */
    private static final int MAX_ABBREVIATION_CHARS = 3;
    /** Tokens between "died" and the "at" of an age: "died in hospital on Sunday at". */
    private static final int MAX_DEATH_GAP = 6;
    /** The most tokens of a subject naming an age before its verb: "the average age of Japan's rice farmers". */
    private static final int MAX_SUBJECT_TOKENS = 9;
    /** "age", not "aged" or "ages". */
    private static final int AGE_WORD_LENGTH = 3;
    /** "a much-loved woman of 81": the words between the article and the person. */
    private static final int MAX_MODIFIER_TOKENS = 4;

    private final Tokens tokens;
    private final NumberReader number;
    private final Qualifiers qualifiers;

    AgeReader(Tokens tokens, NumberReader number, Qualifiers qualifiers) {
        this.tokens = tokens;
        this.number = number;
        this.qualifiers = qualifiers;
    }

    /**
     * The token after "years old", "year-old" or "year-olds" starting at {@code k}, or -1: the words that make the
     * number before them an age.
     */
    int yearsOldEnd(int k) {
        if (!tokens.is(k, Lexicon.DURATION) || !tokens.word(k).startsWith("year")) {
            return -1;
        }
        int old = tokens.isSymbol(k + 1, '-') && tokens.glued(k + 1) ? k + 2 : k + 1;
        boolean isOld = tokens.isWord(old) && tokens.text(old).toLowerCase(Locale.ROOT).startsWith("old")
                && tokens.length(old) <= 4;
        if (isOld) {
            return old + 1;
        }
        // "58 years of age", "46 years young"
        if (tokens.isWord(k + 1, Words.OF) && tokens.isWord(k + 2, Words.AGE)) {
            return k + 3;
        }
        return tokens.isWord(k + 1, Words.YOUNG) && tokens.word(k).equals("years") ? k + 2 : -1;
    }

    /**
     * The token after "month-old", "week-old" or "day-old" starting at {@code k}, or -1: an age in other units than
     * years ("a two-month-old baby").
     */
    int otherUnitOldEnd(int k) {
        if (!tokens.is(k, Lexicon.DURATION)) {
            return -1;
        }
        boolean hyphen = tokens.isSymbol(k + 1, '-') && tokens.glued(k + 1) && tokens.glued(k + 2);
        // "a baby just six weeks old": the spaced form, which ends the phrase
        int old = hyphen ? k + 2 : k + 1;
        // every duration passes here: the length test comes before the text is made
        boolean isOld = tokens.isWord(old) && tokens.length(old) <= 4
                && tokens.text(old).toLowerCase(Locale.ROOT).startsWith("old");
        return isOld && (hyphen || !tokens.isWord(old + 1)) ? old + 1 : -1;
    }

    /**
     * The token after the "s" of "in his 30s" or "in her 50's", or -1: a decade of someone's life, an approximate
     * age. The possessive tells it from the decades of a century ("in the 1990s", "the 80s").
     */
    int decadeEnd(int t, int n) {
        // the words first: they rule out nearly every number without the division
        if (number.words || number.next != t + 1 || tokens.length(t) != 2 || tokens.first(t) == '1'
                || !tokens.is(t - 1, Lexicon.POSSESSIVE) || !tokens.isWord(t - 2, Words.IN)
                || number.value.remainder(BigDecimal.TEN).signum() != 0) {
            return -1;
        }
        int s = tokens.isAnySymbol(n, "'\u2019") && tokens.glued(n) ? n + 1 : n;
        boolean plural = tokens.glued(s) && tokens.length(s) == 1 && Character.toLowerCase(tokens.first(s)) == 's';
        return plural ? s + 1 : -1;
    }

    /** The "aged" of "aged 45" or the "age" of "at the age of 87" before the number, or -1. */
    int marker() {
        int before = qualifiers.first - 1;
        // "aged between 18 and 34", "ages ranging from 18", "whose ages range from 19 to 27"
        for (int words = 0; words < 2 && tokens.is(before, Lexicon.RANGE_OPENER); words++) {
            before--;
        }
        if (tokens.is(before, Lexicon.AGE_MARKER)) {
            return before;
        }
        return tokens.isWord(before, Words.OF) && tokens.is(before - 1, Lexicon.AGE_MARKER) ? before - 1 : -1;
    }

    /** "Jane Smith, 45,", "Jane Smith (45)", "the striker, 24,": an age in apposition to a name or a person. */
    boolean apposed(int t, int n, int to) {
        // "their daughter, now nine,": "now" tells an age in words too, as a child's set off between commas after
        // a person does ("and his son, nine, were treated")
        boolean words = number.words && !tokens.isWord(t - 1, Words.NOW) && !isChildAgeInWords(t, n);
        if (words || qualifiers.qualifier != null || number.next != t + 1 || !number.words && tokens.length(t) > 3
                || number.value.compareTo(BigDecimal.valueOf(MAX_AGE)) > 0) {
            return false;
        }
        if (tokens.isWord(t - 1, Words.BOTH) && tokens.isSymbol(t - 2, ',') && tokens.isWord(t - 3)
                && (n >= to || tokens.isAnySymbol(n, ",;"))) {
            // "The friends, both 17, were not hurt": the one age of a pair
            return true;
        }
        // "Jane Smith, now 45,": the age the person has reached since the story told
        int comma = tokens.isWord(t - 1, Words.NOW) ? t - 2 : t - 1;
        boolean commas = tokens.isSymbol(comma, ',')
                && (tokens.capitalized(comma - 1) || tokens.is(comma - 1, Lexicon.PERSON_NOUN)
                || endsWithAbbreviation(comma - 1) || isHyphenedNameEnd(comma - 1) || isAgentNoun(comma - 1))
                && (n >= to || tokens.isAnySymbol(n, ",;") || tokens.isSymbol(n, '.') && n + 1 >= to);
        // "Jane Doe (34)", "A Bray man (34) was jailed": an age in brackets after a name or a person
        boolean brackets = tokens.isSymbol(t - 1, '(')
                && (tokens.capitalized(t - 2) || tokens.is(t - 2, Lexicon.PERSON_NOUN)) && tokens.isSymbol(n, ')')
                && !startsListItem(n + 1) && !endsList(t - 2) && n + 1 < to
                && !tokens.isAnySymbol(n + 1, ".;:") && !isInPlay(t, to);
        return commas || brackets;
    }

    /**
     * "Example's Jane Doe (4) catches a 9-yard touchdown pass": a number in brackets after a player's name in a
     * sentence of a game's play is the shirt's; the words of play are looked for around it.
     */
    private boolean isInPlay(int t, int to) {
        for (int k = Math.max(0, t - MAX_PLAY_DISTANCE); k < to; k++) {
            if (tokens.isWord(k) && Lexicon.PLAY_WORDS.contains(tokens.id(k))) {
                return true;
            }
        }
        return false;
    }

    /** "his son, nine,", "Ellie, seven,": a child's age in words between commas, after a person or a name. */
    private boolean isChildAgeInWords(int t, int n) {
        return tokens.isSymbol(t - 1, ',') && tokens.isSymbol(n, ',') && n == t + 1
                && (tokens.is(t - 2, Lexicon.PERSON_NOUN)
                || tokens.capitalized(t - 2) && !tokens.is(t - 2, Lexicon.STOP))
                && number.value.compareTo(BigDecimal.valueOf(MAX_CHILD_AGE_IN_WORDS)) <= 0;
    }

    /**
     * "The homeowner, 44,", "Bridgwater dealer, 29,": a noun of someone who does something, by its ending, after a
     * determiner or a name.
     */
    private boolean isAgentNoun(int k) {
        if (!tokens.isWord(k) || tokens.capitalized(k) || tokens.length(k) < MIN_AGENT_NOUN_CHARS) {
            return false;
        }
        boolean agent = false;
        for (String ending : AGENT_ENDINGS) {
            agent |= tokens.endsWith(k, ending);
        }
        return agent && (tokens.isWord(k - 1, Words.THE) || tokens.is(k - 1, Lexicon.POSSESSIVE | Lexicon.ARTICLE)
                || tokens.capitalized(k - 1));
    }

    /** "Choi Yoon-hee, 47,": a given name whose second part, after the hyphen, is in small letters. */
    private boolean isHyphenedNameEnd(int k) {
        return tokens.isWord(k) && tokens.glued(k) && tokens.isSymbol(k - 1, '-') && tokens.glued(k - 1)
                && tokens.capitalized(k - 2);
    }

    /** "Jiří K., 54,", "John Doe Jr., 61,": a name that ends with an initial or a suffix and its full stop. */
    private boolean endsWithAbbreviation(int dot) {
        return tokens.isSymbol(dot, '.') && tokens.glued(dot) && tokens.capitalized(dot - 1)
                && tokens.length(dot - 1) <= MAX_ABBREVIATION_CHARS;
    }

    /** "..., Laredo (15) and Waco (7)": the name before the bracket follows an earlier bracket in a list. */
    private boolean endsList(int name) {
        int p = name;
        while (tokens.capitalized(p - 1)) {
            p--;
        }
        return (tokens.isSymbol(p - 1, ',') || tokens.is(p - 1, Lexicon.CONJUNCTION)) && tokens.isSymbol(p - 2, ')');
    }

    /** "Chicago (9), Cicero (4)": a list of names with counts in brackets, not of people with their ages. */
    private boolean startsListItem(int k) {
        return (tokens.isSymbol(k, ',') || tokens.is(k, Lexicon.CONJUNCTION)) && tokens.capitalized(k + 1);
    }

    /**
     * An age with no age word: "when he was just 14", "who is 63", "the boy turned four on Monday", "children
     * under 18", "people over 65", "died in June at 92". The number must stand alone, which
     * the caller has made sure of.
     */
    boolean bare(int q) {
        if (number.value.compareTo(BigDecimal.valueOf(MAX_AGE)) > 0) {
            return false;
        }
        int p = q - 1;
        if (tokens.is(p, Lexicon.SINGULAR_BE) && isAgeSubject(p)) {
            // "The average age of Japan's rice farmers is 69.2"
            return true;
        }
        if (number.value.stripTrailingZeros().scale() > 0) {
            return false;
        }
        if (tokens.is(p, Lexicon.TURN) || isOpenEndedAge(p)) {
            return true;
        }
        if (tokens.isWord(p, Words.AS) && tokens.isWord(p - 2, Words.AS)
                && (tokens.isWord(p - 1, Words.YOUNG) || tokens.isWord(p - 1, Words.OLD))) {
            // "kids as young as 14", "patients as old as 90": the youngest or oldest of the people told of
            return true;
        }
        if (("under".equals(qualifiers.qualifier) || "over".equals(qualifiers.qualifier))
                && (isPeople(p) || isShareOfPeopleOver(p) || isPeopleSubjectOf(p))) {
            return true;
        }
        if (tokens.isWord(p, Words.OF) && tokens.is(p - 1, Lexicon.PERSON_NOUN) && articleBefore(p - 1)) {
            // "The youngest was a boy of nine.", "a much-loved woman of 81 lost her life"
            return true;
        }
        // "who is now 72", "she is now just 19": the age reached since, after the verb
        if (tokens.isWord(p, Words.NOW)) {
            p--;
        }
        if (tokens.is(p, Lexicon.RESTRICTIVE)) {
            p--;
        }
        if (tokens.isWord(p, Words.AT) && diedBefore(p)) {
            return true;
        }
        // "when he was just 14", "Jane Doe, who is 63,", "if you're 50 or older", "Say you are 35,"
        // "I'm one with them", "if you are a couple": "one" and "a couple" after a pronoun and "be" are no ages
        if (number.value.compareTo(BigDecimal.ONE) <= 0 || tokens.isWord(number.next - 1, Words.COUPLE)) {
            return false;
        }
        boolean contracted = isContractedBe(p);
        int subject = contracted ? p - 2 : p - 1;
        boolean be = contracted || tokens.is(p, Lexicon.SINGULAR_BE)
                || tokens.is(p, Lexicon.PLURAL_BE) && tokens.is(subject, Lexicon.PERSONAL_PRONOUN);
        boolean pronoun = tokens.is(subject, Lexicon.PERSONAL_PRONOUN | Lexicon.RELATIVE)
                && (!tokens.isWord(number.next) || tokens.is(number.next, Lexicon.STOP))
                && !tokens.isWord(number.next, Words.OF);
        // "Her children are 4 and 7", "the twins are 12": people's ages after the plural verb
        boolean people = tokens.is(p, Lexicon.PLURAL_BE) && isPeople(p - 1)
                && (tokens.isWord(p - 2, Words.THE) || tokens.is(p - 2, Lexicon.POSSESSIVE))
                && (!tokens.isWord(number.next) || tokens.isWord(number.next, Words.AND));
        return be && (pronoun || !contracted && isPersonSubject(p - 1)) || people;
    }

    /** "you're", "she's", "I'm": a person's pronoun with the verb "be" glued on after an apostrophe. */
    /** Whether an article opens the phrase of the noun at {@code noun}, past a few words or hyphens. */
    private boolean articleBefore(int noun) {
        for (int k = noun - 1; k >= 0 && k >= noun - MAX_MODIFIER_TOKENS; k--) {
            if (tokens.is(k, Lexicon.ARTICLE)) {
                return true;
            }
            if (!(tokens.isWord(k) && !tokens.is(k, Lexicon.STOP) || tokens.isSymbol(k, '-') && tokens.glued(k))) {
                return false;
            }
        }
        return false;
    }

    private boolean isContractedBe(int p) {
        return tokens.isWord(p) && tokens.glued(p) && BE_CONTRACTIONS.contains(tokens.text(p).toLowerCase(Locale.ROOT))
                && tokens.isAnySymbol(p - 1, "'\u2019") && tokens.glued(p - 1)
                && tokens.is(p - 2, Lexicon.PERSONAL_PRONOUN);
    }

    /**
     * "people", "children", "drivers" (a person's noun with a plural's "s"), "those": the people an age under or over
     * a number sorts ("drivers under 18", "those over 65").
     */
    private boolean isPeople(int p) {
        if (tokens.is(p, Lexicon.PERSON | Lexicon.IRREGULAR_PLURAL) || tokens.isWord(p, Words.THOSE)) {
            return true;
        }
        return CountedNoun.isPersonPlural(tokens, p);
    }

    /**
     * "The driver was 52.", "His wife was 48 when she died": a person named by a noun, the number closing the
     * clause; a score or a count goes on with its noun or stands after other subjects ("The total was 52.").
     */
    private boolean isPersonSubject(int noun) {
        // "the youngest patient": a superlative may stand between the article and the noun
        int det = tokens.isWord(noun - 1) && tokens.endsWith(noun - 1, "est") ? noun - 2 : noun - 1;
        return tokens.is(noun, Lexicon.PERSON_NOUN)
                && (tokens.isWord(det, Words.THE) || tokens.is(det, Lexicon.POSSESSIVE))
                && (!tokens.isWord(number.next) || tokens.isWord(number.next, Words.AND)
                        || tokens.isWord(number.next, Words.WHEN));
    }

    /**
     * "anglers 12 and under", "people 65 and older": a plural of people's bound of age, open at one end.
     */
    private boolean isOpenEndedAge(int before) {
        int and = number.next;
        return tokens.isWord(and, Words.AND) && tokens.isWord(and + 1)
                && AGE_BOUNDS.contains(tokens.text(and + 1).toLowerCase(Locale.ROOT))
                && tokens.isWord(before) && !tokens.is(before, Lexicon.STOP)
                && (tokens.endsWith(before, "s") || tokens.is(before, Lexicon.IRREGULAR_PLURAL));
    }

    /**
     * "nearly 190,000 were over 60", "about one in eight is over 50": a number of people, or a share of them, over or
     * under an age, the number closing the clause. A level ("Temperatures were over 40") has a noun as its subject.
     */
    private boolean isShareOfPeopleOver(int be) {
        return tokens.is(be, Lexicon.SINGULAR_BE | Lexicon.PLURAL_BE)
                && (tokens.isNum(be - 1) || tokens.is(be - 1, Lexicon.NUMBER))
                && !tokens.isWord(number.next);
    }

    /**
     * "A third of fraud victims in the county last year were over 75": people a few words before "be", the number
     * closing the clause. A level ("Temperatures were over 40") has no person as its subject.
     */
    private boolean isPeopleSubjectOf(int be) {
        if (!tokens.is(be, Lexicon.PLURAL_BE) || tokens.isWord(number.next)) {
            return false;
        }
        // "It has 3 children and is over 70": the subject stands in the verb's own clause
        for (int k = be - 1; k >= Math.max(0, be - MAX_SUBJECT_TOKENS) && tokens.isWord(k)
                && !tokens.is(k, Lexicon.CONJUNCTION); k--) {
            if (isPeople(k)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the subject of the verb at {@code be} names an age ("the average age of our growers is"). */
    private boolean isAgeSubject(int be) {
        for (int k = be - 1; k >= Math.max(0, be - MAX_SUBJECT_TOKENS); k--) {
            if (tokens.type(k) == Tokens.SYMBOL && !tokens.isAnySymbol(k, "'\u2019")) {
                return false;
            }
            if (tokens.is(k, Lexicon.AGE_MARKER) && tokens.length(k) == AGE_WORD_LENGTH) {
                return true;
            }
        }
        return false;
    }

    /**
     * "died at 92", "died in June at 92", "died in 1918 at 55", "dies at 83", "retired in 1968 at just 26": the verb of
     * a death or a retirement a few words before "at".
     */
    private boolean diedBefore(int at) {
        for (int k = at - 1; k >= Math.max(0, at - MAX_DEATH_GAP) && tokens.type(k) != Tokens.SYMBOL; k--) {
            if (tokens.isWord(k) && Lexicon.AGE_AT_VERBS.contains(tokens.id(k))) {
                return true;
            }
        }
        return false;
    }
}
