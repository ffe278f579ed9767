package io.newsenrich.text.figures;

import io.newsenrich.model.DateMention;
import io.newsenrich.model.Figure;
import io.newsenrich.text.Span;
import io.newsenrich.text.sentences.SentenceSplitter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Finds the figures and dates of one span, sentence by sentence, in a single left-to-right pass over its tokens.
 *
 * <p>At each token that can start a number it first rules out what only looks like an amount ({@link LookAlikes}:
 * identifiers such as "G7", "S-300", "article five", "No. 10", clock times, scores, phone numbers, addresses, ranks,
 * the pronoun "one"), then reads a date, then a figure: qualifier, number, then what it measures — percent,
 * currency, a unit, an age, a counted noun (also after "of the": "three million of the consoles"), or, when the
 * noun is elided, the casualty word standing for it, the noun of a neighbouring or compared figure ("72 of 145
 * drones", "one person was killed and 22 injured", "up from 37,544"), or people. A casualty predicate right after
 * the noun ("was killed") extends the figure and sets its event. Spans and sentences without digits or number words are skipped
 * before tokenizing. One instance per thread; not thread-safe.
 */
public final class FigureScanner {

    private static final String HOUR = "hour";
    /** "12, 14 hours": the numbers of a loose guess are small. */
    private static final int MAX_ALTERNATIVE_DIGITS = 3;
    private static final Set<String> IMPERIAL_AREA_UNITS = Set.of("inch", "foot", "feet");
    private static final long THOUSAND = 1_000;
    private static final String APOSTROPHES = "'\u2019";
    /** The letters of a latitude's or longitude's hemisphere after a degree sign. */
    private static final String COMPASS_POINTS = "NSEW";
    private static final long MILLION = 1_000_000;
    /** Tokens allowed between a figure and "from"/"to" comparing a bare number with it: ", up from". */
    private static final String METERS = "meters";
    private static final String SECOND = "second";
    private static final String DEGREE = "degree";
    private static final String PARTS = "parts";
    private static final String SERIES = "series";
    private static final char ORDINAL_DEGREE = '\u00ba';
    private static final int MAX_COMPARED_GAP = 4;
    /** The most words of a name in a gapped list ("Sri Lanka 20") and the most tokens after the last figure. */
    private static final int MAX_TALLY_NAME_WORDS = 3;
    private static final int MAX_TALLY_GAP = 4;
    /** The most tokens of a currency's country before its name in an exchange rate: "to the U.S. dollar". */
    private static final int MAX_RATE_NAME_TOKENS = 4;
    /** Words allowed between a counted noun and its casualty word: "are thought to have been killed". */
    private static final int MAX_PREDICATE_GAP = 5;
    /** "in Newport Pagnell and Olney": the words of a place between a noun and its predicate. */
    private static final int MAX_PLACE_TOKENS = 6;
    private static final int MAX_PLACES = 2;
    /** "Of the koalas admitted this year,": the words from the whole to the comma. */
    private static final int MAX_WHOLE_PHRASE_TOKENS = 5;
    /** "for serious but not life-threatening injuries": the words between the verb and the injuries. */
    private static final int MAX_INJURY_WORDS = 7;
    /** Words of a noun joined to the counted one: "and foreign soldiers", "or family members". */
    private static final int MAX_COORDINATED_WORDS = 3;
    /** Tokens of an aside before a predicate: ", who had been trapped since Monday," */
    private static final int MAX_ASIDE_TOKENS = 8;
    /** "no more than": the longest qualifier a range's second number carries. */
    private static final int MAX_QUALIFIER_WORDS = 3;
    /** "at the city's": the words between a preposition of place and the number it governs. */
    private static final int MAX_PLACE_PHRASE_TOKENS = 5;
    /** "the age of its commercial fishing crew members": the words of the group an age is of. */
    private static final int MAX_AGE_OF_WORDS = 4;
    /** "to Royal Victoria Infirmary Hospital": three words of a hospital's name and its word. */
    private static final int MAX_HOSPITAL_NAME_TOKENS = 4;
    /** "voting", "being": shorter words in "-ing" ("king", "ring") are no participles. */
    private static final int MIN_PARTICIPLE_CHARS = 4;
    /** "the total in the whole city to": the tally, a preposition and a short phrase before the level. */
    private static final int MAX_TALLY_PHRASE_TOKENS = 6;
    /** {@link #measure} found no figure. */
    private static final int NONE = Integer.MIN_VALUE;
    /** The most words a casualty noun stands before the number it counts: "the death toll rose to at least". */
    private static final int MAX_TOLL_GAP = 5;
    /** The most tokens between "toll" and its verb: "from a magnitude 6.9 earthquake that struck ... has". */
    private static final int MAX_TOLL_SUBJECT_TOKENS = 25;
    private static final String STAR = "star";
    private static final String ODD = "odd";
    /** "five kwacha", "four lari": a currency written out after a number in words, not one of its letters. */
    private static final int MIN_WORDED_CURRENCY_CHARS = 4;
    /** The most words between "the" and "toll": "the nationwide monsoon death toll". */
    private static final int MAX_TOLL_MODIFIERS = 3;
    /** What pounds of money are spent on or made of: "5 million pounds of funding". */
    private static final Set<String> MONEY_NOUNS = Set.of("money", "cash", "funding", "funds", "investment",
            "investments", "taxpayers", "public", "spending", "savings", "debt", "debts", "damage",
            "revenue", "aid", "profit", "profits", "losses", "bonuses", "fees", "fines", "compensation", "wages",
            "income", "sales", "assets", "government", "state", "lottery", "business", "contracts", "orders");
    /** Shorter "-ly" words are seldom adverbs: "only", "early", "ally", "rally". */
    private static final int MIN_ADVERB_LENGTH = 5;
    /** Dashes that set off an aside: "1.9 million people – roughly 90% of the population – have been displaced". */
    private static final String ASIDE_DASHES = "\u2013\u2014";
    private static final BigDecimal MAX_LISTED_AGE = BigDecimal.valueOf(120);
    private static final int YEAR_DIGITS = 4;
    /** "weighed", "weighs", "weighing": the verb whose pounds are a weight. */
    private static final String WEIGH = "weigh";
    /** "Of those admitted ,": the tokens from "Of" to the comma. */
    private static final int THOSE_OPENING_TOKENS = 3;
    /** How far before the number the weight's word may stand: "a combined weight of", "weigh between 3 and". */
    private static final int MAX_WEIGHT_GAP = 4;
    private static final BigDecimal FIRST_YEAR = BigDecimal.valueOf(1800);
    private static final BigDecimal LAST_YEAR = BigDecimal.valueOf(2100);
    /**
     * "the number of people confirmed dead in the landslides that buried six villages in Bulambuli district last
     * Wednesday has risen": how far back "the number of" may stand.
     */
    private static final int MAX_NUMBER_OF_TOKENS = 20;
    /** "the most violent crimes,": the words between "most" and the noun it ranks. */
    private static final int MAX_RANKED_NOUN_TOKENS = 4;
    /** The tokens of a country's initials with their full stops: "U.S.", "U.K.". */
    private static final int MAX_INITIALS_TOKENS = 4;
    private static final BigDecimal MAX_TEMPERATURE = BigDecimal.valueOf(140);
    /** "will have risen": the most auxiliaries between a subject and its verb of reaching. */
    private static final int MAX_AUXILIARIES = 2;
    /** The most words of a noun phrase after a figure that a span may measure ("mortgage" over 25 years). */
    private static final int MAX_FIGURE_NOUN_WORDS = 2;
    /** "of South Canterbury's four tries": the words of a possessor between "of" and the whole. */
    private static final int MAX_POSSESSOR_WORDS = 3;
    /** A possessor's word, its apostrophe and its "s". */
    private static final int POSSESSIVE_TOKENS = 3;
    /** Nouns in "-er", singular and plural, that a number before a hyphen makes a kind ("two-wheeler"). */
    private static final String[] KIND_SUFFIXES = {"wheeler", "wheelers", "liner", "liners", "pointer", "pointers",
        "footer", "footers", "pounder", "pounders", "decker", "deckers", "timer", "timers", "hander", "handers"};
    /** A three-pointer, the most a basketball shot scores. */
    private static final int MAX_SHOT_POINTS = 3;
    /** The most tokens of a subject's "of" phrase before a verb of reaching ("of its office suite"). */
    private static final int MAX_SUBJECT_PHRASE_TOKENS = 7;
    /** The most words of a subject read before a verb of reaching ("monthly active users"). */
    private static final int MAX_SUBJECT_WORDS = 4;
    private static final String COUNT = "count";
    private static final String MONEY = "money";
    private static final String PERCENT = "percent";
    private static final String DISTANCE = "distance";
    private static final String DURATION = "duration";
    /** What a parent's number counts: "a mother of five". */
    private static final String CHILDREN = "children";
    private static final String VOTES = "votes";
    private static final String AGE = "age";
    private static final String MEASURE = "measure";
    /** The unit all ages share, after the words that mark them as written ("45-year-old", "aged 45"). */
    private static final String YEARS = "years";
    private static final String PERSON_SINGULAR = "person";
    private static final String PERSON_PLURAL = "people";

    private final Tokens tokens = new Tokens();
    private final NumberReader number = new NumberReader(tokens);
    private final DateReader dates = new DateReader(tokens);
    private final CountedNoun noun = new CountedNoun(tokens);
    private final Qualifiers qualifiers = new Qualifiers(tokens);
    private final LookAlikes lookAlikes = new LookAlikes(tokens);
    private final AgeReader ages = new AgeReader(tokens, number, qualifiers);
    private final SentenceSplitter splitter = new SentenceSplitter();
    /** The chars of the article being scanned, reused from article to article. */
    private char[] chars = new char[4096];

    private List<Figure> figuresOut;
    /** Whether the article's money is in dollars only, once asked ({@link #isDollarCopy}), else null. */
    private Boolean dollarCopy;
    private List<DateMention> datesOut;
    private String text;
    private String section;
    private int sentenceStart;
    private int sentenceEnd;
    private String sentence;

    /** The unit forms of the last counted figure of the sentence, for elided nouns after it. */
    private List<String> lastNoun;
    private boolean lastNounPerson;
    private String lastKind;
    /** The sentence's first counted noun, which a change after a comma ("..., up from 9,340") compares with. */
    private List<String> firstNoun;
    private boolean firstNounPerson;
    /** The last counted noun of the paragraph's sentences before this one, which "N of them" may count. */
    private List<String> earlierNoun;
    private boolean earlierNounPerson;
    private String earlierKind;
    private String lastEvent;
    /** The age word of a number held for the next one: "18" in "aged between 18 and 34". */
    private String heldAge;
    /** The currency of a sum held for the next number: "$5" in "$5-10 million". */
    private String heldCurrency;
    private int lastFigureEnd;
    private boolean lastFigureDuration;
    /** The unit of the last figure of the sentence when it was a duration ("years"), or null. */
    private String lastDurationUnit;
    /** Whether the figure counts a parent's children ("a mother of five"), whom the clause's verb is not about. */
    private boolean childrenOfParent;
    /** How the last figure of the sentence wrote its age ("aged", "years old"), or null when it was no age. */
    private String lastAge;
    /**
     * The unit of the last figure of the sentence when it was a duration, a percentage or a sum in a currency's name,
     * which a bare number compared with it shares ("to 24 months from 18"); null otherwise.
     */
    private String comparedUnit;
    private String comparedKind;
    /** Whether {@link #earlierNoun} was counted in this paragraph, not the one before. */
    private boolean earlierInParagraph;
    /** Whether the last figure opened a change, "from 250 pounds to 1,100". */
    private boolean lastFigureFrom;
    /** Whether "on" stood before the last figure, as before a party's share of a poll: "Labour on 31 per cent". */
    private boolean lastFigureOn;
    /** Whether the last figure stood in a phrase of place ("at the city's 31 schools"), off the clause's subject. */
    private boolean lastFigurePlaced;
    /** Whether the last figure was hyphened to its unit as a modifier ("the two-day game"). */
    private boolean lastFigureCompound;

    /** The figure being read. */
    private String kind;
    private final List<String> unit = new ArrayList<>(4);
    private String event;
    private boolean nounUnit;
    /** Set when the words after the number make it approximate: "in his 30s". */
    private boolean approximate;
    /** Whether the counted noun is person or people. */
    private boolean nounPerson;
    /** The token after the noun of a partitive figure ("Nine of the violators"), whose text ends before "of"; or 0. */
    private int partEnd;
    /** A bare number waiting for the next figure's unit: "72" in "72 of 145 drones". */
    private final Pending pending = new Pending();

    /** Scans the spans of {@code text}, adding their figures and dates in text order. */
    public void scan(String text, List<Span> spans, List<Figure> figures, List<DateMention> found) {
        this.text = text;
        this.figuresOut = figures;
        this.datesOut = found;
        // every rule reads chars by offset; an array is read far faster than String.charAt
        if (chars.length < text.length()) {
            chars = new char[Math.max(text.length(), chars.length * 2)];
        }
        text.getChars(0, text.length(), chars, 0);
        section = null;
        dollarCopy = null;
        for (Span span : spans) {
            scan(span);
        }
    }

    private void scan(Span span) {
        // a span that strays past the text (a splitter bug) must not take the whole article down with it
        int from = Math.max(0, span.start());
        int to = Math.min(text.length(), span.end());
        int amount = from < to ? Tokens.firstAmount(chars, from, to) : -1;
        // "Rescuers pulled 11 people from the debris." / "The other eight were treated.": a paragraph may refer to
        // what the one before it counted, but not to another section's, nor past a paragraph without numbers
        boolean follows = amount >= 0 && span.section().equals(section);
        section = span.section();
        if (follows && (lastNoun != null || earlierInParagraph)) {
            keepLastNounAsEarlier();
            earlierInParagraph = false;
        } else {
            lastNoun = null;
            earlierNoun = null;
        }
        if (amount < 0) {
            return;
        }
        splitter.reset(chars, from, to);
        // most sentences hold no number; only those with one pay for tokens, and none after the last is split
        while (splitter.next()) {
            if (splitter.end() <= amount) {
                continue;
            }
            tokens.scan(chars, splitter.start(), splitter.end());
            scanSentence(splitter.start(), splitter.end());
            amount = Tokens.firstAmount(chars, splitter.end(), to);
            if (amount < 0) {
                return;
            }
        }
    }

    /** Reads the figures of the sentence {@code text[start, end)}, whose tokens are all the tokens held. */
    private void scanSentence(int start, int end) {
        int from = 0;
        int to = tokens.count();
        sentenceStart = start;
        sentenceEnd = end;
        sentence = null;
        lookAlikes.sentence(from, to);
        if (lastNoun != null) {
            earlierInParagraph = true;
        }
        keepLastNounAsEarlier();
        firstNoun = null;
        lastEvent = null;
        lastFigureEnd = -1;
        lastFigureDuration = false;
        lastDurationUnit = null;
        lastAge = null;
        comparedUnit = null;
        pending.clear();
        int t = from;
        while (t < to) {
            if (!mayStartNumber(t)) {
                t++;
                continue;
            }
            int skip = lookAlikes.skip(t, to);
            boolean measuredBase = tokens.glued(t + 1) || tokens.is(t + 1, Lexicon.DURATION | Lexicon.DISTANCE
                    | Lexicon.MEASURE | Lexicon.AREA_PREFIX | Lexicon.CURRENCY);
            if (tokens.isNum(t) && tokens.isWord(t - 1, Words.PER) && !measuredBase) {
                // "49 per 100,000 people", "12.5 deaths per 100,000 residents": a rate's base in people counts
                // nothing, where a quantity priced by its measure stays one ("€390 per 1,000 cubic metres")
                t++;
                continue;
            }
            if (isRange(t, to)) {
                qualifiers.find(t, from);
                number.read(t, to);
                int marker = ages.marker();
                heldAge = marker >= 0 ? tokens.text(marker) : null;
                holdForNextUnit(t, t + 1, to);
                t += 2;
            } else if (skip > t && !isNamedTally(t, skip, to)) {
                t = skip;
            } else if (dates.read(t, to)) {
                datesOut.add(dates.date);
                t = dates.next;
            } else {
                t = Math.max(t + 1, figureAt(t, from, to));
            }
        }
    }

    /**
     * A name's number ("Apollo 11") is no amount, unless it is a name's tally in a list ("won 89 seats, the MCP 53",
     * "Argentina 15 million").
     */
    private boolean isNamedTally(int t, int skip, int to) {
        return skip == t + 1 && !tokens.is(t - 1, Lexicon.DESIGNATOR | Lexicon.RANK) && number.read(t, to)
                && isGappedTally(t, number.next);
    }

    /** The tokenizer's {@link Tokens#mayStart}, with "a" and "several" only before a scale: "a dozen". */
    private boolean mayStartNumber(int t) {
        if (!tokens.mayStart(t)) {
            return false;
        }
        // "A$2.3bn": the Australian dollar's "A" is no article
        return !tokens.isTrigger(t) || !tokens.is(t, Lexicon.ARTICLE | Lexicon.SEVERAL)
                || tokens.is(t + 1, Lexicon.SCALE | Lexicon.DOZEN) || number.isFewOfScale(t)
                || tokens.isSymbol(t + 1, '$') && tokens.glued(t + 1)
                // "a quarter of a percentage point", "a half mile"
                || tokens.isWord(t + 1, Words.QUARTER) || tokens.isWord(t + 1, Words.HALF) || number.isUnitAndAHalf(t);
    }

    /** Reads a figure at {@code t}; returns the token to continue from. */
    private int figureAt(int t, int from, int to) {
        if (!number.read(t, to)) {
            return t + 1;
        }
        qualifiers.find(t, from);
        if (pending.expected != qualifiers.first) {
            pending.clear();
        }
        kind = COUNT;
        unit.clear();
        event = null;
        nounUnit = false;
        nounPerson = false;
        partEnd = 0;
        childrenOfParent = false;
        approximate = false;
        heldAge = null;
        heldCurrency = null;
        int end = measure(t, number.next, from, to);
        if (end != NONE && isMeasured(kind)) {
            end = number.halfAfterUnit(end);
        }
        if (end == NONE) {
            holdForNextUnit(t, number.next, to);
            return number.next;
        }
        // a span next to a figure: "$120m over eight years", "jailed for 12 years over a £4.3m fraud"
        qualifiers.dropPrepositionalOver(qualifiers.first == lastFigureEnd
                && (lastFigureDuration || DURATION.equals(kind) || DISTANCE.equals(kind))
                || DURATION.equals(kind) && closesLastFigure(qualifiers.first));
        // "over 36 years ago", "over 40 years of pastoral work": an age of something or an amount of it is bounded
        qualifiers.dropSpanOver(DURATION.equals(kind) && !tokens.isWord(end, Words.AGO)
                && !tokens.isWord(end, Words.OF));
        qualifiers.dropLocativeUnder(DISTANCE.equals(kind) && tokens.isWord(end, Words.OF));
        if (COUNT.equals(kind) && !childrenOfParent) {
            if (partEnd > 0) {
                // "Nine of the violators arrested": the part's predicate gives its event, its text stays the number;
                // "Two of the injured died": what befell the part outranks the whole's event
                String wholeEvent = event;
                event = null;
                casualtyPredicate(partEnd, to);
                event = event == null ? wholeEvent : event;
            } else {
                end = casualtyPredicate(end, to);
            }
            if (event == null) {
                event = casualtyBefore(qualifiers.first - 1);
            }
            if (event == null && nounUnit) {
                event = nounEvent(from);
            }
            if (event == null) {
                event = casualtyGroupBefore(qualifiers.first);
            }
            if (event == null && lastNoun != null && tokens.isWord(qualifiers.first - 1, Words.INCLUDING)) {
                // "killed 135 people, including 27 girls": a part of a casualty figure shares its event
                event = lastEvent;
            }
            if (event == null && !nounUnit && unit.equals(lastNoun) && !hasOwnVerb(end)
                    && isFunctionWordBefore(qualifiers.first)) {
                // "Four people died in Lismore and another five elsewhere", "61 died, down from 71": the number
                // shares the last figure's noun and, with no verb of its own, its event
                event = lastEvent;
            }
            // "25 drones over three regions": right after a figure, a count of places says where it happened
            if (nounUnit && tokens.is(noun.head, Lexicon.PLACE) && qualifiers.first == lastFigureEnd) {
                qualifiers.dropPlacePreposition();
            }
        } else {
            event = null;
        }
        emit(t, end);
        // "five 50kg bags": the size inside the count's text is read next, as a measure of its own
        return nounUnit && noun.size > t && noun.size < end ? noun.size : end;
    }

    /**
     * Works out what the number at {@code t} measures, its number part ending before {@code n}. Returns the token
     * after the figure or {@link #NONE} when it is no figure.
     */
    private int measure(int t, int n, int from, int to) {
        if (tokens.isSymbol(n, '-') && tokens.glued(n) && tokens.glued(n + 1) && ODD.equals(tokens.word(n + 1))) {
            // "50-odd years": a round number, then what it counts
            approximate = true;
            return measure(t, n + 2, from, to);
        }
        if (tokens.isWord(n, Words.OR) && tokens.isWord(n + 1, Words.SO) && !number.vague) {
            // "another 100 or so cars": a round number, then what it counts
            approximate = true;
            return measure(t, n + 2, from, to);
        }
        if (number.currency != null) {
            // "$5-10 million", "Rs 11,000-12,000": a range of sums writes the currency once ("$779m-798m" reads
            // as a code after its letter, as "MH-17" does)
            if (tokens.isNum(n - 1) && tokens.isAnySymbol(n, "-\u2013") && tokens.glued(n) && tokens.glued(n + 1)
                    && n + 1 < to && tokens.isNum(n + 1)) {
                heldCurrency = number.currency;
                return NONE;
            }
            if (n < to && tokens.is(n, Lexicon.CURRENCY) && !tokens.glued(n) && isDollarSign(number.currency)) {
                // "$6.1 million tala", "$20 tala": the dollar sign of a currency the word after it names
                unit.add(tokens.text(n));
                return set(MONEY, number.currency, n + 1);
            }
            return set(MONEY, number.currency, n);
        }
        if (isStreetNumber(n)) {
            // "100 W. 10th Ave.", "114 W. High St.": a house number and the street's side, no watts
            return NONE;
        }
        if (pending.expected == t && pending.currency != null) {
            if (number.gluedM) {
                number.takeGluedMillion();
            }
            return set(MONEY, pending.currency, number.next);
        }
        int magnitude = magnitudeBefore(t);
        if (magnitude >= 0) {
            return set(MEASURE, tokens.text(magnitude), n);
        }
        if (tokens.isWord(n, Words.OR) && (tokens.isWord(n + 1, Words.MORE) || tokens.isWord(n + 1, Words.LESS))
                && tokens.isWord(n + 2) && !tokens.capitalized(n + 2)) {
            // "four or more people": the bound belongs to the number, the noun comes after it
            n += 2;
        }
        if (number.gluedM) {
            // "4.2m/-": the shillings' mark makes the glued "m" millions
            if (!isMillionAfter(n + 1, to) && !NumberReader.isShillingMark(tokens, n + 1)) {
                return set(DISTANCE, tokens.text(n), n + 1);
            }
            number.takeGluedMillion();
            n = number.next;
        }
        if (tokens.isSymbol(n, '%') && tokens.glued(n) || tokens.is(n, Lexicon.PERCENT)) {
            return set(PERCENT, tokens.text(n), n + 1);
        }
        if (isPerCent(n)) {
            return set(PERCENT, tokens.text(n, n + 2), n + 2);
        }
        int pressure = pressureInPoundsEnd(n);
        if (pressure > 0) {
            // "20 pounds per square inch": a pressure, its unit the whole phrase
            unit.add(tokens.text(n, pressure));
            return set(MEASURE, tokens.text(n), pressure);
        }
        if (isWeightInPounds(n)) {
            return set(MEASURE, tokens.text(n), n + 1);
        }
        // "asteroid 2020 KR4": a currency's letters with a digit glued on are a designation; a number in words names
        // money by a scale or a currency's full word ("two million rand", "five kwacha"), not by a letter
        boolean currencyAfterWords = number.scale > 1 || tokens.length(n) >= MIN_WORDED_CURRENCY_CHARS;
        if (tokens.is(n, Lexicon.CURRENCY) && (!number.words || currencyAfterWords) && !isCentLookAlike(t, n)
                && !(tokens.glued(n + 1) && tokens.isNum(n + 1))) {
            return subunitAfter(n);
        }
        if (isCodeAfterSum(n)) {
            return set(MONEY, tokens.text(n), n + 1);
        }
        if (NumberReader.isShillingMark(tokens, n)) {
            return set(MONEY, tokens.text(n, n + 2), n + 2);
        }
        if (tokens.isWord(n, Words.WON) && isLargeSum()) {
            // "520 billion won": Korea's currency after a sum no count of wins reaches
            return set(MONEY, tokens.text(n), n + 1);
        }
        int named = namedCurrency(n);
        if (named > 0) {
            return set(MONEY, tokens.text(named), named + 1);
        }
        if (tokens.glued(n) && tokens.isWord(n) && tokens.first(n) == ORDINAL_DEGREE && tokens.length(n) <= 2) {
            // "38\u00baC": the ordinal sign some keyboards type for the degree, which reads as a letter
            return set(MEASURE, tokens.text(n), n + 1);
        }
        // "-35 °C": the degree sign may stand apart from the number when the scale's letter is glued to it
        boolean spacedDegree = tokens.isSymbol(n, '°') && tokens.isWord(n + 1) && tokens.glued(n + 1)
                && isTemperatureScale(n + 1);
        if (tokens.isSymbol(n, '°') && (tokens.glued(n) || spacedDegree)) {
            boolean letter = tokens.isWord(n + 1) && tokens.glued(n + 1) && tokens.length(n + 1) == 1;
            if (letter && COMPASS_POINTS.indexOf(tokens.first(n + 1)) >= 0) {
                // "60°S", "23°E": a latitude or longitude, no measure of anything
                return NONE;
            }
            int k = letter ? n + 2 : n + 1;
            return set(MEASURE, tokens.text(n, k), k);
        }
        if (tokens.isAnySymbol(n, "-–") && tokens.glued(n) && tokens.glued(n + 1) && tokens.isWord(n + 1)) {
            return compoundAdjective(n, to);
        }
        int decade = ages.decadeEnd(t, n);
        if (decade > 0) {
            approximate = true;
            return age(YEARS, decade);
        }
        if (tokens.glued(n) && tokens.isWord(n, Words.IN)
                && !(tokens.glued(n + 1) && (tokens.isWord(n + 1) || tokens.isNum(n + 1)))) {
            // "13ft 3in", "a 12in pipe": "in" glued to a number is the inch, as the preposition never is
            return set(DISTANCE, tokens.text(n), n + 1);
        }
        if (tokens.glued(n) && tokens.isWord(n) && !tokens.is(n, Lexicon.DURATION | Lexicon.DISTANCE
                | Lexicon.MEASURE | Lexicon.AREA_PREFIX)) {
            if (isSecondsAfterDecimals(n)) {
                // "9.58s", "1.327s": a race time; "the 1990s" is a decade
                return set(DURATION, tokens.text(n), n + 1);
            }
            return isTemperatureScale(n) ? set(MEASURE, tokens.text(n), n + 1) : NONE;
        }
        if (isSpacedTemperature(t, n, to)) {
            return set(MEASURE, tokens.text(n), n + 1);
        }
        if (tokens.glued(n) && tokens.length(n) == 1 && CharKinds.isUpperCase(tokens.first(n))
                && !tokens.isWord(n, Words.W)) {
            // "4G", "3D": a capital letter glued to a number names a technology, not grams or metres; the watt's
            // symbol is the one unit written so ("65W wired charging")
            return NONE;
        }
        int yearsOld = ages.yearsOldEnd(n);
        if (yearsOld > 0) {
            return age(tokens.text(n, yearsOld), yearsOld);
        }
        int otherOld = ages.otherUnitOldEnd(n);
        if (otherOld > 0) {
            // "a baby just six weeks old": an age in other units than years
            return set(AGE, tokens.text(n), otherOld);
        }
        int marker = ages.marker();
        if (marker >= 0) {
            int next = nextNumberAfterJoiner(n, to);
            // "A woman aged 42 and two teenage boys": the number after "and" counts people of its own
            boolean countAfter = next >= 0 && noun.read(next + 1, to, false) && !tokens.is(noun.head, Lexicon.DURATION);
            if (next >= 0 && !countAfter) {
                // the pair's second number may bring its own words: "from 18 to 62 years old"
                heldAge = tokens.text(marker);
                return NONE;
            }
            if (tokens.is(n, Lexicon.DURATION) && !tokens.word(n).startsWith("year")) {
                // "aged 18 months": an age counted in other units than years, which the age then holds
                return set(AGE, tokens.text(n), n + 1);
            }
            return age(tokens.text(marker), n);
        }
        // "Smith scored four tries and Jones, two": after a count of things, a number in words is one more
        boolean tallyInWords = number.words && lastNoun != null && !lastNounPerson;
        if (!tallyInWords && ages.apposed(t, n, to)) {
            return age(YEARS, n);
        }
        if (tokens.is(n, Lexicon.DURATION | Lexicon.DISTANCE | Lexicon.MEASURE) && !isNamePart(n)
                && !isGameHalf(n) && !isDegreeOfStudy(n)) {
            return unitWord(t, n);
        }
        if (tokens.isWord(n) && Lexicon.UNIT_MODIFIERS.contains(tokens.id(n)) && tokens.is(n + 1, Lexicon.DISTANCE)) {
            // "420 nautical miles": the unit in full, then its last word, as others may write it
            unit.add(tokens.text(n, n + 2));
            return set(DISTANCE, tokens.text(n + 1), n + 2);
        }
        // "150 basis-point cut": the rate's words joined by a hyphen
        int point = tokens.isSymbol(n + 1, '-') && tokens.glued(n + 1) && tokens.glued(n + 2) ? n + 2 : n + 1;
        if (tokens.is(n, Lexicon.RATE_PREFIX) && (tokens.endsWith(point, "point") || tokens.endsWith(point, "points"))
                && tokens.length(point) <= "points".length()) {
            // "1 percentage point higher": the unit ends at "point", whatever word follows
            unit.add(tokens.text(n, point + 1));
            return set(PERCENT, tokens.text(point), point + 1);
        }
        int lengthUnit = areaUnit(n);
        if (lengthUnit > 0) {
            unit.add(tokens.text(n, lengthUnit + 1));
            int end = lengthUnit + 1;
            if (tokens.isWord(end, Words.PER) && tokens.is(end + 1, Lexicon.DURATION)) {
                // a flow: "150 cubic metres per second", also matched as its volume
                unit.add(tokens.text(n, end + 2));
                end += 2;
            }
            return set(MEASURE, tokens.text(lengthUnit), end);
        }
        // a vague plural reaches its noun only through "of": "hundreds of people", never "millions buy players"
        int s = number.vague ? (tokens.isWord(n, Words.OF) || isMoreBeforeNoun(n) ? n + 1 : to) : n;
        // "Of the 348 riders, 61 suffered fractures": a part of the whole the sentence opened with, then its verb
        boolean partThenVerb = noun.isPastTense(n) && (isPartOfOpeningWhole(qualifiers.first)
                || tokens.isWord(0, Words.OF) && tokens.isSymbol(qualifiers.first - 1, ','));
        // "a family of five currently stands at ...": a body's size, its members, when an adverb follows
        boolean bodySize = tokens.isWord(t - 1, Words.OF) && tokens.is(t - 2, Lexicon.COLLECTIVE)
                && tokens.isWord(n) && tokens.endsWith(n, "ly");
        if (tokens.isWord(qualifiers.first - 1, Words.RECORD) && isCrowdAfter(qualifiers.first, n)) {
            // "Record 1,214 crowd sees ...": a record is a body of people's size, before a verb the noun reader
            // could take for a plural ("the three group winners" go on with their noun)
            return crowd(n);
        }
        if (tokens.capitalized(n) && isParentsNumber(qualifiers.first) && !number.vague) {
            // "Mum-of-two Kelly Barnes": the name after the children's number is the parent's
            return childrenOfParent(n);
        }
        if (s < to && !partThenVerb && !bodySize && noun.read(s, to, isOne())) {
            if (isTimeIdiom(t, noun.head)) {
                return NONE;
            }
            if (!number.words && tokens.is(t - 1, Lexicon.ARTICLE) && qualifiers.qualifier == null
                    && number.next == t + 1) {
                return NONE;
            }
            int head = noun.head;
            if (isMultiplier(t, head) || isShoutedCounter(head)) {
                return NONE;
            }
            kind = tokens.is(head, Lexicon.CURRENCY) ? MONEY
                    : tokens.is(noun.unitFirst, Lexicon.AREA_PREFIX) ? MEASURE
                    : isRatePoints(head) ? PERCENT : isLightYears(head) ? DISTANCE
                    : isMeteringDevice(head) ? COUNT : kindOfUnit(head);
            addNounUnit();
            nounPerson = tokens.is(head, Lexicon.PERSON);
            if (nounPerson) {
                unit.add(otherPersonForm(head));
            }
            nounUnit = true;
            int rate = perBaseEnd(head);
            if (rate > 0) {
                // "five beats per minute", "300 parts per million": a rate whose base is a time or a scale, also
                // matched as its plural
                unit.add(tokens.text(noun.unitFirst, rate));
                // a concentration measures its stuff, as "12 ppm" does
                kind = isParts(head) && tokens.is(head + 2, Lexicon.SCALE) ? MEASURE : kind;
                return rate;
            }
            return head + 1;
        }
        int modifierEnd = modifierOfNextNoun(n, to);
        if (modifierEnd > 0) {
            // "85 full-time and 40 part-time positions", "12 male and nine female students": the noun after the
            // second number counts the first as well
            kind = kindOfUnit(noun.head);
            unit.add(tokens.text(noun.head));
            nounUnit = true;
            return modifierEnd;
        }
        // "launched 28 more of its Starlink satellites": more of the same, counted by the noun after "of"
        int partitive = tokens.isWord(n, Words.MORE) && tokens.isWord(n + 1, Words.OF) ? partitive(n + 1, to)
                : partitive(n, to);
        return partitive > 0 ? partitive : elided(n, from, to);
    }

    /**
     * The token after the modifier at {@code n} (or the modifier, when it holds a number) when "and" or "or",
     * another number and its noun follow, with that noun read into {@link #noun}; or -1. The modifier is one plain
     * word or two joined by a hyphen, and no verb: "three new and two used cars", not "three fled and two stayed".
     */
    private int modifierOfNextNoun(int n, int to) {
        boolean compound = tokens.isSymbol(n + 1, '-') && tokens.glued(n + 1) && tokens.glued(n + 2)
                && tokens.isWord(n + 2);
        int end = compound ? n + 3 : n + 1;
        boolean modifier = tokens.isWord(n) && !tokens.capitalized(n) && !tokens.is(n, Lexicon.STOP | Lexicon.CASUALTY)
                && !noun.isPastTense(n) && !CountedNoun.looksPlural(tokens, end - 1);
        if (!modifier || !tokens.isWord(end, Words.AND) && !tokens.isWord(end, Words.OR)
                || !isAmount(end + 1) || !tokens.isWord(end + 2)) {
            return -1;
        }
        if (!noun.read(end + 2, to, false)) {
            return -1;
        }
        // "168 two-bedroom and 252 three-bedroom apartments": a modifier holding a number is a figure of its own
        return isAmount(n) ? n : end;
    }

    /**
     * "one in five were", "nine out of ten were": with no noun of its own, the number after the part of a ratio is
     * its whole.
     */
    private boolean isRatioWhole(int q) {
        int joiner = tokens.isWord(q - 1, Words.EVERY) ? q - 2 : q - 1;
        int part = tokens.isWord(joiner, Words.IN) ? joiner - 1
                : tokens.isWord(joiner, Words.OF) && tokens.isWord(joiner - 1, Words.OUT) ? joiner - 2 : -1;
        return part >= 0 && (tokens.is(part, Lexicon.NUMBER)
                || tokens.isNum(part) && tokens.length(part) < YEAR_DIGITS);
    }

    /**
     * "one in five", "4 in 10", "one in every 72": a small number before "in" and another number (not a time) is a
     * ratio's part.
     */
    private boolean isRatioPart(int n) {
        // "nine out of ten" reads as "one in five" does
        int in = tokens.isWord(n, Words.OUT) && tokens.isWord(n + 1, Words.OF) ? n + 1 : n;
        int whole = tokens.isWord(in + 1, Words.EVERY) ? in + 2 : in + 1;
        // "up from nine in 2019": a year after "in" dates the number
        boolean year = tokens.isNum(whole) && tokens.length(whole) == YEAR_DIGITS;
        return (tokens.isWord(in, Words.IN) || in > n) && (tokens.isNum(whole) || tokens.is(whole, Lexicon.NUMBER))
                && !year && !tokens.is(whole + 1, Lexicon.DURATION) && number.value.compareTo(BigDecimal.TEN) <= 0;
    }

    /** The end of "per minute" or "per million" after the counted noun at {@code head}, or -1. */
    private int perBaseEnd(int head) {
        boolean base = tokens.isWord(head + 2) && tokens.is(head + 2, Lexicon.DURATION | Lexicon.SCALE);
        return tokens.isWord(head + 1, Words.PER) && base ? head + 3 : -1;
    }

    /**
     * "two-wheeler sales", "a one-liner", "a 40-footer": a noun in "-er" after the hyphen names a kind of thing by
     * what it has, not an amount of it.
     */
    private boolean isKindByNumber(int w) {
        for (String suffix : KIND_SUFFIXES) {
            if (tokens.endsWith(w, suffix)) {
                return true;
            }
        }
        return false;
    }

    /**
     * "3-point range", "a two-point conversion": the points a basketball or football score is worth name the kind
     * of shot or play after them, which the number does not count.
     */
    private boolean isShotClass(int w) {
        return tokens.isWord(w, Words.POINT) && number.value.compareTo(BigDecimal.valueOf(MAX_SHOT_POINTS)) <= 0
                && tokens.isWord(w + 1) && Lexicon.SHOT_WORDS.contains(tokens.id(w + 1));
    }

    /** "5 million M-Pesa users": a capital joined by a hyphen opens a name, it is no unit. */
    /** "three second-half touchdown passes": the game's second half, no seconds. */
    private boolean isGameHalf(int n) {
        return tokens.length(n) == SECOND.length() && tokens.endsWith(n, SECOND) && tokens.isSymbol(n + 1, '-')
                && tokens.glued(n + 1) && tokens.glued(n + 2) && tokens.isWord(n + 2, Words.HALF);
    }

    /** "a dozen degree programs": a course of study, no degrees, before the plural it qualifies. */
    private boolean isDegreeOfStudy(int n) {
        return tokens.length(n) == DEGREE.length() && tokens.endsWith(n, DEGREE) && tokens.isWord(n + 1)
                && !tokens.capitalized(n + 1) && !tokens.is(n + 1, Lexicon.STOP | Lexicon.MEASURE)
                && CountedNoun.looksPlural(tokens, n + 1);
    }

    private boolean isNamePart(int n) {
        return tokens.capitalized(n) && (tokens.isSymbol(n + 1, '-') && tokens.glued(n + 1) && tokens.glued(n + 2)
                || tokens.isNum(n + 1) && tokens.glued(n + 1));
    }

    /** A plural noun at {@code k}, not a verb of the predicate: "the injured soldiers", not "the injured were". */
    private boolean isNounAt(int k) {
        return CountedNoun.looksPlural(tokens, k) && !tokens.is(k, Lexicon.STOP | Lexicon.PREDICATE_GAP);
    }

    /** "dozens more people", "hundreds more troops": a vague amount reaches its noun past "more". */
    private boolean isMoreBeforeNoun(int n) {
        return tokens.isWord(n, Words.MORE) && isNounAt(n + 1);
    }

    /**
     * "magnitude 7.8", "magnitude-7.8", "a magnitude of 5.6", "puts its magnitude at 6.9": the scale named before the
     * number; or -1.
     */
    private int magnitudeBefore(int t) {
        int before = tokens.isSymbol(t - 1, '-') && tokens.glued(t) || tokens.isWord(t - 1, Words.OF)
                || tokens.isWord(t - 1, Words.AT) ? t - 2 : t - 1;
        return tokens.isWord(before, Words.MAGNITUDE) ? before : -1;
    }

    /** "124 light years", "41 light-years": years of light's travel measure a distance. */
    private boolean isLightYears(int head) {
        int light = tokens.isSymbol(head - 1, '-') && tokens.glued(head - 1) && tokens.glued(head) ? head - 2 : head - 1;
        return tokens.is(head, Lexicon.DURATION) && light >= noun.unitFirst && tokens.endsWith(light, "light")
                && tokens.length(light) == "light".length();
    }

    /**
     * "4,000 aging water meters", "200 smart meters": a word before "meters" in the noun makes them devices counted,
     * as no length in metres takes one but a square or cubic measure's.
     */
    private boolean isMeteringDevice(int head) {
        boolean meters = tokens.length(head) == METERS.length() && tokens.endsWith(head, METERS);
        return meters && noun.unitFirst < head && tokens.isWord(head - 1) && !tokens.is(head - 1, Lexicon.AREA_PREFIX)
                && !tokens.capitalized(head - 1);
    }

    /** "1.6 percentage points", "50 basis points": points of a rate. */
    private boolean isRatePoints(int head) {
        return tokens.is(head - 1, Lexicon.RATE_PREFIX) && noun.unitFirst < head
                && (tokens.endsWith(head, "points") || tokens.endsWith(head, "point"));
    }

    /** "665 SHARES", "12 COMMENTS": a counter of a page's furniture, set in capitals. */
    private boolean isShoutedCounter(int head) {
        if (tokens.length(head) < 4) {
            return false;
        }
        char[] text = tokens.source();
        for (int i = tokens.start(head); i < tokens.end(head); i++) {
            if (!CharKinds.isUpperCase(text[i])) {
                return false;
            }
        }
        return true;
    }

    /**
     * "four times more likely", "three times the size", "ten times that", "three times a normal match", "four times
     * oversubscribed", "will fall by 2-3 times": a multiplier, not an amount of times. Read on the word after "times":
     * a comparative, a participle, a determiner, a possessive or a "that" standing alone; or on "by" before the number
     * or the range it closes.
     */
    private boolean isMultiplier(int t, int head) {
        if (!tokens.is(head, Lexicon.TIMES)) {
            return false;
        }
        int before = tokens.isAnySymbol(t - 1, "-\u2013") && tokens.isNum(t - 2) ? t - 3 : t - 1;
        // "up 2.5 times from a year earlier", "oversubscribed 16.2 times": a fraction of a time is no count of them
        boolean fraction = number.value.stripTrailingZeros().scale() > 0;
        // "trading at 30 times earnings": a price's multiple
        if (tokens.isWord(before, Words.BY) || tokens.isWord(before, Words.AT) || fraction) {
            return true;
        }
        int next = tokens.id(head + 1);
        // "ten times that,", "three times its size", "three times what we did", "from Sydney to Perth three times
        // over"; "three times that month" counts
        boolean overAlone = next == Words.OVER && !tokens.isWord(head + 2) && !tokens.isNum(head + 2);
        // "roughly three times a normal home match"; "three times a week" counts how often
        boolean againstOne = tokens.is(head + 1, Lexicon.ARTICLE) && !tokens.is(head + 2, Lexicon.DURATION);
        if (next == Words.MORE || next == Words.LESS || next == Words.AS || next == Words.THE || next == Words.WHAT
                || next == Words.THAT && !tokens.isWord(head + 2) || tokens.is(head + 1, Lexicon.POSSESSIVE)
                || overAlone || againstOne) {
            return true;
        }
        return tokens.length(head + 1) > 4 && (tokens.endsWith(head + 1, "er") || tokens.endsWith(head + 1, "ed"));
    }

    /**
     * "three million of the consoles", "nine of its lawmakers": a number before "of" and a determiner counts the
     * noun after it; "45 of them" counts the sentence's earlier noun, or people when a casualty word or "who"
     * follows ("two of those arrested"). The figure's text is the number alone, as for "72 of 145 drones", whose
     * whole is a figure of its own. Returns the token after the figure, or 0.
     */
    private int partitive(int n, int to) {
        boolean speakers = tokens.isWord(n + 1, Words.US) || tokens.isWord(n + 1, Words.YOU);
        if (!isOne() && tokens.isWord(n, Words.OF) && speakers && !tokens.capitalized(n + 1)) {
            // "nearly 300 of us on the fifth floor", "the 40 of you who wrote": people, the speakers or the spoken to
            addPersonForms();
            partEnd = n + 2;
            return n;
        }
        if (isOne() || !tokens.isWord(n, Words.OF) || !tokens.is(n + 1, Lexicon.POSSESSIVE | Lexicon.DEMONSTRATIVE)
                || heldForNextUnit(n, to)) {
            return 0;
        }
        int d = n + 1;
        if (tokens.isWord(d, Words.THE) && tokens.is(d + 1, Lexicon.CASUALTY) && !isNounAt(d + 2)) {
            // "Eleven of the injured were ...", "four of the dead": the casualty word stands for the people
            event = Lexicon.event(tokens.id(d + 1));
            unit.add(tokens.text(d + 1));
            addPersonForms();
            partEnd = d + 2;
            return n;
        }
        // "20 of which cover areas": after a pronoun the words go on with its clause
        boolean pronoun = tokens.isWord(d, Words.THEM) || tokens.isWord(d, Words.WHICH) || tokens.isWord(d, Words.WHOM);
        if (!pronoun && noun.read(d + 1, to, false)) {
            kind = kindOfUnit(noun.head);
            addNounUnit();
            nounUnit = true;
            partEnd = noun.head + 1;
            return n;
        }
        if (!tokens.is(d, Lexicon.DEMONSTRATIVE) || tokens.isWord(d, Words.THE)) {
            return 0;
        }
        if (lastNoun != null && !lastMeasured()) {
            // "60 people were arrested - 45 of them in the US": the pronoun stands for the sentence's noun, and its
            // figure shares that noun's event, unless a casualty verb follows ("20 wounded ... five of them died";
            // "treated, 37 of whom in hospital" says where they were; "71 injured ... four of them fatally" died);
            // never for a measure ("180 kilometres, where 31 of them were sold")
            kind = lastKind;
            int casualty = casualtyAfter(d + 1, to);
            boolean fate = casualty >= 0 && !tokens.isWord(casualty, Words.HOSPITAL);
            event = tokens.isWord(d + 1, Words.FATALLY) ? Lexicon.DEATHS_EVENT : fate ? eventAt(casualty) : lastEvent;
            addSharedForms();
            return n;
        }
        int casualty = tokens.is(d + 1, Lexicon.CASUALTY) ? d + 1 : casualtyAfter(d + 1, to);
        if (casualty >= 0 || tokens.is(d + 1, Lexicon.RELATIVE)) {
            // "61 of those arrested", "three of those who were targeted", "four of these were detained": the people
            // the casualty word names, and its event
            if (casualty >= 0 && event == null) {
                event = eventAt(casualty);
            }
            addPersonForms();
            return n;
        }
        return 0;
    }

    /**
     * "one day", "at one point", "one time", "one way": "one" before a noun of indefinite reference is an idiom
     * unless something states an extent ("for one day", "within one week", "only one night") or an offset follows
     * ("one day later", "one week after the vote") or a margin does ("one point ahead of", "one day behind").
     */
    private boolean isTimeIdiom(int t, int noun) {
        // "for one night", "only one thing" state an extent; "in one go" is all at once
        boolean extent = tokens.is(t - 1, Lexicon.EXTENT) && !tokens.isWord(noun, Words.GO);
        return tokens.is(noun, Lexicon.IDIOM_NOUN) && number.words && isOne() && qualifiers.qualifier == null
                && !extent && !tokens.is(noun + 1, Lexicon.AGO)
                && !tokens.isWord(noun + 1, Words.AHEAD) && !tokens.isWord(noun + 1, Words.BEHIND);
    }

    private int unitWord(int t, int n) {
        if (isTimeIdiom(t, n) || isClockOffset(n)) {
            return NONE;
        }
        boolean speedInWords = tokens.is(n, Lexicon.DISTANCE) && tokens.is(n + 1, Lexicon.ARTICLE)
                && tokens.is(n + 2, Lexicon.DURATION) && !CountedNoun.looksPlural(tokens, n + 2);
        if (tokens.isWord(n + 1, Words.PER) && tokens.is(n + 2, Lexicon.DURATION) || speedInWords) {
            // a rate: "140 miles per hour", "60 kilometres an hour", also matched as its plain unit
            unit.add(tokens.text(n, n + 3));
            return set(MEASURE, tokens.text(n), n + 3);
        }
        if (tokens.is(n, Lexicon.MEASURE) && tokens.isWord(n + 1, Words.PER) && tokens.is(n + 2, Lexicon.AREA_PREFIX)
                && tokens.is(n + 3, Lexicon.DISTANCE)) {
            // a concentration in words: "350 micrograms per cubic metre", also matched as its plain unit
            unit.add(tokens.text(n, n + 4));
            return set(MEASURE, tokens.text(n), n + 4);
        }
        boolean perSecond = tokens.length(n + 2) == 1 && tokens.endsWith(n + 2, "s");
        if (tokens.isSymbol(n + 1, '/') && tokens.glued(n + 1) && tokens.glued(n + 2)
                && (tokens.is(n + 2, Lexicon.DURATION) || perSecond)) {
            // a rate written with a slash: "70km/h", "692,000 km/h", "14.9 GB/s"
            return set(MEASURE, tokens.text(n, n + 3), n + 3);
        }
        if (tokens.is(n, Lexicon.MEASURE) && tokens.isSymbol(n + 1, '-') && tokens.glued(n + 1) && tokens.glued(n + 2)
                && tokens.is(n + 2, Lexicon.DURATION | Lexicon.DISTANCE)) {
            // energy or volume written with a hyphen: "1,100 terawatt-hours", "1.41 million acre-feet", also matched
            // as its first word
            unit.add(tokens.text(n, n + 3));
            return set(MEASURE, tokens.text(n), n + 3);
        }
        if (tokens.is(n, Lexicon.MEASURE) && tokens.endsWith(n, "watt") && tokens.is(n + 1, Lexicon.DURATION)
                && tokens.word(n + 1).startsWith(HOUR)) {
            // energy with a space: "3.5 kilowatt hours", also matched as its first word
            unit.add(tokens.text(n, n + 2));
            return set(MEASURE, tokens.text(n), n + 2);
        }
        if ((tokens.isWord(n, Words.DEGREES) || tokens.isWord(n, Words.DEGREE))
                && (isTemperatureScale(n + 1) || isTemperatureScaleWord(n + 1))) {
            // "88 degrees Fahrenheit", "30 degrees C", "1 degree Celsius", also matched as its plain unit
            unit.add(tokens.text(n, n + 2));
            return set(MEASURE, tokens.text(n), n + 2);
        }
        int people = shiftOfPeopleEnd(n);
        if (people > 0) {
            // "120,000 day visitors", "900 day-trippers": the time word names a kind of people, not how long
            unit.add(tokens.text(n, people));
            return set(COUNT, tokens.text(people - 1), people);
        }
        if (tokens.is(n, Lexicon.DISTANCE) && isPowerAt(n + 1)) {
            // an area or volume: "9,064 km\u00b2", "40 m\u00b3"
            return set(MEASURE, tokens.text(n, n + 2), n + 2);
        }
        if (tokens.isSymbol(n + 1, '/') && tokens.glued(n + 1) && tokens.glued(n + 2)
                && tokens.is(n + 2, Lexicon.DISTANCE) && isPowerAt(n + 3)) {
            // a concentration: "37.5 \u00b5g/m\u00b3"
            return set(MEASURE, tokens.text(n, n + 4), n + 4);
        }
        return set(kindOfUnit(n), tokens.text(n), n + 1);
    }

    /**
     * "day" or "night" at {@code n} before a lower-case plural of people, apart ("day visitors", "night nurses") or
     * hyphened ("day-trippers"): the token after the people, or -1.
     */
    private int shiftOfPeopleEnd(int n) {
        if (isOne() || !tokens.isWord(n, Words.DAY) && !tokens.isWord(n, Words.NIGHT)) {
            return -1;
        }
        boolean hyphen = tokens.isSymbol(n + 1, '-') && tokens.glued(n + 1) && tokens.glued(n + 2);
        int people = hyphen ? n + 2 : n + 1;
        boolean apart = hyphen || !tokens.glued(people);
        return apart && !tokens.capitalized(people) && CountedNoun.isPersonPlural(tokens, people) ? people + 1 : -1;
    }

    /** A square or cube sign glued to the unit before it. */
    private boolean isPowerAt(int k) {
        return tokens.glued(k) && (tokens.isSymbol(k, '\u00b2') || tokens.isSymbol(k, '\u00b3'));
    }

    private boolean isTemperatureScaleWord(int k) {
        return tokens.isWord(k, Words.CELSIUS) || tokens.isWord(k, Words.FAHRENHEIT)
                || tokens.isWord(k, Words.CENTIGRADE);
    }

    /**
     * The length unit after an area or volume word at {@code n} ("square km", "sq. ft", "cubic metres"), or
     * {@link #NONE}. Abbreviated units are no plural nouns, so the counted-noun reading never reaches them. An area
     * or volume is a measure, not a distance.
     */
    private int areaUnit(int n) {
        if (!tokens.is(n, Lexicon.AREA_PREFIX)) {
            return NONE;
        }
        int u = tokens.isSymbol(n + 1, '.') && tokens.glued(n + 1) ? n + 2 : n + 1;
        return tokens.is(u, Lexicon.DISTANCE) ? u : NONE;
    }

    /** The counted noun as written, then its head alone, which is how others may name it: "police officers". */
    private void addNounUnit() {
        unit.add(tokens.text(noun.unitFirst, noun.head + 1));
        if (noun.countsBeforeNumbers) {
            String counted = tokens.text(noun.unitFirst);
            unit.add(tokens.is(noun.unitFirst, Lexicon.IRREGULAR_PLURAL) ? counted.toLowerCase(Locale.ROOT)
                    : Plurals.of(counted));
            return;
        }
        int head = noun.head;
        // "runners-up": the plural that opens the compound names it, not the particle that closes it
        while (tokens.is(noun.head, Lexicon.STOP) && head > noun.unitFirst && tokens.isSymbol(head - 1, '-')
                && tokens.glued(head)) {
            head -= 2;
        }
        if (noun.unitFirst < noun.head) {
            unit.add(tokens.text(head));
        }
    }

    /** "two minutes past midnight", "ten minutes past six": minutes counted from an hour name a clock time. */
    private boolean isClockOffset(int n) {
        if (!tokens.isWord(n + 1, Words.PAST)) {
            return false;
        }
        int k = n + 2;
        return tokens.isNum(k) || tokens.is(k, Lexicon.NUMBER | Lexicon.CLOCK);
    }

    /**
     * "10-day", "45-year-old", "20-year-olds", "12-member": a number glued to a word by a hyphen. "one-" with a word
     * that is no unit is a fixed adjective ("one-way", "one-off", "one-man"), not a count.
     */
    private int compoundAdjective(int n, int to) {
        int w = n + 1;
        if (Lexicon.FRACTIONS.contains(tokens.id(w)) || tokens.is(w, Lexicon.NUMBER)) {
            // "two-thirds", "first five-eighth": a fraction, or the rugby position named after one; "a Kenyan
            // one-two-three": places on a podium
            return NONE;
        }
        int yearsOld = ages.yearsOldEnd(w);
        if (yearsOld > 0) {
            return age(tokens.text(w, yearsOld), yearsOld);
        }
        int otherOld = ages.otherUnitOldEnd(w);
        if (otherOld > 0 && (tokens.is(otherOld, Lexicon.PERSON_NOUN | Lexicon.PERSON)
                || Lexicon.AGED_ANIMALS.contains(tokens.id(otherOld)))) {
            // "a two-month-old baby" or "puppy" is an age; "a 19-month-old presidency" is how long something has
            // lasted
            return set(AGE, tokens.text(w, otherOld), otherOld);
        }
        if (number.value.signum() == 0 || tokens.length(w) == STAR.length() && tokens.endsWith(w, STAR)) {
            // "zero-gravity", "zero-tolerance": a compound of nothing names a kind of thing; "a four-star hotel", a
            // class
            return NONE;
        }
        if (tokens.is(w, Lexicon.DURATION | Lexicon.DISTANCE | Lexicon.MEASURE | Lexicon.PERCENT)) {
            return set(kindOfUnit(w), tokens.text(w), w + 1);
        }
        if (tokens.is(w, Lexicon.CURRENCY) && !isOne()) {
            // "a 4.3-billion-zloty contract" costs; "a 220-pound defenseman" weighs, as a sum in pounds is "\u00a3220";
            // "one-euro jobs" are a kind of job
            return set(tokens.isWord(w, Words.POUND) ? MEASURE : MONEY, tokens.text(w), w + 1);
        }
        if (tokens.isWord(w, Words.PER) && tokens.isSymbol(w + 1, '-') && tokens.glued(w + 1) && tokens.glued(w + 2)
                && tokens.isWord(w + 2, Words.CENT)) {
            // "a 9.3-per-cent rise"
            return set(PERCENT, tokens.text(w, w + 3), w + 3);
        }
        boolean hyphenThenWord = tokens.isSymbol(w + 1, '-') && tokens.glued(w + 1) && tokens.glued(w + 2);
        boolean area = tokens.is(w, Lexicon.AREA_PREFIX) && tokens.is(w + 2, Lexicon.DISTANCE);
        boolean rate = tokens.is(w, Lexicon.RATE_PREFIX) && tokens.isWord(w + 2, Words.POINT);
        if (hyphenThenWord && (area || rate)) {
            // "a 25-square-metre shop", "a 150-basis-point cut", "a one-percentage-point rise"
            unit.add(tokens.text(w, w + 3));
            return set(area ? MEASURE : PERCENT, tokens.text(w + 2), w + 3);
        }
        if (tokens.isWord(w, Words.STRONG) && tokens.isWord(w + 1) && !tokens.capitalized(w + 1)
                && !tokens.is(w + 1, Lexicon.STOP)) {
            // "a 5,000-strong force": the number counts the noun it sizes, or what that noun is made of ("the
            // 500,000-strong stock of consoles")
            if (tokens.isWord(w + 2, Words.OF) && noun.read(w + 3, to, false)) {
                addNounUnit();
                return noun.head + 1;
            }
            return set(COUNT, tokens.text(w + 1), w + 2);
        }
        if (tokens.isWord(w, Words.PLUS) && noun.read(w + 1, to, false)) {
            // "the other 50-plus schools", "two-plus years": the number, at least, of the noun after it
            kind = kindOfUnit(noun.head);
            addNounUnit();
            return noun.head + 1;
        }
        if (!isOne() && tokens.is(w, Lexicon.TIMES)) {
            // "four-time champion", "three-times winner": a count of times
            return set(COUNT, tokens.text(w), w + 1);
        }
        // "at one point" is an idiom, "a 15-point lead" counts points ("a two-stage vote" stages), "from 3-point
        // range" names a basketball shot
        boolean idiom = tokens.is(w, Lexicon.IDIOM_NOUN) && !tokens.isWord(w, Words.POINT)
                && !tokens.isWord(w, Words.STAGE) || isShotClass(w)
                || isKindByNumber(w);
        boolean plainWord = w < to && !isOne() && !tokens.capitalized(w) && !idiom
                && !tokens.is(w, Lexicon.STOP | Lexicon.MODIFIER)
                && !CountedNoun.looksPlural(tokens, w) && !(tokens.isSymbol(w + 1, '-') && tokens.glued(w + 1));
        return plainWord ? set(COUNT, tokens.text(w), w + 1) : NONE;
    }

    /**
     * An age keeps the words that made it one as written ("year-old", "years old", "aged"), then "years", the unit
     * every age shares, so that all ways of writing an age compare equal on that second form.
     */
    private int age(String written, int end) {
        kind = AGE;
        unit.add(written);
        if (!written.equalsIgnoreCase(YEARS)) {
            unit.add(YEARS);
        }
        return end;
    }

    /** No noun follows: a casualty word standing for it, a neighbour's noun, or a casualty noun before. */
    private int elided(int n, int from, int to) {
        if (Lexicon.FRACTIONS.contains(tokens.id(n)) || isRatioPart(n) || isRatioWhole(qualifiers.first)) {
            // "almost one third of the market", "roughly one in five households": a part of a whole, which counts
            // nothing
            return NONE;
        }
        if (isPronounOne(n)) {
            return NONE;
        }
        int q = qualifiers.first;
        if (looksLikeYear() && tokens.isWord(q - 1) && Lexicon.DATE_PREPOSITIONS.contains(tokens.id(q - 1))) {
            // "Floods in 2023 displaced ...": a year after its preposition is a date, whatever verb follows
            return NONE;
        }
        if (pending.expected == q && pending.age != null) {
            // "aged between 18 and 34": the second age of a pair, even when a predicate follows ("and 40 were held")
            return age(pending.age, n);
        }
        if (lastAge != null && isListedAfterLast(q) && number.scale == 1 && (!number.words || endsClause(n))
                && number.value.compareTo(MAX_LISTED_AGE) <= 0) {
            // "aged 24, 28 and 31", "aged four, seven and 11": the ages of a list; "an average age of 47, and
            // eleven in formation" goes on to count something else
            return age(lastAge, n);
        }
        // "hundreds of them were killed", "dozens more remain missing"; "two more died": "more" adds to an
        // earlier count of the same event: "more" adds to an earlier count of the same event
        boolean skipped = number.vague && tokens.isWord(n, Words.OF) || tokens.isWord(n, Words.MORE);
        if (isCrowdAfter(q, n)) {
            // "the 11,812 crowd", "a 60,000 crowd": a body of people after its size
            return crowd(n);
        }
        if (isParentsNumber(q) && !number.vague) {
            // "a 38-year-old mother of five", "a dad-of-three has been jailed": the children a parent has, whose
            // fate the clause does not tell
            return childrenOfParent(n);
        }
        if (isVoteTally(q, n)) {
            // "the committee voted nine to two": the votes on each side
            unit.add(VOTES);
            return n;
        }
        if (tokens.isWord(n, Words.AWAY) && noun.read(n + 1, to, false) && noun.unitFirst == n + 1) {
            // "1,946 away supporters", "3,000 away fans": the visiting side's people, not a distance
            unit.add(tokens.text(n, noun.head + 1));
            addNounUnit();
            nounUnit = true;
            return noun.head + 1;
        }
        int k = casualtyAfter(skipped ? n + 1 : n, to);
        if (k >= 0) {
            event = eventAt(k);
            if (tokens.is(k, Lexicon.CASUALTY)) {
                // "22 injured" counts the injured; "one was taken to hospital" counts no hospitals, nor "sixty have
                // lost their lives" lives, nor "38 were treated for minor injuries" injuries
                unit.add(tokens.text(k));
            }
            // "Of the 348 riders, 61 suffered fractures": the part of a whole the sentence opened with
            if (lastNoun != null && (lastEvent != null || isPartOfOpeningWhole(q))) {
                addSharedForms();
            } else {
                addPersonForms();
            }
            return k + 1;
        }
        if (heldForNextUnit(n, to) || isBracketedTally(n)) {
            return NONE;
        }
        if (ages.bare(q)) {
            return age(YEARS, n);
        }
        if (tokens.is(n, Lexicon.PLURAL_BE) && noun.read(n + 1, to, false) && noun.unitFirst == n + 1) {
            // "135 were men and 10 were women": the noun after the verb says what was counted
            addNounUnit();
            return n;
        }
        int rate = number.currency == null && !number.vague ? exchangeRateEnd(n) : -1;
        if (rate >= 0) {
            // "traded at 18.25 per dollar", "pegged at 3.6725 to the US dollar": the price of another currency, in
            // the currency the sentence named before ("The Korean won closed at 1,468.5 per dollar")
            kind = MONEY;
            int named = currencyBefore(q);
            unit.add(named >= 0 ? tokens.text(named) : tokens.text(n, rate));
            return n;
        }
        int ranged = rangedSubject(q);
        if (ranged >= 0) {
            // "electorates ranging from about 118,000": what the range runs over, not what the sentence counted
            unit.add(tokens.text(ranged));
            nounUnit = true;
            return n;
        }
        if (comparedUnit != null && comparedToLast(q) && (lastFigureFrom || !tokens.isWord(q - 1, Words.TO))
                && noNumberSinceLast(q)) {
            // "to 24 months from 18", "to 3.2% from 3.5", "from 250 pounds to 1,100": the other end of a change;
            // not "rose 1.2% to 7,500", a level after a change
            kind = comparedKind;
            unit.add(comparedUnit);
            return n;
        }
        if (isAgesAside(q, n)) {
            // "two men, 29 and 35, were listed in good condition": the ages of the people just counted
            return age(YEARS, n);
        }
        // "by up to 20 km/h, while 1,051 were caught", "180 kilometres, and 31 of them were sold": a clause's
        // subject counts people or things, never a measure
        boolean subjectAfterMeasure = lastMeasured() && (tokens.is(n, Lexicon.PLURAL_BE) || noun.isPastTense(n)
                || isOfThem(n));
        if (lastNoun != null && !subjectAfterMeasure && (joinedToLast(q) || comparedToLast(q) || isParallelSubject(q, n)
                || tokens.isWord(n, Words.MORE)
                || tokens.isWord(n, Words.FEWER) || isMargin(n)
                || isOwnedByName(q) || isGappedTally(q, n) || isCoordinatedPart(q, n))) {
            // "killing two people and injuring five", "41,400 immigrants, up from 37,544", "caught 232 immigrants
            // but hundreds more escaped", "187 tackles to Ireland's 96", "won 89 seats, the MCP 53"
            kind = lastKind;
            if (event == null && isGappedTally(q, n)) {
                // "99 had died, Indonesia 199": the list shares the clause's verb
                event = lastEvent;
            }
            if ((isChangeSince(q) && lastFigurePlaced || isMargin(n)) && firstNoun != null && lastKind.equals(COUNT)) {
                // "9,870 students were enrolled at 31 schools, up from 9,340": the change is the subject's, as is
                // the margin in "71 points from 36 games, two behind Leeds"
                lastNoun = firstNoun;
                lastNounPerson = firstNounPerson;
            }
            addSharedForms();
            return n;
        }
        if (lastNoun == null && lastFigureDuration && isComparedWith(q) && noNumberSinceLast(q)) {
            // "will work 64 hours instead of 80", "a 40-day stay compared with 25": the time set beside the one the
            // sentence measured
            set(DURATION, lastDurationUnit, n);
            return n;
        }
        String verbEvent = casualtyBefore(q - 1);
        if (verbEvent != null) {
            // "killed 143 in the outbreak", "ICE arrests 145": a casualty verb without a noun counts people
            event = verbEvent;
            addPersonForms();
            return n;
        }
        int p = casualtyNounBefore(q, from);
        if (p >= 0) {
            event = Lexicon.event(tokens.id(p));
            boolean toll = tokens.isWord(p, Words.TOLL);
            int nounStart = toll && tokens.isWord(p - 1) && !tokens.is(p - 1, Lexicon.STOP) ? p - 1 : p;
            unit.add(tokens.text(nounStart, p + 1));
            if (toll) {
                // a toll counts the people the event took: "the death toll rose to 38"
                addPersonForms();
            }
            return n;
        }
        // "N of them" reaches back within its paragraph; "the other N" and "the figure" to the paragraph before too
        boolean part = isOfThem(n) || isAmongThem(q) || isPartOfThese(q) || isRankedAlone(q, n)
                || isWholeOfEarlier(q, n);
        boolean tally = isRemainder(q) || isTallyOfEarlier(q) || isTallyObject(q) || opensSentenceOfPeople(q, n, from)
                || isTotalOf(q);
        // "drove them about 180 kilometres to Okakarara, where 31 of them were sold": a part counts things, never
        // the measure the sentence took last
        boolean countedLast = lastNoun != null && !lastMeasured();
        boolean countedEarlier = earlierNoun != null && !isMeasured(earlierKind) && (tally || earlierInParagraph);
        if ((part || tally) && (countedLast || countedEarlier)) {
            // "Another 63 were injured, 11 of them seriously", "... rescued 14 people. Nine of them were treated in
            // intensive care": a part of what was counted last
            if (!countedLast) {
                lastNoun = earlierNoun;
                lastNounPerson = earlierNounPerson;
                lastKind = earlierKind;
            }
            kind = lastKind;
            addSharedForms();
            return n;
        }
        if (readWholeBefore(q, from)) {
            // "Of the top performers, 1,112 came from ...", "recorded the most murders, 1,908", "the largest number
            // of cases, at 9,842": the noun the number's clause opened with
            addNounUnit();
            nounUnit = true;
            return n;
        }
        if (isPartOfThoseOpening(q, from)) {
            // "Of the injured, 8 are ...": the casualty word stands for the people, as in "8 of the injured"
            if (tokens.is(from + 2, Lexicon.CASUALTY)) {
                event = Lexicon.event(tokens.id(from + 2));
                unit.add(tokens.text(from + 2));
            }
            addPersonForms();
            return n;
        }
        int counted = partOfCasualtiesOpening(q, from);
        if (counted > 0) {
            event = Lexicon.event(tokens.id(counted + 1));
            unit.add(tokens.text(counted));
            nounUnit = true;
            return n;
        }
        if (boundsSameThing(q, n)) {
            // "cut power to 85,000 customers and could cut another 110,000", "41 points, including 17 in the fourth
            // quarter", "at least 20 years, while his lawyers asked for no more than 7": a bound, a part or
            // "another" with no noun measures what the sentence last counted
            if (lastNoun != null) {
                kind = lastKind;
                addSharedForms();
            } else {
                set(DURATION, lastDurationUnit, n);
            }
            return n;
        }
        // "populations of 8.3 million and 3.8 million": the body stands before the pair's first number
        int first = pairStart(q);
        while (first > 0 && tokens.is(first - 1, Lexicon.QUALIFIER_WORD) && !tokens.isWord(first - 1, Words.OF)) {
            first--;
        }
        int body = number.vague ? -1 : tokens.isWord(first - 1, Words.OF) ? first - 2 : verbOfTotalSubject(q);
        if (body < 0 && !number.vague && !(number.words && isOne()) && isChangeJoiner(changeJoinerBefore(q))) {
            // "cut its workforce from 120 to 85"; "from full membership to one that ..." is a pronoun
            body = changeJoinerBefore(q) - 1;
        }
        // "membership had climbed from 210 to 640": the verb of the change and its auxiliary follow the body
        if (body > 0 && tokens.isWord(body) && Lexicon.TOTAL_VERBS.contains(tokens.id(body))) {
            body--;
        }
        while (body > 0 && isAuxiliary(body)) {
            body--;
        }
        if (body < 0 && !number.vague) {
            body = rankedCollectiveBefore(q, from);
        }
        if (body < 0 && !number.vague && isAuxiliary(q - 1) && tokens.is(q - 2, Lexicon.COLLECTIVE)) {
            // "The island's population was 84,069"
            body = q - 2;
        }
        // "the Group of Seven" is a name; a place counts its people only as "a town of 5,000" ("the number of seats
        // on flights to the island would rise to 14,600")
        boolean place = Lexicon.SETTLEMENTS.contains(tokens.id(body)) && !tokens.isWord(body + 1, Words.OF);
        if (tokens.is(body, Lexicon.COLLECTIVE) && (!tokens.capitalized(body) || body == 0) && !place) {
            // "a crowd of 52,189", "a workforce of 3,000", "headcount stood at 64,800": the number counts the
            // people of that body, as a number compared with it does ("up from 222,000 last year")
            unit.add(tokens.text(body));
            addPersonForms();
            nounUnit = true;
            nounPerson = true;
            return n;
        }
        if (number.vague) {
            // "thousands marched", "millions watched": a vague amount on its own counts people; billions, or millions
            // that are spent, cost or earned, are money
            unit.add(tokens.text(n - 1));
            if (number.value.compareTo(BigDecimal.valueOf(MILLION)) <= 0 && !afterMoneyVerb(q)) {
                addPersonForms();
            }
            return n;
        }
        boolean bare = number.currency == null && endsBareAmount(n);
        if (bare && isAgeOfSubject(q) && number.value.compareTo(MAX_LISTED_AGE) <= 0) {
            // "the average age has risen from 30 to 34": the subject says the number is an age
            return age(YEARS, n);
        }
        if (bare && readNumberOfAfter(n, to)) {
            // "brings to at least 17 the number of homes lost": the object that a verb sets to the number follows it
            addNounUnit();
            nounUnit = true;
            return n;
        }
        if (bare && readNumberOfBefore(q, from)) {
            // "cut the number of ministries from 18 to nine", "the number of unsold units in completed buildings
            // climbed to 2,356": the noun that "the number of" names is counted
            addNounUnit();
            nounUnit = true;
            return n;
        }
        if (bare && readSubjectOfTotal(q, from)) {
            // "monthly active users reached 410 million": the subject of a verb of reaching is what was counted
            addNounUnit();
            nounUnit = true;
            return n;
        }
        if (bare && number.scale >= MILLION) {
            // "30 million tuned in", "a country of 10 million": millions with no noun are people, unless the sentence
            // counted a noun before ("301.6 million subscribers ... added 18.9 million in the quarter")
            if (lastNoun != null && !lastNounPerson) {
                kind = lastKind;
                addSharedForms();
            } else {
                addPersonForms();
            }
            return n;
        }
        if ((tokens.isWord(n, Words.THAT) || tokens.isWord(n, Words.WHICH)) && lastNoun != null && !lastMeasured()
                && !isOne() && tokens.isWord(n + 1) && !tokens.is(n + 1, Lexicon.ARTICLE) && !looksLikeYear()) {
            // "plant 340 trees to replace 85 that will be felled": "that" stands for what the sentence counted
            kind = lastKind;
            addSharedForms();
            return n;
        }
        // "I counted at least three who needed help": "who" stands for people; "the only one who" and "a couple who"
        // are a pronoun and a pair
        if (tokens.is(n, Lexicon.RELATIVE) && number.currency == null && !number.vague && !isOne()
                && !tokens.isWord(n - 1, Words.COUPLE) && !looksLikeYear()) {
            addPersonForms();
            return n;
        }
        return NONE;
    }

    /** Whether "of" and a parent stand before the number at {@code q}, as words or hyphened ("dad-of-three"). */
    /** "voted nine to two", "voted by 7 to 3": either number of a tally of votes after the verb. */
    private boolean isVoteTally(int q, int n) {
        boolean first = votedBefore(q) && tokens.isWord(n, Words.TO)
                && (tokens.isNum(n + 1) || tokens.is(n + 1, Lexicon.NUMBER));
        boolean second = tokens.isWord(q - 1, Words.TO) && (tokens.isNum(q - 2) || tokens.is(q - 2, Lexicon.NUMBER))
                && votedBefore(q - 2);
        return (first || second) && !number.vague && number.currency == null;
    }

    /** Whether a verb of voting stands right before token {@code q}, or before "by" there. */
    private boolean votedBefore(int q) {
        int verb = tokens.isWord(q - 1, Words.BY) ? q - 2 : q - 1;
        return tokens.isWord(verb) && Lexicon.VOTE_VERBS.contains(tokens.id(verb));
    }

    private int crowd(int n) {
        unit.add(tokens.text(n));
        addPersonForms();
        return n + 1;
    }

    /** "mother of five": the parent's children, counted up to token {@code n}. */
    private int childrenOfParent(int n) {
        unit.add(CHILDREN);
        childrenOfParent = true;
        return n;
    }

    private boolean isParentsNumber(int q) {
        boolean hyphened = tokens.isSymbol(q - 1, '-') && tokens.glued(q - 1) && tokens.glued(q);
        int of = hyphened ? q - 2 : q - 1;
        int parent = hyphened && tokens.isSymbol(of - 1, '-') && tokens.glued(of) ? of - 2 : of - 1;
        return tokens.isWord(of, Words.OF) && tokens.isWord(parent) && Lexicon.PARENTS.contains(tokens.id(parent));
    }

    /**
     * The token before a verb of reaching that ends just before token {@code q}, directly or through "to", "at" or
     * "by" ("users reached", "headcount stood at"), where the verb's subject ends; or -1.
     */
    private int verbOfTotalSubject(int q) {
        // "hit a record 516,971"
        int before = tokens.isWord(q - 1, Words.RECORD) && tokens.is(q - 2, Lexicon.ARTICLE) ? q - 3 : q - 1;
        // "numbers soar past 1 million"
        int verb = tokens.isWord(before, Words.TO) || tokens.isWord(before, Words.AT) || tokens.isWord(before, Words.BY)
                || tokens.isWord(before, Words.FROM) || tokens.isWord(before, Words.PAST) ? before - 1 : before;
        if (verb < before && tokens.isSymbol(verb, ',')) {
            // "cases also rose, to 3,107"
            verb--;
        }
        if (tokens.isWord(before, Words.TO)) {
            // "arrivals rose 42 percent to 98,500", "deaths fell by 42% to 187": the change, then the level reached;
            // "jumped 14.8 percent on-year to": how the change was reckoned may follow it
            if (tokens.isWord(verb, Words.YEAR) && tokens.glued(verb)) {
                int compound = verb;
                while (tokens.glued(compound)) {
                    compound--;
                }
                verb = compound - 1;
            }
            int change = percentageStart(verb);
            verb = change < 0 ? verb : tokens.isWord(change - 1, Words.BY) ? change - 2 : change - 1;
        }
        if ((tokens.isWord(verb, Words.UP) || tokens.isWord(verb, Words.DOWN)) && isAuxiliary(verb - 1)) {
            // "the figure was up from 38,000": a change told by "up" or "down" after the verb to be
            return verb - 2;
        }
        boolean reaching = tokens.isWord(verb) && Lexicon.TOTAL_VERBS.contains(tokens.id(verb));
        return reaching ? verb - 1 : -1;
    }

    /** The number token of a percentage ("17%", "42 percent", "5 per cent") that ends at token {@code k}, or -1. */
    private int percentageStart(int k) {
        if (tokens.isSymbol(k, '%') && tokens.glued(k) || tokens.is(k, Lexicon.PERCENT)) {
            return tokens.isNum(k - 1) ? k - 1 : -1;
        }
        return tokens.isWord(k, Words.CENT) && tokens.isWord(k - 1, Words.PER) && tokens.isNum(k - 2) ? k - 2 : -1;
    }

    /**
     * Reads the plural noun right before a verb of reaching that ends just before token {@code q}, directly or
     * through "to", "at" or "by" ("users reached", "subscribers rose to", "cases climbed by"), into {@link #noun};
     * the noun may carry an "of", "among", "in", "from" or "at" phrase ("users of its office suite reached").
     */
    private boolean readSubjectOfTotal(int q, int from) {
        int verb = verbOfTotalSubject(pairStart(q)) + 1;
        if (verb == 0) {
            return false;
        }
        // "officers will rise by 13,000", "cases have climbed to", "cases also rose", "robberies, however, rose":
        // an auxiliary, an adverb or an aside before the verb
        for (int aux = 0; aux < MAX_AUXILIARIES && verb - 1 > from; aux++) {
            boolean adverb = tokens.isWord(verb - 1) && Lexicon.VERB_ADVERBS.contains(tokens.id(verb - 1));
            if (isAuxiliary(verb - 1) || adverb) {
                verb--;
            } else if (tokens.isSymbol(verb - 1, ',') && tokens.isWord(verb - 2) && tokens.isSymbol(verb - 3, ',')
                    && verb - 3 > from) {
                verb -= 3;
            } else {
                break;
            }
        }
        if (tokens.isWord(verb - 1, Words.WHICH) && verb - 1 > from) {
            // "visitors from China, which fell by 18.4% to 1.21 million": the clause's antecedent is its subject
            verb = tokens.isSymbol(verb - 2, ',') ? verb - 2 : verb - 1;
        }
        if (readSubjectEndingAt(verb, from)) {
            return true;
        }
        for (int of = verb - 2; of > from && of >= verb - MAX_SUBJECT_PHRASE_TOKENS; of--) {
            // "users of its office suite reached"; "hotel guests in the Governorate of Musandam rose": the name's "of"
            // may close a place the subject was counted in
            if (tokens.isWord(of, Words.OF) && readSubjectEndingAt(of, from)) {
                return true;
            }
            // "visitors from China rose", "deaths among Ohioans fell", "foreign nationals living in Portugal rose"
            if ((tokens.isWord(of, Words.AMONG) || tokens.isWord(of, Words.IN) || tokens.isWord(of, Words.FROM)
                    || tokens.isWord(of, Words.AT) || tokens.isWord(of, Words.ACROSS))
                    && readSubjectEndingAt(of, from)) {
                return true;
            }
            if (!tokens.isWord(of) || tokens.mayStart(of)) {
                return false;
            }
        }
        return false;
    }

    /** The plural before "ranging from" and the bare number at {@code q} (or the range it closes), or -1. */
    private int rangedSubject(int q) {
        int from = changeJoinerBefore(q);
        int subject = from - 2;
        boolean ranging = tokens.isWord(from, Words.FROM) && tokens.is(from - 1, Lexicon.RANGE_OPENER)
                && !tokens.isWord(from - 1, Words.FROM);
        return ranging && number.currency == null && !number.vague && tokens.isWord(subject)
                && !tokens.is(subject, Lexicon.STOP) && !tokens.capitalized(subject)
                && CountedNoun.looksPlural(tokens, subject) ? subject : -1;
    }

    /** Whether a singular word for a body of people follows the number a determiner opened. */
    private boolean isCrowdAfter(int q, int n) {
        // "in front of a record 2,104 crowd", also in a headline's short form ("in front of record 2,104 crowd")
        boolean determined = tokens.isWord(q - 1, Words.THE) || tokens.is(q - 1, Lexicon.ARTICLE | Lexicon.POSSESSIVE)
                || tokens.isWord(q - 1, Words.RECORD);
        return determined && tokens.is(n, Lexicon.COLLECTIVE) && !Lexicon.SETTLEMENTS.contains(tokens.id(n))
                && !tokens.capitalized(n)
                && !CountedNoun.looksPlural(tokens, n) && !number.vague && number.currency == null
                && number.value.compareTo(BigDecimal.ONE) > 0 && !looksLikeYear();
    }

    /** Whether "age" is the subject of the verb of change or reaching before the number at {@code q}. */
    private boolean isAgeOfSubject(int q) {
        int joiner = changeJoinerBefore(q);
        int subject = verbOfTotalSubject(isChangeJoiner(joiner) ? joiner + 1 : q);
        while (subject > 0 && isAuxiliary(subject)) {
            subject--;
        }
        if (subject > 0 && tokens.isWord(subject, Words.AGE)) {
            return true;
        }
        // "the average age of crew members has risen to 46": the age of a group named after it
        for (int p = subject - 1; p > 1 && p >= subject - MAX_AGE_OF_WORDS && !tokens.is(p + 1, Lexicon.STOP); p--) {
            if (tokens.isWord(p, Words.OF)) {
                return tokens.isWord(p - 1, Words.AGE);
            }
        }
        return false;
    }

    /** Reads the noun of "the number of NOUN" right after the number at {@code n} into {@link #noun}. */
    private boolean readNumberOfAfter(int n, int to) {
        return tokens.isWord(n, Words.THE) && tokens.isWord(n + 1, Words.NUMBER) && tokens.isWord(n + 2, Words.OF)
                && noun.read(n + 3, to, false);
    }

    /**
     * Reads the plural noun of "number of NOUN" ending just before "from", "to" or "by" and the number at {@code q},
     * or before the range that number closes ("from 18 to nine"), or standing before a verb of reaching, into
     * {@link #noun}.
     */
    private boolean readNumberOfBefore(int q, int from) {
        int joiner = changeJoinerBefore(q);
        int verb = verbOfTotalSubject(joiner + 1) + 1;
        for (int k = verb - 2; verb > 0 && k > from && k >= verb - MAX_NUMBER_OF_TOKENS
                && !tokens.isAnySymbol(k, ";:"); k--) {
            // "the number of foreign nationals living in Portugal rose to 1,546,521"
            if (tokens.isWord(k, Words.OF) && tokens.isWord(k - 1, Words.NUMBER)) {
                return noun.read(k + 1, verb, false);
            }
        }
        if (!isChangeJoiner(joiner)) {
            return false;
        }
        // "the number of traffic accidents fell from 39,400 to 31,150", "... would rise from 14 to 22"
        int subjectEnd = tokens.isWord(joiner - 1) && Lexicon.TOTAL_VERBS.contains(tokens.id(joiner - 1))
                ? joiner - 1 : joiner;
        if (subjectEnd < joiner && isAuxiliary(subjectEnd - 1)) {
            subjectEnd--;
        }
        for (int of = subjectEnd - 2; of > from && of >= subjectEnd - MAX_SUBJECT_PHRASE_TOKENS; of--) {
            if (tokens.isWord(of, Words.OF)) {
                return tokens.isWord(of - 1, Words.NUMBER) && noun.read(of + 1, subjectEnd, false)
                        && noun.head == subjectEnd - 1;
            }
            if (!tokens.isWord(of) || tokens.mayStart(of)) {
                return false;
            }
        }
        return false;
    }

    /** The token before the number at {@code q}, or before the range it closes ("from 18 to nine"). */
    private int changeJoinerBefore(int q) {
        return pairStart(q) - 1;
    }

    /** The first token of the number at {@code q}, or of the pair it closes ("655 and 590"). */
    private int pairStart(int q) {
        return pending.expected == q ? pending.first : q;
    }

    private boolean isChangeJoiner(int k) {
        return tokens.isWord(k, Words.FROM) || tokens.isWord(k, Words.TO) || tokens.isWord(k, Words.BY);
    }

    /** Reads the plural noun whose phrase ends just before token {@code end}, into {@link #noun}. */
    private boolean readSubjectEndingAt(int end, int from) {
        int start = end - 1;
        // a possessive ends the phrase: "Blume's books"
        while (start > from && start > end - MAX_SUBJECT_WORDS && tokens.isWord(start - 1)
                && !tokens.is(start - 1, Lexicon.STOP) && !tokens.mayStart(start - 1)
                && !(tokens.isAnySymbol(start - 1, "'\u2019") || tokens.glued(start - 1)
                        && tokens.isAnySymbol(start - 2, "'\u2019"))) {
            start--;
        }
        // "Visitor numbers fell to 40,000": a level's noun, but what the numbers count stands before it
        int counted = end - 2;
        if (counted >= from && (!tokens.capitalized(counted) || counted == from)
                && noun.readNumbersOf(counted, end)) {
            return true;
        }
        // a capital is a name's ("Apple reached"), unless the sentence opens with the noun; a noun after a number is
        // that number's ("the number waiting over 12 months fell")
        return start < end && !tokens.isNum(start - 1) && noun.read(start, end, false) && noun.head == end - 1
                && (!tokens.capitalized(noun.head) || noun.head == from)
                && !Lexicon.LEVEL_NOUNS.contains(tokens.id(noun.head));
    }

    /** The token after "pounds per square inch" or "pounds per square foot" starting at {@code n}, or -1. */
    private int pressureInPoundsEnd(int n) {
        boolean pounds = tokens.isWord(n, Words.POUND) || tokens.isWord(n, Words.POUNDS);
        // "£20 per square metre" is a price: a pressure is reckoned in pounds on an inch or a foot only
        return pounds && tokens.isWord(n + 1, Words.PER) && tokens.isWord(n + 2, Words.SQUARE)
                && tokens.is(n + 3, Lexicon.DISTANCE) && IMPERIAL_AREA_UNITS.contains(tokens.word(n + 3)) ? n + 4 : -1;
    }

    /** Whether token {@code n} is a compass point's capital and its full stop before a street's name or number. */
    private boolean isStreetNumber(int n) {
        return tokens.isWord(n) && tokens.length(n) == 1 && COMPASS_POINTS.indexOf(tokens.first(n)) >= 0
                && tokens.isSymbol(n + 1, '.') && tokens.glued(n + 1)
                && (tokens.capitalized(n + 2) || tokens.isNum(n + 2));
    }

    /**
     * "20 pounds of cocaine", "8.8 million pounds of thrust": pounds of a thing are a weight; "5 million pounds of
     * funding" stays money. So are the pounds a thing weighs ("the buck weighed 231 pounds", "a weight of 3,142
     * pounds").
     */
    private boolean isWeightInPounds(int n) {
        if (!tokens.isWord(n, Words.POUND) && !tokens.isWord(n, Words.POUNDS)) {
            return false;
        }
        // "weighed 231 pounds", "a combined weight of 3,142 pounds"
        boolean weighed = false;
        for (int k = qualifiers.first - 1; k >= Math.max(0, qualifiers.first - MAX_WEIGHT_GAP) && !weighed; k--) {
            weighed = tokens.isWord(k) && tokens.text(k).toLowerCase(Locale.ROOT).startsWith(WEIGH);
        }
        return weighed || tokens.isWord(n + 1, Words.OF) && tokens.isWord(n + 2)
                && !MONEY_NOUNS.contains(tokens.text(n + 2).toLowerCase(Locale.ROOT)) || isDollarCopy();
    }

    /**
     * Whether the article counts its money in dollars and never in sterling ("$" but no "£"): there "62 million
     * pounds" of a crop is a weight, as American copy writes it. Read once per article, at its first pounds.
     */
    private boolean isDollarCopy() {
        if (dollarCopy == null) {
            dollarCopy = text.indexOf('$') >= 0 && text.indexOf('\u00a3') < 0;
        }
        return dollarCopy;
    }

    /**
     * Money in the currency word at {@code n}, or in the subunit written after it: "40 euro cents" counts cents,
     * whose head is offered as well.
     */
    private int subunitAfter(int n) {
        if (!tokens.isWord(n + 1, Words.CENTS) && !tokens.isWord(n + 1, Words.CENT)) {
            return set(MONEY, tokens.text(n), n + 1);
        }
        set(MONEY, tokens.text(n, n + 2), n + 2);
        unit.add(tokens.word(n + 1));
        return n + 2;
    }

    /**
     * "40C", "iPhone 5c": the cent's letter is a cent only in lower case glued to the amount ("50c fares"), and not
     * after a product's name.
     */
    private boolean isCentLookAlike(int t, int n) {
        return tokens.isWord(n, Words.C) && (!tokens.glued(n) || tokens.first(n) != 'c'
                || t > 0 && tokens.isWord(t - 1) && !tokens.is(t - 1, Lexicon.STOP) && (tokens.capitalized(t - 1)
                        || CharKinds.isUpperCase(tokens.source()[tokens.start(t - 1) + 1])));
    }

    /**
     * "0.85 GEL", "3,000 UAH": an ISO code in capitals after a sum in digits names its currency, as codes do before
     * one ("GEL 5"); a code that is also a word only after a scaled sum ("2 million AMD"), so "95 RON" stays a grade.
     */
    private boolean isCodeAfterSum(int n) {
        char[] text = tokens.source();
        boolean code = tokens.is(n, Lexicon.CURRENCY_CODE)
                || number.scale > 1 && NumberReader.isWordCode(text, tokens.start(n), tokens.end(n));
        // "2.3 million FCFA": a known code of four letters too
        boolean length = tokens.length(n) == NumberReader.ISO_CODE_LENGTH
                || tokens.length(n) == NumberReader.ISO_CODE_LENGTH + 1 && tokens.is(n, Lexicon.CURRENCY_CODE);
        return !number.words && !tokens.glued(n) && length && code && CharKinds.isUpperCase(tokens.first(n))
                && CharKinds.isUpperCase(text[tokens.end(n) - 1]) && !tokens.is(n + 1, Lexicon.CURRENCY)
                && !(tokens.glued(n + 1) && tokens.isNum(n + 1));
    }

    /** An amount in thousands or more, written in digits: "1,350", "11.38 trillion". */
    private boolean isLargeSum() {
        return !number.words && number.value.compareTo(BigDecimal.valueOf(THOUSAND)) >= 0;
    }

    private int namedCurrency(int n) {
        int c = n;
        // "U.S. cents": the country's initials, each with its full stop
        while (c < n + MAX_INITIALS_TOKENS && tokens.length(c) == 1 && tokens.capitalized(c)
                && tokens.isSymbol(c + 1, '.') && tokens.glued(c + 1)) {
            c += 2;
        }
        int names = c;
        while (c < names + 2 && tokens.capitalized(c) && !tokens.is(c, Lexicon.CURRENCY)) {
            c++;
        }
        return c > n && tokens.is(c, Lexicon.CURRENCY) && !tokens.capitalized(c) ? c : -1;
    }

    /**
     * Whether the amount stands alone, what follows being punctuation, a function word, a past tense or a verb
     * before its object ("24 million saw him"); not a noun it modifies ("our five million target", "3.4bn Danish
     * kroner").
     */
    private boolean endsBareAmount(int k) {
        if (!tokens.isWord(k) || tokens.is(k, Lexicon.STOP | Lexicon.PREDICATE_GAP)) {
            return true;
        }
        if (tokens.capitalized(k)) {
            return false;
        }
        return tokens.length(k) > 3 && tokens.endsWith(k, "ed") || tokens.is(k + 1, Lexicon.OBJECT);
    }

    /** "Laredo (15)", "Mexico (128)": a bare bracketed number after a name is a tally in a list, not a figure. */
    private boolean isBracketedTally(int n) {
        return tokens.isSymbol(number.first - 1, '(') && tokens.isSymbol(n, ')');
    }

    /** "spend millions", "costs the industry millions": a money verb among the few words before. */
    private boolean afterMoneyVerb(int q) {
        for (int p = q - 1; p >= q - 3 && tokens.isWord(p); p--) {
            if (tokens.is(p, Lexicon.MONEY_VERB)) {
                return true;
            }
        }
        return false;
    }

    /** The person forms, the one agreeing with the number first. */
    private void addPersonForms() {
        unit.add(isOne() ? PERSON_SINGULAR : PERSON_PLURAL);
        unit.add(isOne() ? PERSON_PLURAL : PERSON_SINGULAR);
    }

    /**
     * Whether only joining words stand between the last figure and token {@code q}: "killing two people and
     * injuring five".
     */
    private boolean joinedToLast(int q) {
        // "712 cases, 655 and 590": a pair joined to the last figure, from the pair's first number
        int start = pairStart(q);
        if (lastFigureEnd < 0 || start <= lastFigureEnd || start - lastFigureEnd > 3) {
            return false;
        }
        for (int k = lastFigureEnd; k < start; k++) {
            if (!tokens.is(k, Lexicon.CONJUNCTION | Lexicon.CASUALTY_VERB | Lexicon.CASUALTY | Lexicon.RANGE_JOINER)
                    && !tokens.isSymbol(k, ',')) {
                return false;
            }
        }
        return true;
    }

    /**
     * "612 letters of objection and 38 in support", "63 letters on his behalf and 29 from families": a bare number
     * after "and", a preposition after it, counts what the clause counted just before.
     */
    private boolean isCoordinatedPart(int q, int n) {
        return tokens.isWord(q - 1, Words.AND) && tokens.isWord(n) && Lexicon.PART_PREPOSITIONS.contains(tokens.id(n))
                && COUNT.equals(lastKind) && noNumberSinceLast(q) && !number.vague && number.currency == null
                && !looksLikeYear();
    }

    /**
     * "104 victims were shot, eight were stabbed", "31 people have died and 4,286 have been treated": a bare number
     * that opens a clause of its own after a comma, a semicolon, a conjunction or "as", its verb right after it,
     * counts what the sentence last counted.
     */
    private boolean isParallelSubject(int q, int n) {
        // "but only 1,650 had registered": the clause's subject may be restricted
        int j = tokens.is(q - 1, Lexicon.RESTRICTIVE) ? q - 2 : q - 1;
        // "and Pelham, 14 were pleased": after a name's comma, a number is its age
        // "found that 19 were likely": a clause that reports what was found ("stories that millions can tell" is
        // a relative clause)
        boolean reported = tokens.isWord(j, Words.THAT) && noun.isPastTense(j - 1) && !number.vague;
        boolean joiner = tokens.isAnySymbol(j, ",;") && !tokens.capitalized(j - 1)
                || tokens.is(j, Lexicon.CONJUNCTION) || tokens.isWord(j, Words.AS) || reported;
        // "cabins on decks 9 and 10 were isolated": numbers joined to each other name things; a year before the
        // joiner ends a clause ("in 2024 and 412 were deported")
        boolean namedPair = tokens.isNum(j - 1) && tokens.length(j - 1) < YEAR_DIGITS;
        return joiner && COUNT.equals(lastKind) && q > lastFigureEnd && !namedPair && !looksLikeYear()
                && (tokens.is(n, Lexicon.PLURAL_BE) || noun.isPastTense(n) || isAuxiliary(n)
                || tokens.isWord(n, Words.REMAIN) || isParallelPhrase(q, n) || isParticipleAfterWith(j, n)
                // "1,346 houses had been partially damaged and 48 fully destroyed"
                || tokens.isWord(n) && tokens.endsWith(n, "ly") && noun.isPastTense(n + 1));
    }

    /** "Seven members backed it, with four voting against": "with", the number and what it did. */
    private boolean isParticipleAfterWith(int j, int n) {
        return tokens.isWord(j, Words.WITH) && tokens.isWord(n) && !tokens.capitalized(n)
                && !tokens.is(n, Lexicon.STOP) && tokens.length(n) > MIN_PARTICIPLE_CHARS && tokens.endsWith(n, "ing");
    }

    /**
     * "and one can see", "one would think": the word "one" before a modal stands for anyone; before a participle that
     * takes an amount, for the noun before it.
     */
    private boolean isPronounOne(int n) {
        // "one approaching 45,000": a participle taking an amount after "one" is a verb of the noun it stands for
        return number.words && isOne() && (Lexicon.MODALS.contains(tokens.id(n))
                || tokens.isWord(n) && tokens.endsWith(n, "ing") && tokens.isNum(n + 1));
    }

    private void keepLastNounAsEarlier() {
        if (lastNoun != null) {
            earlierNoun = lastNoun;
            earlierNounPerson = lastNounPerson;
            earlierKind = lastKind;
        }
        lastNoun = null;
    }

    /** "The other eight were treated", "the remaining 1,925": the rest of what was counted. */
    private boolean isRemainder(int q) {
        return tokens.isWord(q - 1) && Lexicon.REMAINDER_WORDS.contains(tokens.id(q - 1))
                && tokens.isWord(q - 2, Words.THE) && !number.vague && number.currency == null && !looksLikeYear();
    }

    /** "two points behind Leeds and nine clear of Sunderland": a margin in what the sentence counted. */
    private boolean isMargin(int n) {
        return COUNT.equals(lastKind) && tokens.isWord(n) && Lexicon.MARGIN_WORDS.contains(tokens.id(n));
    }

    /** Whether the number (or the pair it closes) stands between commas right after a count of people or things. */
    private boolean isAgesAside(int q, int n) {
        int start = pairStart(q);
        return lastNoun != null && COUNT.equals(lastKind) && tokens.isSymbol(lastFigureEnd, ',')
                && start == lastFigureEnd + 1 && tokens.isSymbol(n, ',') && !number.words && !number.vague
                && number.currency == null && number.value.compareTo(MAX_LISTED_AGE) <= 0;
    }

    /**
     * Whether a function word or a comma stands before the figure starting at {@code first}: "and another five",
     * "down from 71", not a verb of its own ("and left some 20 million at risk").
     */
    private boolean isFunctionWordBefore(int first) {
        return tokens.isSymbol(first - 1, ',') || tokens.is(first - 1, Lexicon.STOP | Lexicon.CONJUNCTION)
                || tokens.isWord(first - 1, Words.ANOTHER);
    }

    /** Whether a verb follows the figure ending at {@code end}, which makes its clause its own. */
    private boolean hasOwnVerb(int end) {
        return tokens.is(end, Lexicon.PLURAL_BE | Lexicon.SINGULAR_BE) || noun.isPastTense(end) || isAuxiliary(end);
    }

    /** "have", "will", "could" ...: a verb that a clause's subject may stand before. */
    private boolean isAuxiliary(int k) {
        return tokens.isWord(k) && Lexicon.AUXILIARIES.contains(tokens.id(k));
    }

    /**
     * "230 people in summer and 90 in winter", "Six people were taken to one hospital and eight to others", "28
     * crocodiles from the gorge and 11 from the lake": the preposition after the number stands in the last figure's
     * clause too, whose verb the gap leaves out. So do "against" after "in favour" or "for" ("12 votes in favour and
     * four against") and "this", "last" or "next" after one of them ("5 buses last year and 7 this year").
     */
    private boolean isParallelPhrase(int q, int n) {
        // "6.7 in Germany and 15.8 in the Netherlands" after "7.5 connections per 100 people": a rate, not a count
        if (tokens.text(q).indexOf('.') >= 0) {
            return false;
        }
        // "11 counts of burglary and three of fraud": "of" names the kind of each
        boolean preposition = tokens.isWord(n, Words.IN) || tokens.isWord(n, Words.TO) || tokens.isWord(n, Words.AT)
                || tokens.isWord(n, Words.ON) || tokens.isWord(n, Words.FROM) || tokens.isWord(n, Words.FOR)
                || tokens.isWord(n, Words.OF) && !tokens.is(n + 1, Lexicon.PARTITIVE);
        boolean against = tokens.isWord(n, Words.AGAINST);
        boolean period = isPeriodDeterminer(n);
        for (int t = lastFigureEnd; t < q - 1; t++) {
            boolean same = preposition && tokens.isWord(t, tokens.id(n));
            boolean opposed = against && tokens.isWord(t) && Lexicon.VOTE_SIDES.contains(tokens.id(t));
            if (same || opposed || period && isPeriodDeterminer(t)) {
                return true;
            }
        }
        return false;
    }

    private boolean isPeriodDeterminer(int t) {
        return tokens.isWord(t) && Lexicon.PERIOD_DETERMINERS.contains(tokens.id(t));
    }

    /**
     * "Ireland's 96", "Bagnaia's 205", "Amicus' 20,000", "the visitors' nine": a bare number owned by a name, its
     * tally of what the sentence counted.
     */
    private boolean isOwnedByName(int q) {
        // "the visitors' nine": a plural owner after "the" in any case
        boolean plainApostrophe = tokens.isAnySymbol(q - 1, APOSTROPHES) && tokens.glued(q - 1)
                && (tokens.capitalized(q - 2) || tokens.isWord(q - 3, Words.THE)) && tokens.endsWith(q - 2, "s");
        return plainApostrophe || tokens.isWord(q - 1) && tokens.length(q - 1) == 1 && tokens.endsWith(q - 1, "s")
                && tokens.glued(q - 1) && tokens.isAnySymbol(q - 2, APOSTROPHES) && tokens.glued(q - 2)
                && tokens.capitalized(q - 3);
    }

    /**
     * "the DPP won 89 seats, the MCP 53 and independents 54", "99 Jordanians had died, Indonesia 199, India 98": an
     * item of a list whose verb and noun the last figure's clause gave, a name (up to three capitalised words, or
     * one plain word) and its number, set off by commas or "and" on both sides, a few words after the last figure.
     */
    private boolean isGappedTally(int q, int n) {
        boolean ends = n >= tokens.count() || tokens.isAnySymbol(n, ",;.") || tokens.isWord(n, Words.AND);
        if (!ends || lastFigureEnd < 0 || !tokens.isWord(q - 1) || tokens.glued(q) || tokens.is(q - 1, Lexicon.STOP)) {
            return false;
        }
        // a name or a plural, not a verb: "and wounded 1,000" counts its own event
        boolean named = tokens.capitalized(q - 1) || CountedNoun.looksPlural(tokens, q - 1)
                && !noun.isPastTense(q - 1) && !tokens.is(q - 1, Lexicon.CASUALTY_VERB | Lexicon.CASUALTY);
        if (!named) {
            return false;
        }
        int w = q - 1;
        if (tokens.capitalized(w)) {
            while (w > q - MAX_TALLY_NAME_WORDS && tokens.isWord(w - 1) && tokens.capitalized(w - 1)
                    && !tokens.is(w - 1, Lexicon.STOP)) {
                w--;
            }
        }
        int before = tokens.isWord(w - 1, Words.THE) ? w - 2 : w - 1;
        boolean listed = tokens.isAnySymbol(before, ",;") || tokens.isWord(before, Words.AND);
        return listed && before >= lastFigureEnd && before - lastFigureEnd <= MAX_TALLY_GAP
                && noNumberSinceLast(before);
    }

    /** Whether only commas and "and" stand between the last figure and token {@code q}: an item of its list. */
    private boolean isListedAfterLast(int q) {
        if (lastFigureEnd < 0 || q <= lastFigureEnd || q - lastFigureEnd > 2) {
            return false;
        }
        for (int k = lastFigureEnd; k < q; k++) {
            if (!tokens.isSymbol(k, ',') && !tokens.isWord(k, Words.AND)) {
                return false;
            }
        }
        return true;
    }

    /**
     * "41,400 immigrants, up from 37,544", "from 90 planes to 53", "306 points for the season, against 275":
     * "from" and "against" compare a bare number with the sentence's figure wherever it stands; "to" only close
     * after it, as farther away it may measure something else ("... plans to raise the pension age to 65").
     */
    /** "at the city's", "in its": a preposition of place a few words before the token after {@code before}. */
    private boolean isPlacedAt(int before) {
        for (int k = before; k > before - MAX_PLACE_PHRASE_TOKENS && k >= 0; k--) {
            if (tokens.isWord(k, Words.AT) || tokens.isWord(k, Words.IN) || tokens.isWord(k, Words.ACROSS)) {
                return true;
            }
            if (!tokens.isWord(k) && !tokens.isAnySymbol(k, APOSTROPHES) || tokens.is(k, Lexicon.PLURAL_BE)) {
                return false;
            }
        }
        return false;
    }

    /** ", up from 9,340", ", down from 12": the change since an earlier count, set off by a comma. */
    private boolean isChangeSince(int q) {
        return tokens.isWord(q - 1, Words.FROM) && (tokens.isWord(q - 2, Words.UP) || tokens.isWord(q - 2, Words.DOWN))
                && tokens.isSymbol(q - 3, ',');
    }

    private boolean comparedToLast(int q) {
        // "up from the 77 it won": the determiner stands for the noun, as "just" or "only" stands in "up from just
        // nine"
        int before = tokens.isWord(q - 1, Words.THE) || tokens.is(q - 1, Lexicon.RESTRICTIVE) ? q - 2 : q - 1;
        // "412 seats, up 211": the change since the last count, set off by a comma right after it
        boolean change = (tokens.isWord(q - 1, Words.UP) || tokens.isWord(q - 1, Words.DOWN))
                && tokens.isSymbol(q - 2, ',') && lastFigureEnd == q - 2;
        // "Reform on 29 per cent and the Conservatives on 17": the same preposition sets a level beside the last
        boolean sameLevel = lastFigureOn && tokens.isWord(q - 1, Words.ON) && lastFigureEnd >= 0
                && q - lastFigureEnd <= MAX_ASIDE_TOKENS;
        return change || sameLevel || isComparedWith(q) || tokens.isWord(before, Words.FROM)
                || tokens.isWord(q - 1, Words.AGAINST)
                || tokens.is(q - 1, Lexicon.COMPARED) && lastFigureEnd >= 0 && q - lastFigureEnd <= MAX_COMPARED_GAP;
    }

    /**
     * The end of "per dollar" or "to the (US) dollar" at token {@code n}, after a bare number: an exchange rate; or -1.
     */
    private int exchangeRateEnd(int n) {
        int c;
        if (tokens.isWord(n, Words.PER)) {
            c = n + 1;
        } else if (tokens.isWord(n, Words.TO) && tokens.isWord(n + 1, Words.THE)) {
            c = n + 2;
        } else {
            return -1;
        }
        // "to the US dollar", "per U.S. dollar"
        for (int words = 0; words < MAX_RATE_NAME_TOKENS && (tokens.capitalized(c) || tokens.isSymbol(c, '.'))
                && !tokens.is(c, Lexicon.CURRENCY); words++) {
            c++;
        }
        return tokens.is(c, Lexicon.CURRENCY) && !CountedNoun.looksPlural(tokens, c) ? c + 1 : -1;
    }

    /** The currency word the sentence names before token {@code q} ("the peso", "the Korean won"), or -1. */
    private int currencyBefore(int q) {
        for (int p = q - 1; p > 0; p--) {
            boolean won = tokens.isWord(p, Words.WON) && tokens.capitalized(p - 1);
            if (won || tokens.is(p, Lexicon.CURRENCY) && tokens.isWord(p) && !tokens.isNum(p - 1)) {
                return p;
            }
        }
        return -1;
    }

    /**
     * Whether no number stands between the last figure and token {@code q}: "to 139,000 instead of 96,000" compares
     * 96,000 with 139,000, not with a figure before it.
     */
    private boolean noNumberSinceLast(int q) {
        for (int k = lastFigureEnd; k < q; k++) {
            if (tokens.isNum(k)) {
                return false;
            }
        }
        return true;
    }

    /**
     * "compared with 22", "compared to a typical 20", "along with 310,000 in Texas", "instead of the usual three":
     * a number set beside the sentence's figure, after a determiner and an adjective or none.
     */
    private boolean isComparedWith(int q) {
        // "compared with just two"
        int p = tokens.is(q - 1, Lexicon.RESTRICTIVE) ? q - 2 : q - 1;
        if (tokens.is(p, Lexicon.ARTICLE) || tokens.isWord(p, Words.THE)) {
            p--;
        } else if (tokens.isWord(p) && !tokens.is(p, Lexicon.STOP) && !tokens.capitalized(p)
                && (tokens.is(p - 1, Lexicon.ARTICLE) || tokens.isWord(p - 1, Words.THE))) {
            p -= 2;
        }
        boolean compared = (tokens.isWord(p, Words.WITH) || tokens.isWord(p, Words.TO))
                && tokens.isWord(p - 1, Words.COMPARED);
        return compared || tokens.isWord(p, Words.WITH) && tokens.isWord(p - 1, Words.ALONG)
                || tokens.isWord(p, Words.OF) && tokens.isWord(p - 1, Words.INSTEAD);
    }

    /**
     * Whether the bare number at {@code q} shares what the sentence counted before (a counted figure or a duration):
     * "another" one, one "including" it, one bounded by a qualifier of quantity ("more than", "fewer than", "at
     * least", "nearly" ...; not "over", "under" or "within": "over 70" alone is as likely an age or a place), a part
     * of an opening whole, or the object of a later verb.
     */
    private boolean boundsSameThing(int q, int n) {
        // "a population of about 565,000" counts the body it names, whatever the sentence measured before; "the
        // two-day game ... more than 8,000" bounds no span of the compound
        boolean span = lastDurationUnit != null && !lastFigureCompound;
        if (lastNoun == null && !span || number.currency != null || number.vague || looksLikeYear()
                || tokens.isWord(n, Words.OF)
                || tokens.isWord(q - 1, Words.OF) && tokens.is(q - 2, Lexicon.COLLECTIVE)) {
            return false;
        }
        // "640 kilometres to the south, where about 3,000 are staying": a bare number that a verb follows is its
        // subject, people or things, never the distance or time the sentence measured
        boolean measured = lastNoun == null || lastMeasured();
        if (measured && (tokens.is(n, Lexicon.PLURAL_BE) || tokens.isWord(n) && !tokens.is(n, Lexicon.STOP))) {
            return false;
        }
        String qualifier = qualifiers.qualifier;
        boolean added = tokens.isWord(q - 1) && Lexicon.ADDING_WORDS.contains(tokens.id(q - 1))
                && tokens.is(q - 2, Lexicon.ARTICLE);
        return tokens.isWord(q - 1, Words.ANOTHER) || added || tokens.isWord(q - 1, Words.INCLUDING)
                || qualifier != null && !Qualifiers.isPlaceWord(qualifier) || isPartOfOpeningWhole(q)
                || isObjectOfLaterVerb(q, n) || isNameWith(q, n)
                || tokens.isWord(q - 2, Words.OF) && tokens.is(q - 1, Lexicon.DEMONSTRATIVE)
                // "short of its target of 120,000", "the other 12", "the remaining 1,925"
                || tokens.isWord(q - 1, Words.OF) && tokens.isWord(q - 2)
                        && Lexicon.TALLY_NOUNS.contains(tokens.id(q - 2))
                || tokens.isWord(q - 1) && Lexicon.REMAINDER_WORDS.contains(tokens.id(q - 1))
                        && tokens.isWord(q - 2, Words.THE);
    }

    /** Whether the sentence's last figure measured a distance, a time or a quantity rather than counting. */
    private boolean lastMeasured() {
        return isMeasured(lastKind);
    }

    private static boolean isMeasured(String kind) {
        return DISTANCE.equals(kind) || DURATION.equals(kind) || MEASURE.equals(kind);
    }

    /**
     * "Cardiff had 38,910 names, followed by Swansea Bay with 21,340 and Hywel Dda with 9,112", "Punjab accounted
     * for 81 deaths and Sindh for 63", "1,820 of the deaths, followed by motorcyclists at 1,210": a bare number after
     * a name (or a plural that "followed by" ranks) and "with", "for" or "at", ending its clause, is that name's
     * share of what the sentence counted.
     */
    private boolean isNameWith(int q, int n) {
        // "Object of My Desire at seven": a chart's place, in words
        boolean preposition = tokens.isWord(q - 1, Words.WITH) || tokens.isWord(q - 1, Words.FOR)
                || tokens.isWord(q - 1, Words.AT) && !number.words;
        boolean named = tokens.capitalized(q - 2) && !tokens.is(q - 2, Lexicon.STOP)
                || tokens.isWord(q - 3, Words.BY) && CountedNoun.looksPlural(tokens, q - 2);
        return lastNoun != null && q - 2 > lastFigureEnd && preposition && named && endsClause(n);
    }

    private boolean endsClause(int n) {
        return n >= tokens.count() || tokens.isAnySymbol(n, ",;.") || tokens.isWord(n, Words.AND);
    }

    /**
     * "Jane Doe had 24 points and John Roe added 18,": a bare number as the whole object of a later verb in the past
     * tense, ending its clause, counts what the sentence counted before.
     */
    private boolean isObjectOfLaterVerb(int q, int n) {
        return lastNoun != null && q - 1 > lastFigureEnd && noun.isPastTense(q - 1) && !tokens.capitalized(q - 1)
                && endsClause(n);
    }

    /**
     * "Of the 1,132 victims identified, 214 were over 70": a sentence that opens with the whole ("Of the N nouns")
     * counts a part of it first thing after the comma.
     */
    private boolean isPartOfOpeningWhole(int q) {
        if (lastNoun == null || !tokens.isWord(0, Words.OF)) {
            return false;
        }
        // "Of 2,700 lorries requested, only 830 were cleared"
        int comma = commaBefore(q);
        if (tokens.isSymbol(comma, ',') && lastFigureEnd <= comma) {
            return true;
        }
        // "..., 61 suffered fractures and 12 were unable to work": the next part, joined to the first
        int opening = 1;
        while (opening < q && !tokens.isSymbol(opening, ',')) {
            opening++;
        }
        int firstPart = tokens.is(opening + 1, Lexicon.RESTRICTIVE) ? opening + 2 : opening + 1;
        return tokens.isWord(q - 1, Words.AND) && opening < q && lastFigureEnd > opening && tokens.isNum(firstPart);
    }

    /**
     * "Of those admitted, 1,062 were male", "Of those detained, 27 were released", "Of the injured, 8 are ...": people
     * the opening named.
     */
    private boolean isPartOfThoseOpening(int q, int from) {
        int comma = q - 1;
        boolean people = tokens.isWord(from + 1, Words.THOSE) && tokens.isWord(from + 2)
                || tokens.isWord(from + 1, Words.THE) && tokens.is(from + 2, Lexicon.CASUALTY);
        return comma == from + THOSE_OPENING_TOKENS && tokens.isSymbol(comma, ',') && tokens.isWord(from, Words.OF)
                && people;
    }

    /**
     * "Of the elephants killed, 92 were shot": a part of the things the opening counted as the casualties of an
     * event; the token of the counted noun, or -1.
     */
    private int partOfCasualtiesOpening(int q, int from) {
        int noun = from + 2;
        boolean opening = q - 1 == noun + 2 && tokens.isSymbol(q - 1, ',') && tokens.isWord(from, Words.OF)
                && tokens.isWord(from + 1, Words.THE) && tokens.isWord(noun) && tokens.is(noun + 1, Lexicon.CASUALTY);
        return opening && !tokens.is(noun, Lexicon.STOP) ? noun : -1;
    }

    /**
     * Where a comma sets the number at {@code q} off from what it counts, past "only", "at" or "with" ("Of these, only
     * 830", "the most murders, at 1,908"); else the token before the number.
     */
    private int commaBefore(int q) {
        return tokens.is(q - 1, Lexicon.RESTRICTIVE) || tokens.isWord(q - 1, Words.AT)
                || tokens.isWord(q - 1, Words.WITH) ? q - 2 : q - 1;
    }

    /**
     * "Americans remained the largest group, at 612,400": the body a superlative ranks, set off by a comma (and "at"
     * or "with") just before the number; or -1.
     */
    private int rankedCollectiveBefore(int q, int from) {
        int comma = commaBefore(q);
        int body = comma - 1;
        if (!tokens.isSymbol(comma, ',') || body - 1 <= from || !tokens.is(body, Lexicon.COLLECTIVE)) {
            return -1;
        }
        return tokens.isWord(body - 1) && Lexicon.SUPERLATIVES.contains(tokens.id(body - 1)) ? body : -1;
    }

    /**
     * "By Wednesday the number had fallen to 19,400", "The total will reach 26": the number of what the text counted
     * before, as the subject of a verb of reaching.
     */
    private boolean isTallyOfEarlier(int q) {
        if (number.vague || number.currency != null) {
            return false;
        }
        int verb = verbOfTotalSubject(q);
        // "the figure was 38,000 last year": the verb to be sets the tally as a verb of reaching does
        int subject = verb >= 0 ? verb : isAuxiliary(q - 1) ? q - 1 : -1;
        while (subject > 0 && isAuxiliary(subject)) {
            subject--;
        }
        return subject > 0 && tokens.isWord(subject) && Lexicon.TALLY_SUBJECTS.contains(tokens.id(subject))
                && tokens.isWord(subject - 1, Words.THE);
    }

    /**
     * "Seventeen people were arrested. Fourteen were charged", "Three men were held. Two were later released": a
     * bare number opening the sentence before a passive verb counts the people the text counted before; before
     * "were still", whatever the text counted.
     */
    private boolean opensSentenceOfPeople(int q, int n, int from) {
        boolean be = tokens.is(n, Lexicon.PLURAL_BE);
        boolean remained = tokens.isWord(n, Words.REMAINED) || tokens.isWord(n, Words.REMAIN);
        if (q != from || earlierNoun == null || !be && !remained || number.vague || number.currency != null
                || looksLikeYear()) {
            return false;
        }
        // "23,000 customers lost power. About 7,800 were still without it", "About 1,150 remained in the dark": what
        // is left of what was counted
        boolean left = (remained || tokens.isWord(n + 1, Words.STILL)) && COUNT.equals(earlierKind);
        return left || be && (noun.isPastTense(n + 1) || tokens.is(n + 1, Lexicon.PREDICATE_GAP)
                && noun.isPastTense(n + 2)) && (earlierNounPerson || namesPeople(earlierNoun));
    }

    /** "men", "women", "students": a noun's forms that name people, by the word or its singular. */
    private static boolean namesPeople(List<String> forms) {
        for (String form : forms) {
            String word = form.toLowerCase(Locale.ROOT);
            int id = Lexicon.lookup(word.toCharArray(), 0, word.length());
            int singular = word.endsWith("s") ? Lexicon.lookup(word.toCharArray(), 0, word.length() - 1) : Lexicon.NONE;
            if (id != Lexicon.NONE && (Lexicon.has(id, Lexicon.PERSON) || Lexicon.PEOPLE_PLURALS.contains(id))
                    || singular != Lexicon.NONE && Lexicon.has(singular, Lexicon.PERSON_NOUN)) {
                return true;
            }
        }
        return false;
    }

    /**
     * "bringing the total to 53", "put the figure at 45,000", "raise that figure to 48,000": the number a word for
     * the tally of what the text counted before is set to.
     */
    private boolean isTallyObject(int q) {
        boolean setTo = tokens.isWord(q - 1, Words.TO) || tokens.isWord(q - 1, Words.AT);
        if (!setTo || number.vague || number.currency != null || looksLikeYear()) {
            return false;
        }
        // "bringing the total in the city to 119": a place or period may stand between the tally and its level
        int tally = q - 2;
        for (int k = q - 3; k > q - MAX_TALLY_PHRASE_TOKENS && k > 0 && !isTallyWord(tally); k--) {
            boolean placed = tokens.isWord(k + 1, Words.IN) || tokens.isWord(k + 1, Words.ON)
                    || tokens.isWord(k + 1, Words.FOR) || tokens.isWord(k + 1, Words.AT);
            tally = placed && isTallyWord(k) ? k : tally;
        }
        return isTallyWord(tally) && (tokens.isWord(tally - 1, Words.THE)
                || tokens.isWord(tally - 1, Words.THAT) || tokens.is(tally - 1, Lexicon.POSSESSIVE));
    }

    /** "A total of 27 sold for more": a tally of what the text counted before, its noun left out. */
    private boolean isTotalOf(int q) {
        return tokens.isWord(q - 1, Words.OF) && isTallyWord(q - 2) && tokens.is(q - 3, Lexicon.ARTICLE)
                && !number.vague && number.currency == null && !looksLikeYear();
    }

    private boolean isTallyWord(int k) {
        return tokens.isWord(k) && Lexicon.TALLY_SUBJECTS.contains(tokens.id(k));
    }

    /**
     * "Wayanad had the fewest, at 6,034", "Kollam the most, with 37,905", "the highest number, 94": a superlative
     * with no noun of its own, set off by a comma, ranks what the text counted before.
     */
    private boolean isRankedAlone(int q, int n) {
        int comma = commaBefore(q);
        // "the highest number, 94": the superlative may rank a word for the tally
        int rank = tokens.isWord(comma - 1) && Lexicon.TALLY_SUBJECTS.contains(tokens.id(comma - 1)) ? comma - 2
                : comma - 1;
        return tokens.isSymbol(comma, ',') && tokens.isWord(rank) && Lexicon.SUPERLATIVES.contains(tokens.id(rank))
                && tokens.isWord(rank - 1, Words.THE) && endsClause(n) && !number.vague && number.currency == null;
    }

    /** "Of the 312, 118 have been confirmed": the sentence opens with a number of what the text counted before. */
    private boolean isWholeOfEarlier(int q, int n) {
        return q == 2 && tokens.isWord(0, Words.OF) && tokens.isWord(1, Words.THE) && tokens.isSymbol(n, ',')
                && !number.vague && number.currency == null;
    }

    /** "Of these, 4,412 took place at home": the sentence opens with the group the text counted before. */
    private boolean isPartOfThese(int q) {
        int comma = commaBefore(q);
        return comma == 2 && tokens.isWord(0, Words.OF) && tokens.is(1, Lexicon.DEMONSTRATIVE)
                && !tokens.isWord(1, Words.THE) && tokens.isSymbol(comma, ',');
    }

    /**
     * Reads into {@link #noun} the plural noun that the number at {@code q} gives the size of: the whole a sentence
     * opens with ("Of the top performers, 1,112"), or a noun ranked by "most" or "the number of" before a comma (and
     * "at" or "with") just before the number.
     */
    private boolean readWholeBefore(int q, int from) {
        int comma = commaBefore(q);
        if (!tokens.isSymbol(comma, ',') || comma - 1 <= from) {
            return false;
        }
        boolean ofThe = tokens.isWord(from, Words.OF) && tokens.isWord(from + 1, Words.THE);
        if (ofThe && noun.read(from + 2, comma, false)) {
            // "Of the koalas admitted this year, 61 were hit": a participle's phrase may follow the whole
            return noun.head == comma - 1
                    || noun.isPastTense(noun.head + 1) && comma - noun.head <= MAX_WHOLE_PHRASE_TOKENS;
        }
        if (ofThe || !CountedNoun.looksPlural(tokens, comma - 1)) {
            return false;
        }
        int owned = tokens.isWord(from, Words.OF) ? possessedStart(from + 1, comma) : -1;
        if (owned > 0) {
            // "Of last year's callouts, 244 involved walkers": the whole a possessive names
            return noun.read(owned, comma, false) && noun.head == comma - 1;
        }
        for (int k = comma - 2; k > from && k >= comma - MAX_RANKED_NOUN_TOKENS; k--) {
            boolean ranked = tokens.isWord(k, Words.MOST) || tokens.isWord(k, Words.OF) && tokens.isWord(k - 1,
                    Words.NUMBER);
            if (ranked) {
                return noun.read(k + 1, comma, false) && noun.head == comma - 1;
            }
            if (!tokens.isWord(k)) {
                return false;
            }
        }
        return false;
    }

    /** The token after the first "'s" between {@code from} and {@code end} ("last year's"), or -1. */
    private int possessedStart(int from, int end) {
        for (int k = from; k + 2 < end; k++) {
            if (tokens.possessive(k)) {
                return k + 3;
            }
        }
        return -1;
    }

    /** "seven players based abroad, among them four in Spain": a part of the group just counted. */
    private boolean isAmongThem(int q) {
        return tokens.isWord(q - 1, Words.THEM) && tokens.isWord(q - 2, Words.AMONG) && !number.vague
                && number.currency == null;
    }

    /**
     * "11 of them", "one of whom was released": a part of a group the text counted before; "the two of them" names
     * the whole pair.
     */
    private boolean isOfThem(int n) {
        boolean group = tokens.isWord(n + 1, Words.THEM) || tokens.is(n + 1, Lexicon.RELATIVE);
        return tokens.isWord(n, Words.OF) && group && !number.vague && !number.estimate
                && number.currency == null && !tokens.isWord(qualifiers.first - 1, Words.THE);
    }

    private static boolean isDollarSign(String currency) {
        return currency.endsWith("$");
    }

    /** "optimistic about 2005": four digits without a separator in the range of years name a year, not an amount. */
    private boolean looksLikeYear() {
        return !number.words && number.next == number.first + 1 && tokens.length(number.first) == YEAR_DIGITS
                && number.value.compareTo(FIRST_YEAR) >= 0 && number.value.compareTo(LAST_YEAR) <= 0;
    }

    /** The last casualty figure's noun in the form agreeing with this number first: people, person. */
    private void addSharedForms() {
        if (lastNoun == null) {
            return;
        }
        if (lastNounPerson) {
            addPersonForms();
        } else {
            // "1,109 additional acute beds ... a further 2,600": the phrase and its head noun, as for the first
            unit.addAll(lastNoun);
        }
    }

    /**
     * The casualty word at {@code k} or after a few predicate words ("were", "are thought to have", "was shot"),
     * or -1.
     */
    private int casualtyAfter(int from, int to) {
        int k = afterPlace(from, to);
        // "three women who were arrested", "fishermen who have died": a relative pronoun before a passive verb or
        // an auxiliary opens the predicate
        boolean relative = tokens.is(k, Lexicon.RELATIVE);
        if (relative && (tokens.is(k + 1, Lexicon.PLURAL_BE | Lexicon.SINGULAR_BE)
                || tokens.is(k + 1, Lexicon.PREDICATE_GAP) || isLivesLost(k + 1)
                || tokens.is(k + 1, Lexicon.CASUALTY) && !isActiveVerb(k + 1) && !namesObject(k + 2))) {
            // "three who died"; "two men who killed a guard" is the men's act, not their fate
            k++;
        }
        int limit = Math.min(to, k + MAX_PREDICATE_GAP + 1);
        while (k < limit && (tokens.is(k, Lexicon.PREDICATE_GAP) || isAmongThe(k) || isAdverb(k))
                && !tokens.is(k, Lexicon.CASUALTY)) {
            k += isAmongThe(k) ? 2 : 1;
        }
        int injured = injuredAt(k, to);
        if (injured > 0) {
            return injured;
        }
        if ((tokens.isWord(k, Words.THE) || tokens.is(k, Lexicon.ARTICLE)) && isInHospital(k + 1)) {
            k++;
        }
        if (k < limit && (tokens.isWord(k, Words.INTO) || tokens.isWord(k, Words.IN))
                && tokens.isWord(k + 1, Words.CUSTODY)) {
            // "were taken into custody", "remain in custody"
            return k + 1;
        }
        int named = namedHospital(k);
        if (named > 0 && named < to) {
            // "taken to Airedale Hospital", "in St James's Hospital": the hospital's name before its word
            return named;
        }
        if (k < limit && isLivesLost(k)) {
            // "52 people have lost their lives": the lives stand for the deaths
            return k + 2;
        }
        boolean act = relative && isActiveVerb(k) && namesObject(k + 1);
        return k < limit && !act && (tokens.is(k, Lexicon.CASUALTY) || isInHospital(k)) ? k : -1;
    }

    /** "lost their lives": a count's death; "a woman of 81 lost her life" gives her age. */
    private boolean isLivesLost(int k) {
        return tokens.isWord(k, Words.LOST) && tokens.isWord(k + 1, Words.THEIR) && tokens.isWord(k + 2, Words.LIVES);
    }

    /** The event of the casualty word at {@code k}: its own, or a death for the lives lost. */
    private String eventAt(int k) {
        // "were stabbed to death": the fate the words after the casualty word tell
        boolean toDeath = tokens.isWord(k + 1, Words.TO) && tokens.isWord(k + 2, Words.DEATH);
        return tokens.isWord(k, Words.LIVES) || toDeath ? Lexicon.DEATHS_EVENT : Lexicon.event(tokens.id(k));
    }

    /** "remain internally displaced", "were reportedly killed": an adverb inside the predicate. */
    private boolean isAdverb(int k) {
        return tokens.length(k) > MIN_ADVERB_LENGTH && tokens.endsWith(k, "ly") && !tokens.capitalized(k);
    }

    /** "three children were among the injured". */
    private boolean isAmongThe(int k) {
        return tokens.isWord(k, Words.AMONG) && tokens.isWord(k + 1, Words.THE);
    }

    /**
     * The token of "Hospital" after up to three capitalised words of its name at {@code k}, right after "to" or
     * "in" and an article it may have; or -1.
     */
    private int namedHospital(int k) {
        if (!tokens.isWord(k - 1, Words.TO) && !tokens.isWord(k - 1, Words.IN)) {
            return -1;
        }
        // "taken to the Royal Berkshire Hospital", "to the University Hospital of Wales"
        int name = tokens.isWord(k, Words.THE) ? k + 1 : k;
        for (int h = name; h < name + MAX_HOSPITAL_NAME_TOKENS && tokens.capitalized(h); h++) {
            if (tokens.isWord(h, Words.HOSPITAL) && h > name) {
                return h;
            }
        }
        return -1;
    }

    /**
     * "80 homes in Charvil and Twyford were evacuated", "40 homes on Aitken Street were evacuated", "two men from
     * Leeds were arrested": where the predicate
     * starts after a place named after the noun, or {@code k} when no such place stands there.
     */
    private int afterPlace(int k, int to) {
        int j = k;
        // "on Aitken Street and Bolton Road North in Stubbins": a place within a place
        for (int places = 0; places < MAX_PLACES && isPlacePreposition(j) && tokens.capitalized(j + 1); places++) {
            int limit = Math.min(to, j + MAX_PLACE_TOKENS + 1);
            j++;
            while (j < limit && tokens.isWord(j) && (tokens.capitalized(j) || tokens.isWord(j, Words.AND)
                    && tokens.capitalized(j + 1))) {
                j++;
            }
        }
        boolean predicate = tokens.is(j, Lexicon.PLURAL_BE | Lexicon.SINGULAR_BE | Lexicon.PREDICATE_GAP)
                || tokens.is(j, Lexicon.CASUALTY);
        // "the homes of four pensioners in Huntingdon has been jailed": a verb in the singular has another subject
        boolean one = number.value.compareTo(BigDecimal.ONE) == 0;
        boolean agrees = one ? !tokens.is(j, Lexicon.PLURAL_BE) && !tokens.isWord(j, Words.HAVE)
                : !tokens.is(j, Lexicon.SINGULAR_BE) && !tokens.isWord(j, Words.HAS);
        return j > k + 1 && predicate && agrees ? j : k;
    }

    private boolean isPlacePreposition(int k) {
        return tokens.isWord(k, Words.IN) || tokens.isWord(k, Words.AT) || tokens.isWord(k, Words.FROM)
                || tokens.isWord(k, Words.ON);
    }

    /**
     * "two others were treated at the scene", "treated for minor injuries" or "for hypothermia", "suffered serious but
     * not life-threatening injuries": the word that makes them injured, or -1.
     */
    private int injuredAt(int k, int to) {
        boolean treated = tokens.isWord(k - 1, Words.TREATED);
        if (treated && tokens.isWord(k, Words.AT) && tokens.isWord(k + 1, Words.THE)
                && tokens.isWord(k + 2, Words.SCENE)) {
            return k + 2;
        }
        if (!(treated && tokens.isWord(k, Words.FOR)) && !Lexicon.INJURY_VERBS.contains(tokens.id(k))) {
            return -1;
        }
        int limit = Math.min(to, k + MAX_INJURY_WORDS + 1);
        for (int j = k + 1; j < limit && (tokens.isWord(j) || tokens.isSymbol(j, '-')); j++) {
            if (tokens.id(j) != Lexicon.NONE && Lexicon.INJURED_EVENT.equals(Lexicon.event(tokens.id(j)))) {
                return j;
            }
        }
        return -1;
    }

    /**
     * "were taken to hospital", "remain in hospital", "taken to the hospital", "taken to hospitals": the place stands
     * for the event.
     */
    private boolean isInHospital(int k) {
        // "taken to a hospital": American copy gives the place its article
        int before = tokens.isWord(k - 1, Words.THE) || tokens.is(k - 1, Lexicon.ARTICLE) ? k - 2 : k - 1;
        return (tokens.isWord(k, Words.HOSPITAL) || tokens.isWord(k, Words.HOSPITALS))
                && (tokens.isWord(before, Words.TO) || tokens.isWord(before, Words.IN));
    }

    /** Extends a count through "was killed", "were injured", "died", "shot dead" right after it. */
    private int casualtyPredicate(int end, int to) {
        int k = casualtyAfter(end, to);
        if (k == afterPlace(end, to) && isActiveVerb(k)) {
            // "two earthquakes killed about 9,000 people": the noun did the killing, its object is the casualty
            return end;
        }
        if (k > end && tokens.isWord(k - 1, Words.TO) && tokens.is(k, Lexicon.CASUALTY) && nounUnit && !nounPerson
                && isObjectAfter(k + 1)) {
            // "35 rubber boats to evacuate residents": things sent for the event do not suffer it; "1,100 residents
            // to flee" do
            return end;
        }
        if (k >= 0 && event == null) {
            event = eventAt(k);
            return k + 1;
        }
        int shared = coordinatedNounEnd(end, to);
        if (shared < 0) {
            shared = coordinatedFigureEnd(end, to);
        }
        if (shared < 0) {
            shared = asideEnd(end, to);
        }
        if (shared < 0) {
            shared = ageModifierEnd(end, to);
        }
        k = shared < 0 ? -1 : casualtyAfter(shared, to);
        if (k >= 0 && event == null) {
            // "17 peacekeepers and foreign soldiers have been killed": both nouns' predicate, the first noun's figure
            event = eventAt(k);
        }
        return end;
    }

    /** "members who murdered Jane Doe", "men who killed the guard": a name or a noun phrase as a verb's object. */
    /** "residents", "the town", "Jane Doe": an object after a verb, named or plural. */
    private boolean isObjectAfter(int k) {
        return namesObject(k) || tokens.isWord(k) && !tokens.is(k, Lexicon.STOP) && CountedNoun.looksPlural(tokens, k);
    }

    private boolean namesObject(int k) {
        return tokens.isWord(k) && (tokens.capitalized(k) && !tokens.is(k, Lexicon.WEEKDAY | Lexicon.MONTH)
                || tokens.is(k, Lexicon.ARTICLE) || tokens.isWord(k, Words.THE));
    }

    /**
     * A casualty word with an object after it: "killed 9,000", "killed about 9,000", "missing their first dose". A
     * preposition after it ("died in 2019", "killed at the scene") leaves it a predicate.
     */
    private boolean isActiveVerb(int k) {
        int next = k + 1;
        if (tokens.is(next, Lexicon.ESTIMATE_WORD)) {
            next++;
        } else if (tokens.isWord(next, Words.MORE) && tokens.isWord(next + 1, Words.THAN)
                || tokens.isWord(next, Words.AT) && tokens.isWord(next + 1, Words.LEAST)) {
            next += 2;
        }
        return tokens.mayStart(next) || tokens.is(k + 1, Lexicon.POSSESSIVE);
    }

    /**
     * The token after an aside between the noun and its predicate: ", including 29 children," in "134 people,
     * including 29 children, had been killed", ", aged 45 and 35," or ", who had been trapped since Monday,"; or -1.
     */
    private int asideEnd(int end, int to) {
        char close = tokens.isSymbol(end, ',') ? ','
                : tokens.isAnySymbol(end, ASIDE_DASHES) ? tokens.first(end) : tokens.isSymbol(end, '(') ? ')' : 0;
        if (close == 0) {
            return -1;
        }
        int limit = Math.min(to, end + 2 + MAX_ASIDE_TOKENS);
        for (int k = end + 2; k < limit; k++) {
            if (tokens.isSymbol(k, close)) {
                return k + 1;
            }
        }
        return -1;
    }

    /**
     * The token after an age set between the noun and its predicate without commas: "aged 12 and 14", "under three
     * months old" in "11 babies under three months old had died"; or -1.
     */
    private int ageModifierEnd(int end, int to) {
        boolean aged = tokens.is(end, Lexicon.AGE_MARKER);
        int k = aged || tokens.is(end, Lexicon.QUALIFIER_WORD) ? end + 1 : -1;
        if (aged && tokens.is(k, Lexicon.QUALIFIER_WORD)) {
            k++;
        }
        if (k < 0 || !isAmount(k)) {
            return -1;
        }
        k++;
        if (tokens.is(k, Lexicon.RANGE_JOINER) && isAmount(k + 1)) {
            k += 2;
        }
        if (tokens.is(k, Lexicon.DURATION)) {
            k++;
        }
        boolean old = tokens.isWord(k, Words.OLD);
        return k < to && (old || aged) ? (old ? k + 1 : k) : -1;
    }

    private boolean isAmount(int k) {
        return tokens.isNum(k) || tokens.is(k, Lexicon.NUMBER);
    }

    /**
     * The token after a second count joined to the figure by "and" ("and seven crew members"), whose predicate
     * both share: "Twenty-two passengers and seven crew members were injured"; or -1.
     */
    private int coordinatedFigureEnd(int end, int to) {
        if (!tokens.isWord(end, Words.AND) || !tokens.mayStart(end + 1)) {
            return -1;
        }
        int k = end + 1;
        while (k < to && (tokens.isNum(k) || tokens.is(k, Lexicon.NUMBER | Lexicon.SCALE)
                || tokens.isSymbol(k, '-') && tokens.glued(k))) {
            k++;
        }
        int limit = Math.min(to, k + MAX_COORDINATED_WORDS);
        for (; k < limit && tokens.isWord(k) && !tokens.is(k, Lexicon.STOP | Lexicon.CASUALTY); k++) {
            // "crew members": a plural may be the first part of a compound
            boolean compound = tokens.isWord(k + 1) && !tokens.is(k + 1, Lexicon.STOP | Lexicon.PREDICATE_GAP)
                    && CountedNoun.looksPlural(tokens, k + 1);
            if (CountedNoun.looksPlural(tokens, k) && !compound) {
                return k + 1;
            }
        }
        return -1;
    }

    /** The token after a noun joined to the figure's own by "and" or "or" ("and foreign soldiers"), or -1. */
    private int coordinatedNounEnd(int end, int to) {
        if (!tokens.isWord(end, Words.AND) && !tokens.isWord(end, Words.OR)) {
            return -1;
        }
        int limit = Math.min(to, end + 1 + MAX_COORDINATED_WORDS);
        // a number in the joined phrase makes it a figure of its own, with its own predicate: "and two adults"
        for (int k = end + 1; k < limit && tokens.isWord(k) && !tokens.mayStart(k) && !tokens.is(k, Lexicon.STOP);
                k++) {
            if (CountedNoun.looksPlural(tokens, k)) {
                return k + 1;
            }
        }
        return -1;
    }

    /** A casualty noun a few words before token {@code q} with no number between ("the death toll rose to"), or -1. */
    private int casualtyNounBefore(int q, int from) {
        // a comma closes the clause: "the death toll could rise, with up to six people still trapped"
        for (int p = q - 1; p >= from && p >= q - MAX_TOLL_GAP && !tokens.isNum(p) && !tokens.isSymbol(p, ',');
                p--) {
            // "the toll-free line on 8181": a compound's first word names no casualties
            boolean compound = tokens.isAnySymbol(p + 1, "-\u2013") && tokens.glued(p + 1) && tokens.glued(p + 2);
            if (tokens.is(p, Lexicon.CASUALTY_NOUN) && !compound) {
                return p;
            }
        }
        return tollSubject(q, from);
    }

    /**
     * "The death toll from a magnitude 6.9 earthquake that struck ... has risen to 72": the toll is the subject of a
     * verb of rising right before the number, however long the phrase after it; or -1.
     */
    private int tollSubject(int q, int from) {
        int verb = q - 2;
        boolean preposition = tokens.isWord(q - 1, Words.TO) || tokens.isWord(q - 1, Words.AT);
        if (!preposition || !tokens.isWord(verb)
                || !Lexicon.TOLL_VERBS.contains(tokens.id(verb))) {
            return preposition ? tollObject(q, from) : -1;
        }
        for (int p = verb - 1; p >= from && p >= verb - MAX_TOLL_SUBJECT_TOKENS; p--) {
            if (tokens.isWord(p, Words.TOLL)) {
                return p;
            }
        }
        return -1;
    }

    /**
     * "raised the toll from the week's strikes on the province to 37": the toll as the object of a verb of raising,
     * with "to" before the number; or -1.
     */
    private int tollObject(int q, int from) {
        for (int p = q - 2; p > from && p >= q - MAX_TOLL_SUBJECT_TOKENS; p--) {
            if (tokens.isWord(p, Words.TOLL)) {
                // "taking the nationwide monsoon death toll since June 26 to 196": words may stand between
                int determiner = p - 1;
                while (determiner > from && determiner >= p - MAX_TOLL_MODIFIERS && tokens.isWord(determiner)
                        && !tokens.isWord(determiner, Words.THE)) {
                    determiner--;
                }
                boolean raised = tokens.isWord(determiner, Words.THE) && tokens.isWord(determiner - 1)
                        && Lexicon.RAISING_VERBS.contains(tokens.id(determiner - 1));
                return raised ? p : -1;
            }
        }
        return -1;
    }

    /**
     * The event a counted noun names itself ("12 deaths", "three fatalities"), its adjective does ("31 missing
     * people") or a verb taking lives does ("claimed 117 lives"), or that a casualty noun just before
     * gives people ("the death toll rose to at least 107 people"); null for any other noun.
     */
    private String nounEvent(int from) {
        if (tokens.is(noun.head, Lexicon.CASUALTY_NOUN)) {
            return Lexicon.event(tokens.id(noun.head));
        }
        int verb = qualifiers.first - 1;
        if (tokens.isWord(noun.head) && Lexicon.LIVES.contains(tokens.id(noun.head)) && tokens.isWord(verb)
                && Lexicon.LIFE_TAKING_VERBS.contains(tokens.id(verb))) {
            // "the crash claimed 117 lives"
            return Lexicon.DEATHS_EVENT;
        }
        for (int k = number.next; k < noun.head; k++) {
            if (tokens.is(k, Lexicon.CASUALTY) && !(tokens.isSymbol(k + 1, '-') && tokens.glued(k + 1))) {
                // "31 missing people", "12 wounded soldiers": the noun's adjective names what befell them, but
                // not as part of a compound ("two die-hard fans")
                return Lexicon.event(tokens.id(k));
            }
        }
        int p = nounPerson ? casualtyNounBefore(qualifiers.first, from) : -1;
        return p >= 0 ? Lexicon.event(tokens.id(p)) : null;
    }

    /**
     * "Among the dead were three children", "the injured included 12 soldiers": the casualties named as a group
     * before a verb of being or including; null when no such group comes right before token {@code q}.
     */
    private String casualtyGroupBefore(int q) {
        int verb = q - 1;
        boolean being = tokens.is(verb, Lexicon.PLURAL_BE | Lexicon.SINGULAR_BE)
                || tokens.isWord(verb) && Lexicon.INCLUDE_VERBS.contains(tokens.id(verb));
        return being && tokens.is(verb - 1, Lexicon.CASUALTY) && tokens.isWord(verb - 2, Words.THE)
                ? Lexicon.event(tokens.id(verb - 1)) : null;
    }

    /**
     * "killing 12 people", "killed 12 people", "the deaths of 12 people": a casualty verb just before the figure.
     * Casualty adjectives do not count there ("missing two facts").
     */
    private String casualtyBefore(int p) {
        if (tokens.is(p, Lexicon.CASUALTY_VERB) || tokens.is(p, Lexicon.CASUALTY) && tokens.word(p).endsWith("ed")) {
            return Lexicon.event(tokens.id(p));
        }
        if (tokens.isWord(p, Words.OF) && tokens.is(p - 1, Lexicon.CASUALTY_NOUN)) {
            return Lexicon.event(tokens.id(p - 1));
        }
        return null;
    }

    /**
     * "10-15 people", "20–30%", "ages 18-61": two plain numbers joined by a dash and followed by a unit or plural
     * noun, or after an age word, are a range of amounts. Scores ("2-1 win", "won 3-0") are followed by a singular
     * noun or nothing.
     */
    private boolean isRange(int t, int to) {
        if (!tokens.isNum(t) || !lookAlikes.joinedNumbers(t, to) || !tokens.isAnySymbol(t + 1, "-\u2013")
                || tokens.glued(t) && !tokens.isAnySymbol(t - 1, "(\"'\u201c") || isModelNumber(t)
                || dates.isSeasonSpan(t)) {
            return false;
        }
        int k = t + 3;
        boolean ages = tokens.is(t - 1, Lexicon.AGE_MARKER)
                || tokens.is(t - 1, Lexicon.RANGE_OPENER) && tokens.is(t - 2, Lexicon.AGE_MARKER);
        // "28-35C", "5-7°C": a temperature's scale or the degree sign after the second number
        boolean temperature = tokens.glued(k) && isTemperatureScale(k) || tokens.isSymbol(k, '°');
        return ages || k < to && (tokens.isSymbol(k, '%') && tokens.glued(k) || temperature || isPerCent(k)
                || tokens.is(k, Lexicon.DURATION | Lexicon.DISTANCE | Lexicon.MEASURE | Lexicon.PERCENT
                | Lexicon.CURRENCY | Lexicon.SCALE)
                // "100-150 basis points", "20-30 square metres": a word naming the unit's kind before it, but not
                // a time after a score ("won 3-0 last week")
                || tokens.is(k, Lexicon.RATE_PREFIX | Lexicon.AREA_PREFIX)
                || tokens.isWord(k) && !tokens.capitalized(k) && !tokens.is(k, Lexicon.STOP)
                && tokens.is(k + 1, Lexicon.DISTANCE | Lexicon.MEASURE | Lexicon.PERCENT | Lexicon.CURRENCY)
                || tokens.isWord(k) && !tokens.capitalized(k) && !tokens.is(k, Lexicon.STOP)
                && CountedNoun.looksPlural(tokens, k) && !isSeriesScore(k));
    }

    private boolean isParts(int k) {
        return tokens.length(k) == PARTS.length() && tokens.endsWith(k, PARTS);
    }

    /** "a 2-1 series victory", "a 3-0 series lead": "series" after two joined numbers tells a score, not a range. */
    private boolean isSeriesScore(int k) {
        return tokens.length(k) == SERIES.length() && tokens.endsWith(k, SERIES);
    }

    private boolean isPerCent(int k) {
        return tokens.isWord(k, Words.PER) && tokens.isWord(k + 1, Words.CENT);
    }

    /** "Boeing 737 Max 8-200 jets": numbers after a name inside a sentence are a model's, not a range. */
    private boolean isModelNumber(int t) {
        return t > 1 && tokens.capitalized(t - 1) && (tokens.capitalized(t - 2) || tokens.isNum(t - 2))
                && !tokens.is(t - 1, Lexicon.MONTH | Lexicon.WEEKDAY | Lexicon.QUALIFIER_WORD | Lexicon.AGE_MARKER);
    }

    /**
     * Whether at most {@link #MAX_FIGURE_NOUN_WORDS} plain words stand between the last figure and token {@code q}:
     * the noun of that figure ("a £250,000 mortgage over 25 years"), which a span then measures.
     */
    private boolean closesLastFigure(int q) {
        if (lastFigureEnd < 0 || q <= lastFigureEnd || q - lastFigureEnd > MAX_FIGURE_NOUN_WORDS) {
            return false;
        }
        for (int k = lastFigureEnd; k < q; k++) {
            if (!tokens.isWord(k) || tokens.capitalized(k) || tokens.is(k, Lexicon.STOP)) {
                return false;
            }
        }
        return true;
    }

    /** A bare number before a joiner and another number waits to share that number's unit: "20 to 30 people". */
    private void holdForNextUnit(int t, int n, int to) {
        int k = nextNumberAfterJoiner(n, to);
        if (k >= 0) {
            pending.hold(t, n, k, number.value, qualifiers.qualifier, qualifiers.approximate() || number.vague);
            pending.unscaled = number.scale == 1 && !number.words;
            pending.age = heldAge;
            pending.currency = heldCurrency;
            heldAge = null;
            heldCurrency = null;
        }
    }

    /**
     * "from 62 to around 75 posts", "between 40 and about 50 people": after a range's opener, the second number may
     * carry a qualifier of its own; the token where the number starts after it, else {@code k}.
     */
    private int boundedNumberStart(int k, int to) {
        if (!tokens.is(qualifiers.first - 1, Lexicon.RANGE_OPENER)) {
            return k;
        }
        int q = k;
        while (q < to && q < k + MAX_QUALIFIER_WORDS && tokens.is(q, Lexicon.QUALIFIER_WORD)
                && !tokens.is(q, Lexicon.RANGE_JOINER)) {
            q++;
        }
        return q > k && q < to ? q : k;
    }

    /** Whether a joiner and another number follow: "20 to 30", "72 of 145", "four of the eight people". */
    private boolean heldForNextUnit(int n, int to) {
        return nextNumberAfterJoiner(n, to) >= 0;
    }

    /** The token of the number after the joiner at {@code n} ("to", "of the", "out of"), or -1. */
    private int nextNumberAfterJoiner(int n, int to) {
        if (tokens.isWord(n, Words.OUT) && tokens.isWord(n + 1, Words.OF)
                && lookAlikes.isShareOfPeople(number.first, n + 2)) {
            // "three out of four young people": a ratio, as "one in five" is, not a part of a group counted
            return -1;
        }
        int of = tokens.isWord(n, Words.OUT) && tokens.isWord(n + 1, Words.OF) ? n + 1 : n;
        if (tokens.isAnySymbol(n, "-\u2013") && tokens.glued(n) && !tokens.glued(n + 1)
                && tokens.is(n + 1, Lexicon.RANGE_JOINER)) {
            // "a 22- to 24-month suspension": the first number's hyphen hangs, waiting for the unit the second brings
            of = n + 1;
        }
        boolean joiner = tokens.is(of, Lexicon.RANGE_JOINER) || tokens.isAnySymbol(of, "-\u2013")
                || isLooseAlternative(of, of + 1);
        int k = tokens.isWord(of, Words.OF) ? afterDeterminers(of + 1) : of + 1;
        boolean signWord = tokens.isWord(k, Words.MINUS) || tokens.isWord(k, Words.PLUS);
        if ((signWord || tokens.isAnySymbol(k, "-\u2212") && tokens.glued(k + 1)) && tokens.isNum(k + 1)) {
            // "between minus 35 and minus 42 degrees", "between -12 and -15 degrees", "from minus 40 to plus 50
            // degrees": the sign reads with the number's measure
            k++;
        }
        int bounded = boundedNumberStart(k, to);
        if (!joiner || k >= to || !mayStartNumber(bounded)) {
            return -1;
        }
        // "fell by 44,000 to 718,000": a change by a scaled or bare amount, then the level reached, is no range
        // ("rose by 5 to 10 percent" is one)
        boolean bareLevel = !tokens.isWord(k + 1) && !tokens.isSymbol(k + 1, '%')
                || tokens.is(k + 1, Lexicon.STOP) && !isPerCent(k + 1);
        boolean changeThenLevel = tokens.isWord(qualifiers.first - 1, Words.BY) && tokens.isWord(n, Words.TO)
                && (number.scale > 1 || bareLevel);
        return changeThenLevel ? -1 : k;
    }

    /**
     * "sat in their cars for 12, 14 hours", "maybe six, seven bottles": a comma between two close numbers written
     * alike, the second a little larger and followed by its noun, gives a guess of either; a list goes on after it
     * ("5, 7 and 9") or has begun before it.
     */
    private boolean isLooseAlternative(int comma, int k) {
        if (!tokens.isSymbol(comma, ',') || number.next != comma || !tokens.isWord(k + 1)
                || tokens.is(k + 1, Lexicon.CONJUNCTION) || tokens.isSymbol(qualifiers.first - 1, ',')
                || tokens.isNum(qualifiers.first - 1) || tokens.is(qualifiers.first - 1, Lexicon.ARTICLE)
                || tokens.isWord(qualifiers.first - 1, Words.THE)) {
            return false;
        }
        // "6,7,3kb": a number token may hold commas
        long second = !number.words && tokens.isNum(k) && tokens.length(k) <= MAX_ALTERNATIVE_DIGITS
                && tokens.text(k).chars().allMatch(Character::isDigit)
                ? Long.parseLong(tokens.text(k)) : number.words && tokens.is(k, Lexicon.NUMBER)
                ? Lexicon.value(tokens.id(k)) : -1;
        long first = number.value.longValue();
        return number.value.scale() <= 0 && first > 0 && second > first && second <= 2 * first;
    }

    /**
     * The token after the determiners of "10 of the next 13 games", "14 of their last 16", "37 of Scotland's 57"
     * and "446 of the state's 497", or {@code k} without them.
     */
    private int afterDeterminers(int k) {
        int d = tokens.isWord(k, Words.THE) || tokens.is(k, Lexicon.POSSESSIVE) ? k + 1 : k;
        if (tokens.is(d, Lexicon.ARTICLE) && tokens.isWord(d + 1, Words.POSSIBLE)) {
            // "38 of a possible 42 points"
            d += 2;
        }
        // "of South Canterbury's four tries", "of the home side's seven tries": a possessor of a few words
        for (int e = d; e < d + MAX_POSSESSOR_WORDS && tokens.isWord(e) && !tokens.is(e, Lexicon.STOP); e++) {
            if (tokens.possessive(e)) {
                d = e + POSSESSIVE_TOKENS;
                break;
            }
        }
        return tokens.is(d, Lexicon.SEQUENCE) ? d + 1 : d;
    }

    private void emit(int t, int end) {
        int previousEnd = lastFigureEnd;
        boolean approximate = this.approximate || number.vague || number.estimate || qualifiers.approximate();
        if (pending.expected == qualifiers.first && !unit.isEmpty()) {
            add(pending.first, pending.next, rangeStart(), pending.qualifier, pending.approximate);
        }
        pending.clear();
        add(t, end, number.value, qualifiers.qualifier, approximate);
        lastFigureEnd = end;
        lastFigureDuration = DURATION.equals(kind);
        lastDurationUnit = lastFigureDuration ? unit.get(0) : null;
        lastFigureCompound = tokens.isSymbol(number.next, '-') && tokens.glued(number.next);
        lastAge = AGE.equals(kind) ? unit.get(0) : null;
        int before = qualifiers.first - 1;
        lastFigureFrom = tokens.isWord(before, Words.FROM);
        lastFigureOn = tokens.isWord(before, Words.ON);
        lastFigurePlaced = isPlacedAt(before);
        // a percentage or a span compares as a level ("to 3.2% from 3.5", "to 81 days from 53"), not as a change
        // ("fell by 23% from 36,185") or the time a count took ("2,764 admissions during the five days, up from 2,100")
        boolean level = lastFigureFrom || lastFigureOn || tokens.isWord(before, Words.TO)
                || tokens.isWord(before, Words.AT);
        // "4.3bn rupees ($98m; £52m), against 2.7bn": a sum converted in brackets is not the one compared
        boolean converted = tokens.isSymbol(before, '(') || tokens.isSymbol(end, ')');
        boolean comparable = (lastFigureDuration || PERCENT.equals(kind)) && level
                || MONEY.equals(kind);
        if (!converted) {
            comparedUnit = comparable ? unit.get(0) : null;
            comparedKind = kind;
        }
        // a unit of measure stands for its amount as a noun does: "20,000 tonnes a month, down from 30,000"; but not
        // one that describes the noun counted just before ("118.4 million boxes of 5 kg")
        boolean describesNoun = tokens.isWord(before, Words.OF) && previousEnd == before;
        boolean measured = (MEASURE.equals(kind) || DISTANCE.equals(kind)) && number.currency == null && !describesNoun;
        // "Of the 47 injured, 29 were treated": a casualty word that stands for people is what the sentence counted
        boolean casualtyPeople = !nounUnit && event != null && unit.contains(PERSON_PLURAL);
        if (!nounUnit && event != null && lastNoun != null && unit.containsAll(lastNoun)) {
            // "seven passengers were killed and 62 injured, 19 of them seriously": the noun shared, the event new
            lastEvent = event;
        }
        // "five men and two women were arrested. Three were charged": a later count is of the people of both nouns
        boolean pairedPeople = nounUnit && event != null && event.equals(lastEvent) && lastNoun != null
                && !lastNoun.equals(unit) && qualifiers.first == previousEnd + 1
                && tokens.isWord(previousEnd, Words.AND);
        if ((nounUnit || casualtyPeople) && COUNT.equals(kind) || measured) {
            lastNoun = pairedPeople ? List.of(PERSON_PLURAL, PERSON_SINGULAR) : List.copyOf(unit);
            lastNounPerson = nounUnit && nounPerson || casualtyPeople || pairedPeople;
            lastKind = kind;
            lastEvent = event;
            if (firstNoun == null && COUNT.equals(kind)) {
                firstNoun = lastNoun;
                firstNounPerson = lastNounPerson;
            }
        }
    }

    /**
     * The first number of a range takes the scale of the second when it has none and is smaller than the second's
     * digits: "20-30bn" is 20bn to 30bn, "5 to 10 million" 5 million to 10 million; "800 to 1.2 million" stays 800.
     */
    private BigDecimal rangeStart() {
        if (!pending.unscaled || number.scale == 1) {
            return pending.value;
        }
        BigDecimal scale = BigDecimal.valueOf(number.scale);
        BigDecimal digits = number.value.divide(scale);
        return pending.value.compareTo(digits) < 0 ? pending.value.multiply(scale) : pending.value;
    }

    private void add(int t, int end, BigDecimal magnitude, String qualifier, boolean approximate) {
        if (end == t + 1 && tokens.isWord(t, Words.ZERO) || isBelowZero(t)) {
            // "zero visibility", "near zero": nothing of a noun the sentence does not name is no count of it;
            // "below-zero wind chills" names a temperature's side of zero, no amount
            return;
        }
        boolean negative = isNegative(t);
        BigDecimal value = negative ? magnitude.negate() : magnitude;
        // the sign is part of the number as written: "minus 233C", "-8C"
        int start = negative ? t - 1 : t;
        figuresOut.add(new Figure(tokens.text(start, end), value.stripTrailingZeros(), List.copyOf(unit), kind,
                qualifier, approximate, event, tokens.start(start), tokens.end(end - 1), sentence(), section));
    }

    private boolean isBelowZero(int t) {
        return tokens.isWord(t, Words.ZERO) && tokens.isSymbol(t - 1, '-') && tokens.glued(t - 1) && tokens.glued(t)
                && Lexicon.ZERO_SIDES.contains(tokens.id(t - 2));
    }

    private int set(String kind, String unitText, int end) {
        this.kind = kind;
        unit.add(unitText);
        return end;
    }

    /**
     * "minus 8 degrees", "−8C", "-2.5%": a sign before a measure or percentage. A hyphen counts only after a
     * space, as it also joins ranges ("10-20") and compounds. A sum is below zero only as a level after a
     * preposition ("fell as low as minus $1,000"); after a noun or comma "minus" takes it away ("the payout, minus
     * $5,000"). Counts are never below zero.
     */
    private boolean isNegative(int t) {
        if (MONEY.equals(kind)) {
            return tokens.isWord(t - 1, Words.MINUS) && tokens.is(t - 2, Lexicon.STOP)
                    && !tokens.isWord(t - 2, Words.OR);
        }
        if (!MEASURE.equals(kind) && !PERCENT.equals(kind)) {
            return false;
        }
        // "(-11%)": a bracket before the sign stands where a space would
        boolean signed = tokens.isAnySymbol(t - 1, "-\u2212") && tokens.glued(t)
                && (!tokens.glued(t - 1) || tokens.isSymbol(t - 2, '('));
        // "plus or minus 3 points" gives a margin, which has no sign
        return signed || tokens.isWord(t - 1, Words.MINUS) && !tokens.isWord(t - 2, Words.OR);
    }

    private boolean isSecondsAfterDecimals(int n) {
        return tokens.length(n) == 1 && tokens.first(n) == 's' && number.value.scale() > 0 && !number.words;
    }

    /** "40C", "104F": a temperature written without the degree sign. */
    private boolean isTemperatureScale(int n) {
        return tokens.length(n) == 1 && (tokens.first(n) == 'C' || tokens.first(n) == 'F');
    }

    /**
     * "a high of 9 C", "minus 3 F", "to fall to 3 C.": Canadian and Japanese copy sets the scale one space apart. A
     * name or number after the letter, or a name before the number, makes it a label instead ("Grade 9 C Block",
     * "Route 9 C"); so does a letter glued on ("9 C.J.").
     */
    private boolean isSpacedTemperature(int t, int n, int to) {
        boolean closes = tokens.isAnySymbol(n + 1, ".,;)") && !(tokens.glued(n + 2) && tokens.isWord(n + 2));
        return !tokens.glued(n) && isTemperatureScale(n) && !number.words && number.currency == null
                && number.value.abs().compareTo(MAX_TEMPERATURE) <= 0 && !isModelNumber(t)
                && (n + 1 >= to || (!tokens.glued(n + 1) || closes) && !tokens.isNum(n + 1)
                        && !(tokens.isWord(n + 1) && tokens.capitalized(n + 1)));
    }

    private boolean isOne() {
        return number.value.compareTo(BigDecimal.ONE) == 0;
    }

    /**
     * Whether what follows a glued "m" makes it a million: a currency word ("784m euros"), a counted noun ("5m
     * people", "1.5m new homes") or "of" and a plural ("5m of shares"). Race names ("60m hurdles", "400m of all
     * time"), sizes ("3m high", "2m wide roads"), a mass of stuff ("6m of debris") and anything else leave it
     * metres, as in sport results ("won the 800m", "a leap of 6.63m").
     */
    private boolean isMillionAfter(int k, int to) {
        if (k >= to || tokens.is(k, Lexicon.RACE | Lexicon.DIMENSION)) {
            return false;
        }
        if (tokens.isWord(k, Words.OF)) {
            return tokens.isWord(k + 1) && !tokens.is(k + 1, Lexicon.STOP) && CountedNoun.looksPlural(tokens, k + 1);
        }
        // "1.5m new homes", "3m young people": adjectives before a plural noun
        return tokens.is(k, Lexicon.CURRENCY) || !tokens.is(k, Lexicon.STOP | Lexicon.PREDICATE_GAP)
                && (CountedNoun.looksPlural(tokens, k) || !tokens.mayStart(k) && noun.read(k, to, false)
                && !tokens.is(noun.head, Lexicon.RACE));
    }

    private String otherPersonForm(int head) {
        return tokens.isWord(head, Words.PERSON) ? PERSON_PLURAL : PERSON_SINGULAR;
    }

    private String kindOfUnit(int t) {
        if (tokens.is(t, Lexicon.DURATION)) {
            // "1.2 million guest nights", "300 person days": nights or days of people, counted as a total
            boolean ofPeople = tokens.is(t - 1, Lexicon.PERSON_NOUN | Lexicon.PERSON) && !tokens.glued(t)
                    && CountedNoun.looksPlural(tokens, t);
            return ofPeople ? COUNT : DURATION;
        }
        if (tokens.is(t, Lexicon.DISTANCE)) {
            return DISTANCE;
        }
        if (tokens.is(t, Lexicon.PERCENT)) {
            return PERCENT;
        }
        return tokens.is(t, Lexicon.MEASURE) ? MEASURE : COUNT;
    }

    private String sentence() {
        if (sentence == null) {
            sentence = text.substring(sentenceStart, sentenceEnd);
        }
        return sentence;
    }

    /** A bare number held until the figure after its joiner gives it a unit. */
    private static final class Pending {
        int first;
        int next;
        int expected = -1;
        BigDecimal value;
        String qualifier;
        boolean approximate;
        /** Whether the held number has no scale of its own, so it may share the next one's. */
        boolean unscaled;
        /** The age word before the held number, or null. */
        String age;
        /** The currency of the held sum, which the next number shares, or null. */
        String currency;

        void hold(int first, int next, int expected, BigDecimal value, String qualifier, boolean approximate) {
            this.first = first;
            this.next = next;
            this.expected = expected;
            this.value = value;
            this.qualifier = qualifier;
            this.approximate = approximate;
        }

        void clear() {
            expected = -1;
        }
    }
}
