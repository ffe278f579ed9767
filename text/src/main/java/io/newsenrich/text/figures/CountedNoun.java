package io.newsenrich.text.figures;

import java.util.Set;

/**
 * Finds the noun a number counts: the short phrase after it up to its head noun ("574 drones", "3,000 Russian
 * troops", "21 staff members", "one young man").
 *
 * <p>Without a tagger the head is found from number agreement: after a plural amount it is the first plural word
 * (regular "-s" plurals and a list of irregular ones); after "one" it is the last word before a function word. The
 * unit is the head with the compound nouns before it ("staff members"), leaving out adjectives: listed modifiers,
 * capitalised words before a lower-case head ("Russian troops") and words with adjective endings ("medical staff").
 * One instance per scan; not thread-safe.
 */
final class CountedNoun {

    private static final int MAX_WORDS = 5;
    private static final int YES_CHARS = 3;
    /** "Texas National Guard Black Hawk": the capitalised words of a name that a plural's kind may take. */
    private static final int MAX_NAME_RUN = 5;
    private static final String FISH = "fish";
    private static final String PEOPLE = "people";
    /** A word, its apostrophe and "s". */
    private static final int POSSESSIVE_TOKENS = 3;
    private static final String QUOTES = "\"'\u201c\u201d\u2018\u2019";
    private static final String[] ADJECTIVE_ENDINGS = {"al", "ian", "ese", "ish", "ive", "ous", "ful", "ic", "ed",
            "ing", "ary", "ern", "less", "able", "ible", "ly", "est"};
    /** Past tenses that end a singular noun phrase: "one man arrived", "only one remained". */
    private static final String[] VERB_ENDINGS = {"ed"};
    private static final String[] ADVERB_ENDINGS = {"ly"};
    private static final String[] PARTICIPLE_ENDINGS = {"ing"};
    private static final String[] ABLE_ENDINGS = {"able", "ible"};
    /** Shorter "-ed" words are mostly not verbs: "red", "bed", "shed". */
    private static final int MIN_PAST_TENSE = 5;
    /** "fly", "ally": shorter "-ly" words are nouns as often as adverbs. */
    private static final int MIN_ADVERB_CHARS = 4;
    private static final String NATION_ENDING = "ese";
    /** Adjectives that English also uses as nouns of a person: "one civilian", "a female". */
    private static final Set<String> PERSON_ADJECTIVES = Set.of("civilian", "adult", "male", "female", "national",
            "local", "juvenile", "minor", "official");
    /** "was reportedly killed": the most words from a person's noun to its casualty word. */
    private static final int MAX_PREDICATE_WORDS = 3;
    private static final String PRE = "pre";
    private static final String POST = "post";
    private static final int YEAR_DIGITS = 4;

    private final Tokens tokens;
    /** First token of the unit, after a successful read. */
    int unitFirst;
    /** The head token, the last of the unit. */
    int head;
    /** The token of a size before the noun ("five 50kg bags"), a figure of its own; -1 when there is none. */
    int size;
    /** Whether the last read was of a noun and the "numbers" that count it ("visitor numbers"). */
    boolean countsBeforeNumbers;

    CountedNoun(Tokens tokens) {
        this.tokens = tokens;
    }

    /**
     * Tries to read the counted noun phrase starting at token {@code t}.
     *
     * @param singular whether the amount is one, so the head need not be plural
     */
    boolean read(int t, int end, boolean singular) {
        head = -1;
        size = -1;
        countsBeforeNumbers = false;
        if (tokens.possessive(t - 1)) {
            // "one's career", "the 7610's functions": the pronoun or a model owns the noun, nothing is counted
            return false;
        }
        // "41 such incidents", "29 fewer aircraft": "such" points back to the kind and "fewer" compares, the noun
        // after either is what is counted
        int k = (tokens.isWord(t, Words.SUCH) || tokens.isWord(t, Words.FEWER)) && !singular ? t + 1 : t;
        if (!singular) {
            // "two 9mm pistols", "four 155mm howitzers", "five 50kg bags", "two 20-litre containers": the size names
            // the kind of what is counted
            int sized = sizeEnd(k, end);
            size = sized > k ? k : -1;
            k = sized;
        }
        if (!singular && isNumberedPlural(k, end)) {
            // "six 3-pointers", "two 4x4s": a noun that holds a number of its own is what is counted
            unitFirst = k;
            head = k + 2;
            return true;
        }
        int lastWord = -1;
        boolean modelNamed = isModelOfPossessor(t - 1);
        // "three of the home side's seven tries", "four of their previous five games": after a determiner, a
        // number word tells the whole the figure is part of
        boolean determined = tokens.is(t - 1, Lexicon.STOP);
        // a name's capitalised words may run longer before the plural they name the kind of
        for (int words = 0; k < end && (words < MAX_WORDS
                || words < MAX_WORDS + MAX_NAME_RUN && lastWord >= 0 && tokens.capitalized(lastWord)); words++) {
            if (tokens.isAnySymbol(k, QUOTES) && tokens.isWord(k + 1)) {
                // scare quotes inside the phrase: 864 "criminal aliens", sub-standard "informal" homes
                k++;
            }
            if (!singular && words > 0 && joinsModifiers(k, lastWord, end)) {
                k++;
            }
            int wordEnd = compoundEnd(k, end, modelNamed);
            // "die-hard fans", "dead-end jobs": a casualty word opening a compound is no predicate; another amount
            // is no part of the noun ("up from 1.1 three years ago", "and 57 spent three hours")
            if (!tokens.isWord(k) || tokens.is(k, Lexicon.STOP) && !isAcronym(k) && !opensCompound(k, wordEnd, words)
                    && !joinsName(k, lastWord)
                    || !determined && isOtherAmount(k, wordEnd)
                    || tokens.is(k, Lexicon.CASUALTY) && wordEnd == k + 1 && !modifies(k, end, singular)
                    || isPriceVerb(k, wordEnd)) {
                break;
            }
            if (singular && (words > 0 && looksPlural(tokens, wordEnd - 1) || tokens.is(k, Lexicon.POSTPOSITIVE)
                    || isVerbAfterNoun(k, wordEnd, words, end) || words > 0 && isClauseAfterNoun(k, wordEnd, end)
                    || words == 0 && (isParticipleBeforeAmount(k, wordEnd) || isAdverbAt(k, wordEnd)))) {
                break;
            }
            lastWord = wordEnd - 1;
            if (!singular && wordEnd == k + 1 && isPeopleOfNation(k, end)) {
                head = k;
                break;
            }
            boolean possessor = isPossessorOfNoun(lastWord, end);
            // "four runners-up", "two passers-by": the plural opens a compound a particle closes
            boolean pluralFirst = wordEnd > k + 1 && tokens.is(lastWord, Lexicon.STOP) && looksPlural(tokens, k);
            if (!singular && (looksPlural(tokens, lastWord) || pluralFirst) && !tokens.is(lastWord, Lexicon.MODIFIER)
                    && !possessor && !opensPlaceName(lastWord, end) && !opensNamedKind(lastWord, end)
                    && !endsPlaceName(lastWord, end)
                    && !pluralNounFollows(lastWord, end) && !(wordEnd > k + 1 && pluralWordFollows(wordEnd, end))) {
                head = lastWord;
                break;
            }
            k = possessor ? lastWord + POSSESSIVE_TOKENS : wordEnd;
        }
        if (singular && lastWord >= 0) {
            head = lastWord;
        }
        if (head < 0 || tokens.is(head, Lexicon.MODIFIER) && !(singular && isPersonNoun(head, end))) {
            return false;
        }
        unitFirst = head;
        boolean capitalHead = tokens.capitalized(head);
        for (int p = previousWord(head); p >= t && isCompound(p, capitalHead); p = previousWord(p)) {
            unitFirst = p;
        }
        while (unitFirst > t && tokens.isSymbol(unitFirst - 1, '-') && tokens.glued(unitFirst)) {
            unitFirst -= 2;
        }
        return true;
    }

    /**
     * Tries to read "Visitor numbers", "passenger numbers" from token {@code t} to {@code end}: a noun and the
     * "numbers" that count it.
     */
    boolean readNumbersOf(int t, int end) {
        boolean read = t + 2 == end && tokens.isWord(t) && !tokens.is(t, Lexicon.STOP)
                && tokens.isWord(t + 1, Words.NUMBERS);
        unitFirst = read ? t : -1;
        head = read ? t + 1 : -1;
        size = -1;
        countsBeforeNumbers = read;
        return read;
    }

    /**
     * "one civilian was killed", "one British national died", "one official said": an adjective that also names a
     * person is the noun when a casualty predicate or a function word follows it.
     */
    private boolean isPersonNoun(int head, int end) {
        if (!PERSON_ADJECTIVES.contains(tokens.word(head))) {
            return false;
        }
        if (head + 1 < end && tokens.is(head + 1, Lexicon.STOP) && !tokens.is(head + 1, Lexicon.PREDICATE_GAP)) {
            return true;
        }
        for (int k = head + 1; k < end && k <= head + MAX_PREDICATE_WORDS; k++) {
            if (tokens.is(k, Lexicon.CASUALTY)) {
                return true;
            }
            if (!tokens.is(k, Lexicon.PREDICATE_GAP)) {
                return false;
            }
        }
        return false;
    }

    /** "a ticket on the 36 costs \u00a327.50": a verb of money before the sum, not a plural of "cost". */
    private boolean isPriceVerb(int k, int wordEnd) {
        return wordEnd == k + 1 && tokens.is(k, Lexicon.MONEY_VERB) && tokens.type(wordEnd) == Tokens.SYMBOL
                && NumberReader.isCurrencySymbol(tokens.first(wordEnd));
    }

    /**
     * "four cooling and charging centers", "three black and white photos": "and" between two words (or compounds)
     * that modify the plural after them.
     */
    private boolean joinsModifiers(int k, int lastWord, int end) {
        int next = k + 1;
        // "1,178 drink and drug-drivers": the second modifier may open the plural's compound, or be one ("88
        // detached and semi-detached houses")
        int compound = compoundEnd(next, end, false);
        int plural = compound > next + 1 && looksPlural(tokens, compound - 1) ? compound - 1 : compound;
        return tokens.isWord(k, Words.AND) && lastWord >= 0 && !tokens.capitalized(lastWord) && plural < end
                && tokens.isWord(next) && !tokens.capitalized(next)
                && !tokens.is(next, Lexicon.STOP | Lexicon.CASUALTY | Lexicon.NUMBER | Lexicon.PREDICATE_GAP)
                && !looksPlural(tokens, next) && looksPlural(tokens, plural) && !tokens.capitalized(plural);
    }

    /**
     * "two Los Angeles police officers", "three Las Vegas households": another language's article opens the name of
     * a place, no plural.
     */
    private boolean opensPlaceName(int k, int end) {
        return tokens.capitalized(k) && Lexicon.NAME_ARTICLES.contains(tokens.id(k)) && k + 1 < end
                && tokens.capitalized(k + 1);
    }

    /**
     * "two University of Florida students", "50 Bank of America staff": "of" inside a name's capitalised words is
     * part of the name.
     */
    private boolean joinsName(int k, int lastWord) {
        return tokens.isWord(k, Words.OF) && lastWord == k - 1 && tokens.capitalized(lastWord)
                && tokens.capitalized(k + 1) && tokens.isWord(k + 1) && !tokens.is(k + 1, Lexicon.STOP);
    }

    /**
     * "3 Fort Collins elementary schools", "two New Orleans families": the last word of a place's name may end as a
     * plural does, and a plural in lower case a word or two on is what is counted.
     */
    private boolean endsPlaceName(int k, int end) {
        if (!tokens.capitalized(k) || !tokens.capitalized(k - 1) || !tokens.isWord(k - 1)) {
            return false;
        }
        for (int p = k + 1; p < end && p <= k + 2 && tokens.isWord(p) && !tokens.capitalized(p); p++) {
            if (looksPlural(tokens, p) && !tokens.is(p, Lexicon.STOP)) {
                return true;
            }
        }
        return false;
    }

    /**
     * "A320neo jets", "all-weather pitches", "four previous by-elections": a stop word that opens a designation or
     * a hyphenated word is no stop word, unless, further on than the amount, the word ends in a stop or number
     * word ("19 would-be victims" but "one source saying no-one").
     */
    private boolean opensCompound(int k, int wordEnd, int words) {
        return wordEnd > k + 1 && (words == 0 || tokens.isNum(k + 1)
                || !tokens.is(wordEnd - 1, Lexicon.STOP | Lexicon.NUMBER));
    }

    /**
     * Where the plural after a size at {@code k} starts, or {@code k} when no size stands there: a size glued to its
     * unit ("9mm", "50kg") or joined to it by a hyphen ("20-litre") names the kind of the plural after it.
     */
    private int sizeEnd(int k, int end) {
        if (!tokens.isNum(k)) {
            return k;
        }
        boolean hyphen = tokens.isSymbol(k + 1, '-') && tokens.glued(k + 1) && tokens.glued(k + 2);
        int unit = hyphen ? k + 2 : k + 1;
        // "four 500-pound bombs": a weight in pounds, as no sum is hyphened to a plural
        boolean measure = tokens.is(unit, Lexicon.DISTANCE | Lexicon.MEASURE)
                || hyphen && tokens.isWord(unit, Words.POUND);
        boolean size = tokens.glued(unit) && measure && unit + 1 < end && looksPlural(tokens, unit + 1);
        return size ? unit + 1 : k;
    }

    /** "with-profits investors": a lower-case plural after a hyphenated plural is the head it modifies. */
    private boolean pluralWordFollows(int next, int end) {
        return next < end && !tokens.capitalized(next)
                && !tokens.is(next, Lexicon.STOP | Lexicon.PREDICATE_GAP | Lexicon.CASUALTY | Lexicon.DURATION)
                && looksPlural(tokens, next);
    }

    /**
     * "Boeing's 737 Max 8 jets": a number right after a company's possessive is its model, so a name and number
     * after it are no model of a counted noun.
     */
    private boolean isModelOfPossessor(int amount) {
        int possessor = amount - 3;
        return tokens.isNum(amount) && tokens.capitalized(possessor) && tokens.possessive(possessor);
    }

    /**
     * "Five US citizens": two capitals before a word in lower case are an acronym, not the pronoun they spell. A
     * headline set in capitals throughout has none.
     */
    private boolean isAcronym(int k) {
        char[] text = tokens.source();
        int start = tokens.start(k);
        int next = k + 1;
        return tokens.length(k) == 2 && CharKinds.isUpperCase(text[start]) && CharKinds.isUpperCase(text[start + 1])
                && tokens.isWord(next) && !CharKinds.isUpperCase(text[tokens.end(next) - 1]);
    }

    /**
     * "12 Lebanese were killed", "300 Sudanese": a nation's name in "-ese" is its people when no noun follows it;
     * before one it is the adjective ("three Chinese nationals").
     */
    private boolean isPeopleOfNation(int k, int end) {
        int next = k + 1;
        return tokens.capitalized(k) && tokens.length(k) > NATION_ENDING.length() + 1 && tokens.endsWith(k, NATION_ENDING)
                && (next >= end || !tokens.isWord(next)
                        || tokens.is(next, Lexicon.STOP | Lexicon.PREDICATE_GAP | Lexicon.CASUALTY)
                        || isPastTense(next));
    }

    /**
     * A lower-case number word standing alone, which opens an amount of its own; capitalised, it may be part of a
     * name ("five Formula One teams"), joined, part of a compound ("two one-way tickets"), and after "top" or
     * "number", a rank ("eight top three hits", "18 number one singles").
     */
    private boolean isOtherAmount(int k, int wordEnd) {
        return wordEnd == k + 1 && tokens.is(k, Lexicon.NUMBER) && !tokens.capitalized(k)
                && !tokens.isWord(k - 1, Words.TOP) && !tokens.isWord(k - 1, Words.NUMBER);
    }

    boolean isPastTense(int k) {
        return tokens.length(k) >= MIN_PAST_TENSE && endsLike(k, VERB_ENDINGS)
                && !tokens.is(k, Lexicon.MODIFIER | Lexicon.CASUALTY)
                || tokens.isWord(k) && Lexicon.IRREGULAR_PASTS.contains(tokens.id(k));
    }

    /**
     * Whether the word from {@code k} to {@code wordEnd} is the verb that ends a singular noun phrase ("one man
     * fled", "one man confirmed the talks") rather than an adjective of the noun after it ("one deceased victim", "one
     * confirmed case") or a participle after an adverb ("one widely held opinion").
     */
    private boolean isVerbAfterNoun(int k, int wordEnd, int words, int end) {
        int last = wordEnd - 1;
        int before = words > 0 ? previousWord(k) : -1;
        if (before >= 0 && endsLike(before, ADVERB_ENDINGS) || tokens.is(last, Lexicon.CASUALTY)) {
            return false;
        }
        boolean verbForm = isPastTense(last) || words > 0 && tokens.is(last, Lexicon.MODIFIER) && endsLike(last,
                VERB_ENDINGS);
        return verbForm && !((words == 0 || tokens.is(last, Lexicon.MODIFIER)) && isAttributive(wordEnd, end));
    }

    /** "3-pointers": digits, a hyphen and a plural, glued together, the last word of the phrase. */
    private boolean isNumberedPlural(int k, int end) {
        return k + 2 < end && tokens.isNum(k) && tokens.isSymbol(k + 1, '-') && tokens.glued(k + 1)
                && tokens.glued(k + 2) && tokens.isWord(k + 2) && looksPlural(tokens, k + 2)
                && !tokens.is(k + 2, Lexicon.DURATION | Lexicon.DISTANCE | Lexicon.MEASURE | Lexicon.CURRENCY)
                && !(k + 3 < end && tokens.isWord(k + 3) && !tokens.is(k + 3, Lexicon.STOP));
    }

    /**
     * "one boy aged 12", "one room measuring 20 square metres", "one car travelling slowly": an age word, or an
     * "-ing" word before an amount, an adverb or an object, opens a phrase of its own after the noun ("one car
     * parking space" goes on with its noun).
     */
    private boolean isClauseAfterNoun(int k, int wordEnd, int end) {
        if (wordEnd != k + 1 || wordEnd >= end) {
            return false;
        }
        // "one maintenance worker responsible for": an adjective in "-ble" after the noun opens a phrase before its
        // preposition
        boolean postpositive = endsLike(k, ABLE_ENDINGS) && tokens.is(wordEnd, Lexicon.STOP);
        return tokens.is(k, Lexicon.AGE_MARKER) || postpositive || endsLike(k, PARTICIPLE_ENDINGS)
                && (tokens.isNum(wordEnd) || tokens.isWord(wordEnd) && endsLike(wordEnd, ADVERB_ENDINGS)
                || opensObject(wordEnd));
    }

    /**
     * "four others were injured, one critically,": an adverb closing a clause of its own after "one" tells how, not
     * what ("one family was", "found one family.").
     */
    private boolean isAdverbAt(int k, int wordEnd) {
        return wordEnd == k + 1 && tokens.length(k) > MIN_ADVERB_CHARS && endsLike(k, ADVERB_ENDINGS)
                && !tokens.capitalized(k) && tokens.type(wordEnd) == Tokens.SYMBOL && tokens.isSymbol(k - 2, ',');
    }

    /** "a town of 30,000 to one approaching 45,000": "one" stands for a noun before, and the verb takes an amount. */
    private boolean isParticipleBeforeAmount(int k, int wordEnd) {
        return wordEnd == k + 1 && endsLike(k, PARTICIPLE_ENDINGS) && tokens.isNum(wordEnd);
    }

    /**
     * "one man walking his dog", "one school turning away children", "one surgery taking on patients", "one objector
     * claiming that": a determiner, "that", a particle or a plural after an "-ing" word makes it a verb with its
     * object.
     */
    private boolean opensObject(int k) {
        return tokens.is(k, Lexicon.POSSESSIVE | Lexicon.ARTICLE) || tokens.isWord(k, Words.THE)
                || tokens.isWord(k, Words.THAT)
                || tokens.isWord(k, Words.AWAY) || tokens.isWord(k, Words.UP) || tokens.isWord(k, Words.OUT)
                || tokens.isWord(k, Words.DOWN) || tokens.isWord(k, Words.ON) || tokens.isWord(k, Words.OFF)
                || tokens.isWord(k) && !tokens.capitalized(k) && !tokens.is(k, Lexicon.STOP) && looksPlural(tokens, k);
    }

    /**
     * "one deceased victim", "one unnamed source": an "-ed" word before a noun in lower case is its adjective, not a
     * verb before a stop word or adverb ("one escaped unharmed", "one arrived yesterday", "one worked tirelessly").
     */
    private boolean isAttributive(int next, int end) {
        return next < end && tokens.isWord(next) && !tokens.capitalized(next)
                && !tokens.is(next, Lexicon.STOP | Lexicon.PREDICATE_GAP | Lexicon.CASUALTY)
                && !isPastTense(next) && !endsLike(next, ADVERB_ENDINGS);
    }

    /**
     * "two Texas National Guard Black Hawk helicopters": a name ending as a plural does ("Texas") that opens a run of
     * capitalised words closed by a plural in lower case names the kind of that plural.
     */
    private boolean opensNamedKind(int k, int end) {
        if (!tokens.capitalized(k) || !tokens.capitalized(k + 1)) {
            return false;
        }
        int p = k + 1;
        while (p < end && p <= k + MAX_NAME_RUN && tokens.isWord(p) && tokens.capitalized(p)
                && !tokens.is(p, Lexicon.STOP)) {
            p++;
        }
        return p < end && tokens.isWord(p) && !tokens.capitalized(p) && looksPlural(tokens, p);
    }

    /**
     * "staff members", "sports clubs", "United States citizens": a plural used as the first part of a compound,
     * told by a lower-case plural right after it, which then is the head. Only plurals that English uses
     * attributively qualify (irregular ones, names, "sports", "news", "arms" ...): after any other plural a
     * second "-s" word is its verb ("19 creditors meets", "a survey of 1,300 bosses suggests").
     */
    private boolean pluralNounFollows(int k, int end) {
        // "17 shellfish beds": a fish's name, plural as it is, is as often attributive
        return (tokens.is(k, Lexicon.IRREGULAR_PLURAL | Lexicon.ATTRIBUTIVE_PLURAL) || tokens.capitalized(k)
                || tokens.endsWith(k, FISH))
                && k + 1 < end && !tokens.capitalized(k + 1) && !Lexicon.S_VERBS.contains(tokens.id(k + 1))
                && !tokens.is(k + 1, Lexicon.STOP | Lexicon.PREDICATE_GAP | Lexicon.CASUALTY | Lexicon.DURATION)
                && looksPlural(tokens, k + 1);
    }

    /**
     * A casualty word before a noun agreeing with the number is an adjective: "12 wounded soldiers", also across one
     * word ("two imprisoned Iranian bloggers", "dozens of dead howler monkeys").
     */
    private boolean modifies(int k, int end, boolean singular) {
        boolean across = tokens.capitalized(k + 1) || tokens.isWord(k + 1) && !looksPlural(tokens, k + 1)
                && !tokens.is(k + 1, Lexicon.STOP | Lexicon.PREDICATE_GAP | Lexicon.CASUALTY);
        boolean pluralAfter = k + 2 < end && looksPlural(tokens, k + 2) && !tokens.is(k + 2, Lexicon.STOP);
        int n = across && pluralAfter ? k + 2 : k + 1;
        return n < end && tokens.isWord(n) && !tokens.is(n, Lexicon.STOP | Lexicon.PREDICATE_GAP
                | Lexicon.CASUALTY) && (singular || looksPlural(tokens, n));
    }

    /**
     * The token after a hyphenated word such as "long-range" or "air-defence", or after a model's name and
     * designation.
     */
    private int compoundEnd(int k, int end, boolean modelNamed) {
        int e = k + 1;
        if (tokens.capitalized(k) && tokens.isNum(e) && tokens.glued(e)) {
            // "M1A1", "F16": a designation glued together names the kind of the noun after it
            return gluedDesignationEnd(e, end);
        }
        if (tokens.capitalized(k) && tokens.isNum(e) && !tokens.is(k, Lexicon.STOP) && !modelNamed) {
            // "14 Leopard 2 tanks", "70 Boeing 737-800 planes": a name and its model number, set apart, name the
            // kind of the noun after them, which the amount before the name counts
            int designationEnd = gluedDesignationEnd(e + 1, end);
            while (designationEnd + 1 < end && tokens.isSymbol(designationEnd, '-') && tokens.glued(designationEnd)
                    && tokens.glued(designationEnd + 1) && tokens.isNum(designationEnd + 1)) {
                designationEnd += 2;
            }
            return designationEnd < end && tokens.isWord(designationEnd) && !tokens.is(designationEnd, Lexicon.STOP)
                    ? designationEnd : e;
        }
        int initialsEnd = initialsEnd(k, end);
        if (initialsEnd > 0) {
            return initialsEnd;
        }
        while (e + 1 < end && tokens.isSymbol(e, '-') && tokens.glued(e) && tokens.glued(e + 1)
                && (tokens.isWord(e + 1) || isDesignation(k, e + 1) || isYearBound(k, e + 1))) {
            e += 2;
        }
        return e;
    }

    /**
     * "two U.S. soldiers", "seven U.K. Labour lawmakers": capital letters each closed by a full stop spell a name, and
     * the token after its last stop goes on with the phrase. -1 when {@code k} opens no such name.
     */
    private int initialsEnd(int k, int end) {
        int e = k;
        while (e + 1 < end && isInitial(e) && tokens.isSymbol(e + 1, '.') && tokens.glued(e + 1)
                && (e == k || tokens.glued(e))) {
            e += 2;
        }
        return e - k >= 2 * 2 ? e : -1;
    }

    private boolean isInitial(int k) {
        return tokens.isWord(k) && tokens.length(k) == 1 && CharKinds.isUpperCase(tokens.source()[tokens.start(k)]);
    }

    /** The end of the letters and numbers glued on from token {@code e}: "2A4", "320neo". */
    private int gluedDesignationEnd(int e, int end) {
        while (e < end && tokens.glued(e) && (tokens.isNum(e) || tokens.isWord(e))) {
            e++;
        }
        return e;
    }

    /**
     * "Kh-101", "Su-34", "Shahed-136": a model's designation, letters then a number, which names the kind of the
     * noun after it ("11 Kh-101 cruise missiles"), not an amount.
     */
    private boolean isDesignation(int k, int number) {
        return number == k + 2 && tokens.isNum(number) && tokens.capitalized(k) && !tokens.glued(number + 1)
                && tokens.isWord(number + 1);
    }

    /**
     * "pre-1919", "post-2008": a year bounding the time of the noun after it ("1,200 pre-1919 tenement flats"), not
     * an amount.
     */
    private boolean isYearBound(int k, int year) {
        boolean bound = tokens.length(k) == PRE.length() && tokens.endsWith(k, PRE)
                || tokens.length(k) == POST.length() && tokens.endsWith(k, POST);
        return bound && year == k + 2 && tokens.isNum(year) && tokens.length(year) == YEAR_DIGITS
                && !tokens.glued(year + 1) && tokens.isWord(year + 1);
    }

    /**
     * "two children's hospitals", "four Attorney's Offices": a possessor inside the phrase, followed by a plural noun
     * it classifies, which is what the amount counts ("the two children's mother" counts the children).
     */
    private boolean isPossessorOfNoun(int k, int end) {
        int noun = k + POSSESSIVE_TOKENS;
        return tokens.possessive(k) && noun < end && looksPlural(tokens, noun) && !tokens.is(noun, Lexicon.STOP);
    }

    private int previousWord(int k) {
        int p = k - 1;
        if (tokens.isSymbol(p, '-') && tokens.glued(k) || tokens.possessive(p - 2)) {
            return -1;
        }
        // the letters that end a designation ("A320neo") are no part of the noun
        return tokens.isWord(p) && !(tokens.glued(p) && tokens.isNum(p - 1)) ? p : -1;
    }

    private boolean isCompound(int p, boolean capitalHead) {
        // "radio and television shows": the unit is the last of the joined words' compound
        if (tokens.is(p, Lexicon.MODIFIER | Lexicon.CASUALTY) || endsLike(p, ADJECTIVE_ENDINGS) || isPastTense(p)
                || tokens.isWord(p, Words.AND)) {
            return false;
        }
        return capitalHead || !tokens.capitalized(p);
    }

    private boolean endsLike(int t, String[] endings) {
        char[] text = tokens.source();
        int end = tokens.end(t);
        for (String ending : endings) {
            int from = end - ending.length();
            if (from > tokens.start(t) + 1 && regionMatches(text, from, ending)) {
                return true;
            }
        }
        return false;
    }

    private static boolean regionMatches(char[] text, int from, String ending) {
        for (int i = 0; i < ending.length(); i++) {
            if (Character.toLowerCase(text[from + i]) != ending.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** "voters", "patients": a person's noun with a plural's "s". */
    static boolean isPersonPlural(Tokens tokens, int t) {
        int end = tokens.end(t);
        return tokens.isWord(t) && tokens.length(t) > 2 && tokens.source()[end - 1] == 's'
                && Lexicon.has(Lexicon.lookup(tokens.source(), tokens.start(t), end - 1), Lexicon.PERSON_NOUN);
    }

    /** Regular "-s" plurals (not "-ss", "-us", "-is"), "-men" compounds and the listed irregular plurals. */
    static boolean looksPlural(Tokens tokens, int t) {
        // "1,987 yes votes": the answer names the votes' kind
        if (!tokens.isWord(t) || tokens.length(t) == YES_CHARS && Lexicon.VOTE_ANSWERS.contains(tokens.id(t))) {
            return false;
        }
        if (tokens.is(t, Lexicon.IRREGULAR_PLURAL)) {
            return true;
        }
        int end = tokens.end(t);
        if (tokens.length(t) < 3) {
            return false;
        }
        char[] text = tokens.source();
        // "41 RBIs", "12 ICUs": an acronym's plural "s" follows a capital that "crisis" or "virus" would not have
        if (text[end - 1] == 's' && CharKinds.isUpperCase(text[end - 2])) {
            return true;
        }
        char last = Character.toLowerCase(text[end - 1]);
        char before = Character.toLowerCase(text[end - 2]);
        if (last == 'n' && before == 'e' && Character.toLowerCase(text[end - 3]) == 'm') {
            // "gunmen", "fishermen", "policemen"
            return true;
        }
        if (last == 'e' && tokens.endsWith(t, PEOPLE)) {
            // "tradespeople", "townspeople", "businesspeople"
            return true;
        }
        if (last == 'h' && tokens.endsWith(t, FISH)) {
            // "14,326 lionfish", "40 catfish": a fish's name keeps the plural of "fish"
            return true;
        }
        return last == 's' && before != 's' && before != 'u' && before != 'i';
    }
}
