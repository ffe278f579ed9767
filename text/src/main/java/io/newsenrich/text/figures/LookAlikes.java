package io.newsenrich.text.figures;

import java.util.List;
import java.util.Set;

/**
 * Tells numbers that only look like amounts from those that may be one: identifiers and codes ("G7", "S-300",
 * "article five", "No. 10", "Apollo 11"), clock times, scores, phone numbers, addresses, ranks, ratios ("one in 10"),
 * emergency numbers, quoted titles and the pronoun "one". Works on the sentence held by the shared
 * {@link Tokens}; one instance per scanner, not thread-safe.
 */
final class LookAlikes {

    /** Symbols glued before digits that make them part of a code: "#1", "v1.2", "+44", "24/7". */
    private static final String CODE_PREFIXES = "#/:.@+_&\\";
    /** Symbols joining two numbers into a time, fraction, score or code: "10:30", "3/4", "2-1", "2–1". */
    private static final String NUMBER_JOINERS = ":/-\u2013.";
    private static final String OPENING_QUOTES = "\"'\u201c\u2018";
    private static final String CLOSING_QUOTES = "\"'\u201d\u2019";
    /** The most capitalised words after a number word in a quoted name: "“Nine Doors”", "“One Day in May”". */
    private static final int MAX_QUOTED_NAME_WORDS = 4;
    /** Shorter "-ly" words are seldom adverbs: "only", "early", "ally". */
    private static final int MIN_ADVERB_LENGTH = 5;
    /** How far back "one of them" looks for the count it is part of: a clause of a few words. */
    private static final int MAX_COUNT_GAP = 12;
    /** Words after which "that" is a demonstrative ("for that one case"), not the opening of a clause. */
    /** "nine out of ten": the largest term of a ratio told in small numbers. */
    private static final int MAX_RATIO_TERM = 10;
    private static final int MAX_RATIO_NOUN_GAP = 3;
    private static final String US_INITIALS = "U.S. ";
    private static final int MAX_HIGHWAY_DIGITS = 3;
    private static final List<String> DOMAIN_SUFFIXES = List.of("com", "org", "net", "gov", "edu", "info", "io");
    private static final Set<String> PREPOSITIONS = Set.of("to", "for", "of", "in", "on", "at", "with", "by", "from",
            "about", "into", "over", "under", "like", "than");

    private final Tokens tokens;
    /** The sentence's first token that is no symbol; a capital there says nothing about names. */
    private int firstToken;
    private int sentenceEnd;
    /** Whether the sentence is in Title Case, worked out on first use: most sentences never need it. */
    private Boolean titleCase;

    LookAlikes(Tokens tokens) {
        this.tokens = tokens;
    }

    /** Starts a sentence of tokens {@code [from, to)}, which must be all the tokens held. */
    void sentence(int from, int to) {
        firstToken = from;
        while (firstToken < to && tokens.type(firstToken) == Tokens.SYMBOL) {
            firstToken++;
        }
        sentenceEnd = to;
        titleCase = null;
    }

    /** Headlines in Title Case capitalise every word, so capitals there say nothing about names. */
    private boolean isTitleCase() {
        if (titleCase == null) {
            titleCase = countsAsTitleCase(firstToken, sentenceEnd);
        }
        return titleCase;
    }

    /**
     * "won by two goals to one", "by 21 points to 14": a score told in words, the winner's tally, its noun, "to" and
     * the loser's; the token after it, or {@code t}.
     */
    private int scoreInWordsEnd(int t) {
        // "won by" sets a score off from "rose by 3 points to 4,100", a change and a level: a score's tallies are
        // small; every number passes here, so the word tests come first and allocate nothing
        if (!tokens.isWord(t - 1, Words.BY) || !tokens.isWord(t + 2, Words.TO) || !tokens.isWord(t + 1)
                || !Lexicon.SCORE_NOUNS.contains(tokens.id(t + 1))) {
            return t;
        }
        boolean tally = tokens.is(t, Lexicon.NUMBER) || isSmallTally(t);
        boolean other = tokens.is(t + 3, Lexicon.NUMBER) || isSmallTally(t + 3);
        return tally && other && !(tokens.isWord(t + 4) && !tokens.is(t + 4, Lexicon.STOP)) ? t + 4 : t;
    }

    private boolean isSmallTally(int k) {
        return tokens.isNum(k) && tokens.length(k) <= 2;
    }

    private boolean countsAsTitleCase(int from, int to) {
        int capitalized = 0;
        for (int t = from; t < to; t++) {
            if (tokens.isWord(t) && tokens.length(t) > 3) {
                if (!tokens.capitalized(t)) {
                    return false;
                }
                capitalized++;
            }
        }
        return capitalized >= 3;
    }

    /**
     * Returns the token after a number that is not an amount (identifier, code, time, score, rank, phone number,
     * address, pronoun), or {@code t} when the token may start a figure or date.
     */
    int skip(int t, int to) {
        if (isFigureSize(t)) {
            return t + 3;
        }
        int score = scoreInWordsEnd(t);
        if (score > t) {
            return score;
        }
        if (tokens.isNum(t)) {
            // "magnitude-6.1" names the scale of the amount, as "S-300" names no scale
            boolean codePrefix = tokens.glued(t) && (tokens.isWord(t - 1)
                    || tokens.isAnySymbol(t - 1, CODE_PREFIXES) && !isSignedPercent(t) && !isSecondMeasure(t)
                    || tokens.isAnySymbol(t - 1, "-\u2013") && tokens.glued(t - 1) && tokens.isWord(t - 2)
                    && !tokens.isWord(t - 2, Words.MAGNITUDE));
            if (codePrefix || leadingZero(t) || joinedNumbers(t, to) && !isIsoDate(t) && !isYearRange(t)
                    || isDomainName(t)) {
                return chainEnd(t, to);
            }
            if (tokens.isNum(t + 1) && !tokens.glued(t + 1)) {
                return chainEnd(t + 1, to);
            }
            if (isClockTime(t) || isAddress(t, to) || isEmergencyCall(t) || isRatio(t) || isQuotedTitle(t)
                    || isVersion(t) || isPossessiveName(t)) {
                return t + 1;
            }
            if (isCalibre(t)) {
                return t + 2;
            }
        } else if (tokens.is(t, Lexicon.NUMBER)) {
            // "BBC One", "Formula One" are names; after a dash or quote the capital opens a clause instead
            if (tokens.capitalized(t) && t != firstToken && tokens.isWord(t - 1) && !isTitleCase()) {
                return t + 1;
            }
            if (tokens.isWord(t, Words.ONE) && isPronounOne(t) || isRatio(t) || isQuotedName(t)
                    || isHourAfterFraction(t)) {
                return t + 1;
            }
        } else {
            return t;
        }
        return namesSomething(t) ? t + 1 : t;
    }

    /**
     * "article five", "flight 370", "No. 10", "top 10", "Apollo 11": the number is part of a name or rank. A unit
     * glued to the number or a percentage outweighs a name before it ("Olympic 10,000m", "Smith 51cm adrift",
     * "Harris 47%, Trump 46%").
     */
    private boolean isPluralAt(int k) {
        return CountedNoun.looksPlural(tokens, k) && !tokens.capitalized(k);
    }

    private boolean isPlainWord(int k) {
        return tokens.isWord(k) && !tokens.capitalized(k) && !tokens.is(k, Lexicon.STOP);
    }

    private boolean namesSomething(int t) {
        int p = t - 1;
        if (tokens.isSymbol(p, '.') && tokens.glued(p)) {
            p--;
        }
        if ((tokens.isWord(p, Words.AND) || tokens.isWord(p, Words.OR)) && tokens.isNum(p - 1)
                && tokens.is(p - 2, Lexicon.DESIGNATOR) && !tokens.isWord(p - 3, Words.TO)) {
            // "the number 2 and 3 services", "route 4 or 9": the designator names both numbers of the pair
            return true;
        }
        // "rents now regularly top 20,000 kroner": an adverb before "top" makes it the verb too
        boolean adverb = tokens.isWord(p - 1) && tokens.length(p - 1) > MIN_ADVERB_LENGTH
                && tokens.endsWith(p - 1, "ly");
        if (tokens.isWord(p, Words.TOP) && (CountedNoun.looksPlural(tokens, p - 1) && !tokens.is(p - 1, Lexicon.STOP)
                || adverb)) {
            // "Dengue cases top 28,000": after a plural subject "top" is the verb of a total
            return false;
        }
        if (isUsHighway(t)) {
            // "the crash on U.S. 62": a federal highway's number, written after the country's initials
            return true;
        }
        if (tokens.isWord(p, Words.POINT) && tokens.isWord(p - 2, Words.AT)) {
            // "at one point 14 flood warnings", "at that point 300 homes": the idiom's point names no number
            return false;
        }
        if (tokens.isWord(p, Words.DAY) && (tokens.isWord(p - 1, Words.ON) || tokens.isWord(p - 1, Words.BY))) {
            // "on day five", "by day 10": the day's number names it
            return true;
        }
        // "plans to train 3,000 farmers", "set to top 21 million cartons": after "to" a designator's word is a verb
        // whose object is counted
        int noun = tokens.is(t + 1, Lexicon.SCALE) ? t + 2 : t + 1;
        // "the course stages 16 fixtures a year": a designator in "-s" before a counted plural is a verb too
        boolean verb = (tokens.isWord(p - 1, Words.TO) || tokens.is(p, Lexicon.DESIGNATOR)
                && CountedNoun.looksPlural(tokens, p) && !tokens.capitalized(p))
                && CountedNoun.looksPlural(tokens, noun) && !tokens.capitalized(noun);
        if (tokens.is(p, Lexicon.DESIGNATOR | Lexicon.RANK) && !verb) {
            // "the top 12 films", "placed 143 districts on alert", "placed 14 portable classrooms", "placed 18 of the
            // cities" count the plural after them; "the top 10" alone is a rank; "rates top 7%": no name or rank is a
            // percentage, nor a measure in words ("finished 5 seconds ahead", "crossed the line 1.3 seconds clear"); a
            // glued letter may be a scale ("users number 100m")
            boolean rankOfPlural = tokens.is(p, Lexicon.RANK) && (isPluralAt(t + 1) || isPlainWord(t + 1)
                    && isPluralAt(t + 2) || tokens.isWord(t + 1, Words.OF) && !tokens.isWord(p, Words.TOP));
            return !rankOfPlural
                    && !isPercent(t + 1) && !(!tokens.glued(t + 1)
                    && tokens.is(t + 1, Lexicon.DURATION | Lexicon.DISTANCE | Lexicon.MEASURE));
        }
        // "reliever Jane Doe 412 feet": a plural unit after the number measures, whatever name stands before it, as
        // a plural noun does after a decimal and a one-word name ("earned Jamaica 19.6 points"; "the Mini Cooper 1.6"
        // is a model)
        boolean decimalCount = tokens.text(t).indexOf('.') > 0 && CountedNoun.looksPlural(tokens, t + 1)
                && !tokens.capitalized(t + 1) && !tokens.capitalized(t - 2);
        // "WINDHOEK – A 38-year-old man", "Update: The 12 victims": a dateline or a label opens the clause, and an
        // article or a possessive ("said: “Our 85 colleagues") names nothing, unless a title goes on after the number
        // ("The 39 Steps")
        boolean opensClause = tokens.isAnySymbol(p - 1, ":\u2013\u2014")
                || (tokens.is(p, Lexicon.ARTICLE | Lexicon.POSSESSIVE) || tokens.isWord(p, Words.THE))
                && !tokens.capitalized(t + 1);
        return tokens.isNum(t) && p == t - 1 && tokens.capitalized(p) && p != firstToken && !isTitleCase()
                && !decimalCount && !opensClause
                && !(tokens.is(t + 1, Lexicon.DISTANCE | Lexicon.MEASURE | Lexicon.DURATION)
                && (tokens.glued(t + 1) || CountedNoun.looksPlural(tokens, t + 1)))
                && !isPercent(t + 1)
                && !tokens.is(p, Lexicon.MONTH | Lexicon.WEEKDAY | Lexicon.QUALIFIER_WORD | Lexicon.CASUALTY_VERB
                | Lexicon.AGE_MARKER);
    }

    private boolean isPercent(int k) {
        return tokens.isSymbol(k, '%') && tokens.glued(k) || tokens.is(k, Lexicon.PERCENT);
    }

    /** "(+0.6%)": a plus sign before a percentage is a change, not a code's prefix ("+44"). */
    private boolean isSignedPercent(int t) {
        return tokens.isSymbol(t - 1, '+') && isPercent(t + 1);
    }

    /**
     * "“9 Steps to Success”": digits opening a quotation and followed by a capital start a title; "‘Moonbreaker 2’"
     * ends one, a name's sequel number closed by the quote.
     */
    private boolean isQuotedTitle(int t) {
        boolean opens = tokens.isAnySymbol(t - 1, OPENING_QUOTES) && tokens.capitalized(t + 1) && !isTitleCase();
        return opens || closesQuotedName(t);
    }

    /** "the film “Nine Doors,”": a number word opening a quotation of capitalised words only is a title. */
    private boolean isQuotedName(int t) {
        if (!tokens.isAnySymbol(t - 1, OPENING_QUOTES) || !tokens.capitalized(t + 1)) {
            return false;
        }
        int k = t + 1;
        for (int words = 0; words < MAX_QUOTED_NAME_WORDS && tokens.capitalized(k); words++) {
            k++;
        }
        if (tokens.isSymbol(k, ',')) {
            k++;
        }
        return closesQuotedName(k - 1);
    }

    /** "Apollo 11’s crew": a number with a possessive after a capital ends a name. */
    private boolean isPossessiveName(int t) {
        return tokens.possessive(t) && tokens.capitalized(t - 1);
    }

    /**
     * Whether the quote right after token {@code t} closes a quoted name whose last word {@code t} is, and is no
     * possessive ("Apollo 11’s").
     */
    private boolean closesQuotedName(int t) {
        int quote = t + 1;
        return tokens.isAnySymbol(quote, CLOSING_QUOTES) && tokens.glued(quote) && !tokens.glued(quote + 1)
                && tokens.capitalized(t - 1);
    }

    /**
     * "9mm pistols", "155mm shells": a calibre names the kind of weapon, as a model's number does; how many there are
     * is counted before it ("two 9mm pistols").
     */
    /** "a six-figure salary", "7-figure sums": how many digits a sum has, no amount of anything. */
    private boolean isFigureSize(int t) {
        return tokens.isSymbol(t + 1, '-') && tokens.glued(t + 1) && tokens.glued(t + 2)
                && tokens.isWord(t + 2, Words.FIGURE);
    }

    /**
     * "U.S. 62", "U.S. 12": the number of a highway, of at most three digits and with no scale after it. Asked of
     * every number, so the initials are compared in place.
     */
    private boolean isUsHighway(int t) {
        char[] text = tokens.source();
        int at = tokens.start(t) - US_INITIALS.length();
        if (at < 0 || tokens.length(t) > MAX_HIGHWAY_DIGITS || at > 0 && Character.isLetterOrDigit(text[at - 1])) {
            return false;
        }
        for (int i = 0; i < US_INITIALS.length(); i++) {
            if (text[at + i] != US_INITIALS.charAt(i)) {
                return false;
            }
        }
        return !tokens.is(t + 1, Lexicon.SCALE | Lexicon.DURATION | Lexicon.DISTANCE | Lexicon.MEASURE);
    }

    /** "511mn.org", "311help.gov": a web site's name that opens with digits, no amount with a scale. */
    private boolean isDomainName(int t) {
        int dot = tokens.glued(t + 1) && tokens.isWord(t + 1) ? t + 2 : t + 1;
        int domain = dot + 1;
        if (!tokens.isSymbol(dot, '.') || !tokens.glued(dot) || !tokens.glued(domain) || !tokens.isWord(domain)) {
            return false;
        }
        for (String suffix : DOMAIN_SUFFIXES) {
            if (tokens.length(domain) == suffix.length() && tokens.endsWith(domain, suffix)) {
                return true;
            }
        }
        return false;
    }

    /** "9mm rounds", "a 9 mm handgun": a calibre, which names the gun or its rounds by their bore. */
    private boolean isCalibre(int t) {
        boolean millimetres = tokens.length(t + 1) == 2 && tokens.endsWith(t + 1, "mm");
        return millimetres && (tokens.glued(t + 1) && !tokens.capitalized(t + 2)
                && CountedNoun.looksPlural(tokens, t + 2) || Lexicon.GUN_WORDS.contains(tokens.id(t + 2)));
    }

    /**
     * "Industry 4.0", "Web 3.0", "Snowy 2.0": a name's version, a whole number written with ".0" after a capital,
     * which no amount is written as, even at the start of a sentence.
     */
    private boolean isVersion(int t) {
        char[] text = tokens.source();
        int end = tokens.end(t);
        boolean pointZero = tokens.length(t) >= 3 && text[end - 1] == '0' && text[end - 2] == '.';
        return pointZero && tokens.capitalized(t - 1) && !tokens.glued(t)
                && !tokens.is(t - 1, Lexicon.MONTH | Lexicon.WEEKDAY | Lexicon.QUALIFIER_WORD)
                && !tokens.isSymbol(t + 1, '%') && !tokens.is(t + 1, Lexicon.PERCENT | Lexicon.CURRENCY
                | Lexicon.DISTANCE | Lexicon.MEASURE | Lexicon.DURATION | Lexicon.SCALE);
    }

    /**
     * "one in 10 adults": the second number of a ratio is a denominator, not an amount; "2,000 in 12 months" is a
     * span of time.
     */
    private boolean isRatio(int t) {
        if (tokens.isWord(t - 1, Words.OF) && tokens.isWord(t - 2, Words.OUT)) {
            return isShareOfPeople(t - 3, t);
        }
        // "one in every 72 patients"
        int in = tokens.isWord(t - 1, Words.EVERY) ? t - 2 : t - 1;
        return tokens.isWord(in, Words.IN) && (tokens.isNum(in - 1) || tokens.is(in - 1, Lexicon.NUMBER))
                && !tokens.is(t + 1, Lexicon.DURATION) && !isLargerPart(in - 1, t);
    }

    /**
     * "three out of four young people", "nine out of ten say": a share of people told in small numbers, the part at
     * {@code part} and the whole at {@code whole}; "72 out of 145 drones" and "8 out of 10 penalties" count a part
     * and its whole.
     */
    boolean isShareOfPeople(int part, int whole) {
        return isSmall(part) && isSmall(whole) && countsPeopleOrNothing(whole);
    }

    /**
     * Whether the number at {@code t} counts people, past an adjective or two ("four young people"), or no noun at
     * all ("nine out of ten say"); "five key issues" counts things.
     */
    private boolean countsPeopleOrNothing(int t) {
        for (int k = t + 1; k <= t + MAX_RATIO_NOUN_GAP && tokens.isWord(k); k++) {
            // "Americans", "Democrats": a people or a party, in the plural
            boolean group = tokens.capitalized(k) && CountedNoun.looksPlural(tokens, k);
            if (tokens.is(k, Lexicon.PERSON | Lexicon.PERSON_NOUN) || group || CountedNoun.isPersonPlural(tokens, k)) {
                return true;
            }
            if (CountedNoun.looksPlural(tokens, k)) {
                return false;
            }
        }
        return true;
    }

    /** A number up to ten, in words or digits: the terms a ratio is told in. */
    private boolean isSmall(int k) {
        if (tokens.is(k, Lexicon.NUMBER)) {
            return Lexicon.value(tokens.id(k)) <= MAX_RATIO_TERM;
        }
        return tokens.isNum(k) && tokens.length(k) <= 2 && Integer.parseInt(tokens.text(k)) <= MAX_RATIO_TERM;
    }

    /**
     * "215 in 71.3 overs": a ratio's part is smaller than its whole, and a whole is counted in units, so a larger
     * number or a decimal before "in" names a total and the span it took.
     */
    private boolean isLargerPart(int part, int whole) {
        String wholeText = tokens.text(whole);
        if (wholeText.indexOf('.') >= 0) {
            return true;
        }
        if (!tokens.isNum(part)) {
            return false;
        }
        String partText = tokens.text(part).replace(",", "");
        if (tokens.is(whole, Lexicon.NUMBER) && allDigits(partText)) {
            // "£38,000 in six instalments": a whole in words below the part
            return partText.length() > String.valueOf(Lexicon.value(tokens.id(whole))).length();
        }
        String bare = wholeText.replace(",", "");
        return allDigits(partText) && allDigits(bare) && (partText.length() > bare.length()
                || partText.length() == bare.length() && partText.compareTo(bare) > 0);
    }

    private static boolean allDigits(String text) {
        return !text.isEmpty() && text.chars().allMatch(c -> c >= '0' && c <= '9');
    }

    /** "a series of 911 calls", "the 999 operator": an emergency number, an identifier. */
    private boolean isEmergencyCall(int t) {
        // "a 911 call", "someone had called 911"
        return tokens.length(t) == 3 && (tokens.is(t + 1, Lexicon.CALL) || tokens.is(t - 1, Lexicon.CALL))
                && (tokens.text(t).equals("911") || tokens.text(t).equals("999") || tokens.text(t).equals("112"));
    }

    /**
     * "no one", "the one", "one another", "one of them": "one" as a pronoun; not when a unit is hyphened to it ("a
     * one-hour meeting").
     */
    private boolean isPronounOne(int t) {
        if (tokens.isSymbol(t - 1, '-') && tokens.glued(t - 1) && tokens.glued(t) && tokens.isWord(t - 2, Words.NO)) {
            // "no-one has been injured": nobody, no one counted
            return true;
        }
        boolean unitCompound = tokens.isSymbol(t + 1, '-') && tokens.glued(t + 1) && tokens.glued(t + 2)
                && tokens.is(t + 2, Lexicon.DURATION | Lexicon.DISTANCE | Lexicon.MEASURE | Lexicon.AREA_PREFIX
                        | Lexicon.RATE_PREFIX);
        if (tokens.is(t - 1, Lexicon.PRONOUN_DETERMINER) && !tokens.is(t - 1, Lexicon.QUALIFIER_WORD) && !unitCompound
                && !isClauseThatOne(t)) {
            return true;
        }
        // "instead of the usual one.": "the", an adjective and "one" closing the clause
        boolean adjectiveOne = tokens.isWord(t - 2, Words.THE) && tokens.isWord(t - 1) && !tokens.capitalized(t - 1)
                && !tokens.is(t - 1, Lexicon.STOP | Lexicon.NUMBER) && t + 1 < tokens.count() && !tokens.isWord(t + 1)
                && !tokens.isNum(t + 1);
        if (adjectiveOne) {
            return true;
        }
        // "one of the three tractors" counts one of a few, as "two of the three" does; "one of the 200,000" and "one
        // of the 800 metres favourites" pick one out
        boolean ofCounted = isSmall(t + 3) && !tokens.isWord(t + 3, Words.ONE)
                && !tokens.is(t + 4, Lexicon.DURATION | Lexicon.DISTANCE | Lexicon.MEASURE);
        return tokens.isWord(t + 1, Words.OF) && tokens.is(t + 2, Lexicon.PARTITIVE) && !isPartOfCount(t) && !ofCounted
                || tokens.isWord(t + 1, Words.ANOTHER) || tokens.isWord(t - 1, Words.NOT);
    }

    /**
     * "told reporters that one lane would remain open": "that" opens a clause whose subject "one" counts, as a singular
     * noun right after it shows, the clause going on with a function word or ending ("that one looks better", "won
     * that one easily" and "I like that one." stay pronouns). After a preposition "that" points at the noun ("the
     * answer to that one question").
     */
    private boolean isClauseThatOne(int t) {
        int noun = t + 1;
        int after = t + 2;
        String before = tokens.word(t - 2);
        return tokens.isWord(t - 1, Words.THAT) && (before == null || !PREPOSITIONS.contains(before))
                && tokens.isWord(noun) && !tokens.capitalized(noun)
                && !tokens.is(noun, Lexicon.STOP) && !CountedNoun.looksPlural(tokens, noun)
                && !tokens.endsWith(noun, "ly")
                && (tokens.is(after, Lexicon.STOP) || tokens.type(after) != Tokens.WORD);
    }

    /**
     * "two shooting incidents this year, one of them fatal": after a comma, "one of them" counts one of a number the
     * clause before gave.
     */
    private boolean isPartOfCount(int t) {
        if (!tokens.isSymbol(t - 1, ',') || !tokens.isWord(t + 2, Words.THEM)) {
            return false;
        }
        for (int k = t - 2; k >= Math.max(0, t - MAX_COUNT_GAP); k--) {
            if (tokens.isNum(k) || tokens.is(k, Lexicon.NUMBER)) {
                return true;
            }
        }
        return false;
    }

    private boolean leadingZero(int t) {
        return tokens.first(t) == '0' && tokens.length(t) > 1 && tokens.source()[tokens.start(t) + 1] != '.';
    }

    /** "250 MW/1,000 MWh": a slash after a unit of measure sets a second measure beside the first. */
    private boolean isSecondMeasure(int t) {
        return tokens.isSymbol(t - 1, '/') && tokens.glued(t - 1) && tokens.isWord(t - 2)
                && tokens.is(t - 2, Lexicon.MEASURE) && tokens.isNum(t - 3) && tokens.is(t + 1, Lexicon.MEASURE);
    }

    /** "10:30", "3/4", "2-1", "1.2.3": two numbers glued by a joining symbol. */
    boolean joinedNumbers(int t, int to) {
        return t + 2 < to && tokens.isAnySymbol(t + 1, NUMBER_JOINERS) && tokens.glued(t + 1) && tokens.glued(t + 2)
                && tokens.isNum(t + 2);
    }

    private boolean isIsoDate(int t) {
        return tokens.length(t) == 4 && tokens.isSymbol(t + 1, '-') && tokens.isNum(t + 2) && tokens.length(t + 2) == 2
                && tokens.isSymbol(t + 3, '-') && tokens.glued(t + 4) && tokens.isNum(t + 4);
    }

    /** "2019-20", "2014–2016": a year range, whose first year is a date. */
    private boolean isYearRange(int t) {
        return tokens.length(t) == 4 && tokens.isAnySymbol(t + 1, "-\u2013")
                && (tokens.length(t + 2) == 2 || tokens.length(t + 2) == 4);
    }

    /** The token after a run of numbers and the symbols and letters glued to them. */
    private int chainEnd(int t, int to) {
        int k = t + 1;
        while (k < to && (tokens.glued(k) || tokens.isNum(k) && tokens.isNum(k - 1))) {
            k++;
        }
        return k;
    }

    private boolean isClockTime(int t) {
        int k = t + 1;
        if (tokens.isWord(k, Words.LOCAL) && tokens.isWord(k + 1) && !tokens.isWord(k + 1, Words.TIME)) {
            // "at 14 local time" is a clock time; "14 local banks" counts banks
            return false;
        }
        return tokens.is(k, Lexicon.CLOCK) && (tokens.glued(k) || !tokens.capitalized(k) || tokens.length(k) > 2)
                || tokens.isSymbol(k, '.') && tokens.glued(k) && tokens.is(k + 1, Lexicon.CLOCK)
                || isDottedMeridiem(k) || isHourAfterFraction(t);
    }

    /** "at half past five", "a quarter past 10": the hour after a fraction of one is a clock time. */
    private boolean isHourAfterFraction(int t) {
        return tokens.isWord(t - 1, Words.PAST)
                && (tokens.isWord(t - 2, Words.HALF) || tokens.isWord(t - 2, Words.QUARTER));
    }

    /** "2 p.m.", "9 A.M.": the letters of "am" or "pm" with a dot after each, which "2 p" (pence) never has. */
    private boolean isDottedMeridiem(int k) {
        return tokens.length(k) == 1 && (tokens.endsWith(k, "a") || tokens.endsWith(k, "p"))
                && tokens.isSymbol(k + 1, '.') && tokens.glued(k + 1)
                && tokens.length(k + 2) == 1 && tokens.endsWith(k + 2, "m") && tokens.glued(k + 2);
    }

    /** "10 Downing Street": a number, up to three capitalised words, then a capitalised street word. */
    private boolean isAddress(int t, int to) {
        for (int k = t + 1; k < to && k <= t + 4; k++) {
            if (!tokens.capitalized(k)) {
                return false;
            }
            if (k > t + 1 && tokens.is(k, Lexicon.STREET)) {
                return true;
            }
        }
        return false;
    }

}
