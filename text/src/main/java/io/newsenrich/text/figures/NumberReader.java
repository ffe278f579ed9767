package io.newsenrich.text.figures;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

/**
 * Reads the number part of a figure at a token: digits ("1,200", "3.5"), number words ("twenty-two", "two hundred
 * and fifty", "a dozen"), a scale ("1.5 million", "5m", "2bn"), a currency prefix ("$", "£", "US$") and vague
 * amounts ("dozens", "tens of thousands").
 *
 * <p>The value of a vague amount is the scale it names, not a guess of the amount: dozens -> 12, scores -> 20,
 * hundreds -> 100, thousands -> 1000, tens of thousands -> 10 000, hundreds of millions -> 100 000 000. That keeps
 * the value an honest lower order of magnitude and lets the {@code approximate} flag say the rest.
 *
 * <p>After {@link #read} succeeds the public-in-package fields describe the match. One instance per scan; not
 * thread-safe.
 */
final class NumberReader {

    /** "SH16", "N2": the longest road number glued to its letters. */
    private static final int MAX_ROAD_NUMBER_DIGITS = 2;
    /** The codes of a currency that name roads too, in capitals: state highways and national roads. */
    private static final Set<String> ROAD_LETTERS = Set.of("SH", "SR", "N");
    private static final String STATE_ROUTE = "SR";
    private static final String CURRENCY_SYMBOLS = "$£€¥₹₽₴₩₦₱₫₪₺฿₵₸₼₾৳₡֏₮₭₲₨";
    /** Countries whose letters stand apart from the dollar sign in some styles: "US $5.35 billion". */
    private static final Set<String> WORD_CODES = Set.of("PEN", "COP", "RON", "TRY", "AMD", "MAD");
    /** Words before "as" that name a thing by its code ("known as D197"). */
    private static final Set<String> NAMING_WORDS = Set.of("known", "named", "designated", "dubbed", "codenamed",
            "listed", "registered", "classified");
    /** The length of an ISO currency code ("GEL", "AMD"; "SBD" glued before its dollar sign). */
    static final int ISO_CODE_LENGTH = 3;
    private static final Set<String> DOLLAR_COUNTRIES = Set.of("US", "HK", "NZ", "AU", "SG", "NT");
    /** HTML entities of currency signs, by number or name, and the signs they stand for. */
    private static final List<String> ENTITY_NAMES = List.of("163", "pound", "36", "8364", "euro", "165", "yen");
    private static final List<String> ENTITY_SIGNS = List.of("£", "£", "$", "€", "€", "¥", "¥");

    private static final BigDecimal HALF = new BigDecimal("0.5");
    /** The fraction {@link #fractionOfUnit} read last. */
    private BigDecimal fraction;
    /** "mile", "day": a unit written out, not an abbreviation such as "h" or "km". */
    private static final int MIN_WORD_UNIT = 3;
    private static final BigDecimal QUARTER_VALUE = new BigDecimal("0.25");
    private static final BigDecimal THREE_QUARTERS = new BigDecimal("0.75");
    private static final String QUARTERS = "quarters";
    /** The tokens of "and a half". */
    private static final int AND_A_HALF = 3;
    /** The tokens of "-and-a-half" in a compound. */
    private static final int HYPHENED_AND_A_HALF = 6;
    /** Digits that always fit in a long. */
    private static final int MAX_LONG_DIGITS = 18;
    private static final long MILLION = 1_000_000;

    private final Tokens tokens;

    /** First token of the number, currency symbol included. */
    int first;
    /** Token after the number and its scale. */
    int next;
    BigDecimal value;
    /** The currency as written before the number ("$", "US$"), or null. */
    String currency;
    boolean vague;
    /** The scale words or suffixes applied, 1 when none: 1 000 000 for "5 million" and "5m". */
    long scale;
    /** True when the words only estimate the amount: "several hundred". */
    boolean estimate;
    /** True when the number is written in words. */
    boolean words;
    /** True when a glued "m" was read; it is a million only with money or a following plural noun. */
    boolean gluedM;

    NumberReader(Tokens tokens) {
        this.tokens = tokens;
    }

    /** Tries to read a number starting at token {@code t}, within the sentence ending before token {@code end}. */
    boolean read(int t, int end) {
        first = t;
        currency = null;
        vague = false;
        estimate = false;
        scale = 1;
        words = false;
        gluedM = false;
        int n = t;
        int entity = currencyEntityEnd(t);
        if (entity > 0) {
            n = entity;
            if (!tokens.isNum(n)) {
                return false;
            }
        } else if (currencyPrefixAt(t)) {
            n = t + (tokens.isWord(t) ? 2 : 1);
            if (isCountryAfterSign(n)) {
                n++;
            }
            currency = tokens.isWord(t) ? tokens.text(t) + tokens.text(t + 1, n) : tokens.text(t, n);
            if (!tokens.isNum(n)) {
                return false;
            }
        } else if (currencyCodeAt(t)) {
            currency = tokens.text(t);
            n = tokens.isSymbol(t + 1, '.') ? t + 2 : t + 1;
        }
        if (tokens.isNum(n)) {
            return readDigits(n, end);
        }
        if (tokens.is(n, Lexicon.VAGUE)) {
            return readVague(n, end);
        }
        return readWords(n, end);
    }

    static boolean isCurrencySymbol(char c) {
        return CURRENCY_SYMBOLS.indexOf(c) >= 0;
    }

    /**
     * The token after a currency sign left as an HTML entity by a copy ("&#163;8m", "&pound;5"), setting
     * {@link #currency} to the sign itself; or -1.
     */
    private int currencyEntityEnd(int t) {
        if (!tokens.isSymbol(t, '&') || !tokens.glued(t + 1)) {
            return -1;
        }
        int semicolon = tokens.isSymbol(t + 1, '#') ? t + 3 : t + 2;
        if (!tokens.isSymbol(semicolon, ';') || !tokens.glued(semicolon) || !tokens.glued(semicolon + 1)) {
            return -1;
        }
        String name = tokens.text(semicolon - 1);
        int sign = ENTITY_NAMES.indexOf(name);
        if (sign < 0) {
            return -1;
        }
        currency = ENTITY_SIGNS.get(sign);
        return semicolon + 1;
    }

    /**
     * "$5", "US$5", "HK$ 40", "US $5", "GH\u00a23,100", "S/ 200": a sign before the number, the digits glued to it or
     * set one space apart.
     */
    private boolean currencyPrefixAt(int t) {
        if (tokens.type(t) == Tokens.SYMBOL && isCurrencySymbol(tokens.first(t))) {
            return tokens.isNum(t + 1) || tokens.glued(t + 1);
        }
        if (isLetterSign(t)) {
            return true;
        }
        // "US$", "A$", "HK$", "SBD$" glued; "US $5" only with a country's letters, as an all-capitals "TO $5" is no
        // currency
        boolean code = tokens.length(t) <= 2 || tokens.length(t) == ISO_CODE_LENGTH && tokens.glued(t + 1)
                && CharKinds.isUpperCase(tokens.source()[tokens.end(t) - 1]);
        return tokens.isWord(t) && code && CharKinds.isUpperCase(tokens.first(t))
                && tokens.isSymbol(t + 1, '$') && tokens.isNum(t + 2)
                && (tokens.glued(t + 1) || DOLLAR_COUNTRIES.contains(tokens.text(t)) && tokens.glued(t + 2));
    }

    /**
     * Signs written with a letter: Ghana's cedi as "GH\u00a2" or "GH\u20b5" (the cent sign alone is a cent), Peru's
     * sol as "S/".
     */
    private boolean isLetterSign(int t) {
        if (!tokens.isWord(t) || !tokens.glued(t + 1) || !tokens.isNum(t + 2)) {
            return false;
        }
        String letters = tokens.text(t);
        boolean cedi = letters.equals("GH") && (tokens.isSymbol(t + 1, '\u00a2') || tokens.isSymbol(t + 1, '\u20b5'))
                && tokens.glued(t + 2);
        return cedi || letters.equals("S") && tokens.isSymbol(t + 1, '/') && !tokens.glued(t);
    }

    /** "$US60 million", "$NZ5m": the country's letters after the sign, as Australian and New Zealand copy writes. */
    private boolean isCountryAfterSign(int k) {
        return tokens.isWord(k) && tokens.length(k) <= 2 && tokens.glued(k) && CharKinds.isUpperCase(tokens.first(k))
                && CharKinds.isUpperCase(tokens.source()[tokens.end(k) - 1]) && tokens.glued(k + 1)
                && tokens.isNum(k + 1);
    }

    /**
     * "Rs 500", "Rs.500", "USD 5 million": a currency code in capitals before a number. Lower case is a word
     * ("the us 500" is no money).
     */
    private boolean currencyCodeAt(int t) {
        if (isWordCode(t)) {
            return true;
        }
        if (!tokens.is(t, Lexicon.CURRENCY_CODE)
                || !CharKinds.isUpperCase(tokens.first(t)) && !isSmallCodeBeforeScaledSum(t)) {
            return false;
        }
        int n = tokens.isSymbol(t + 1, '.') && tokens.glued(t + 1) ? t + 2 : t + 1;
        // "CAD 5823/14Sep": a number with a slash and digits glued on is a reference, not an amount ("N1,050/litre"
        // is a price)
        boolean amount = tokens.isNum(n) && !(tokens.isSymbol(n + 1, '/') && tokens.glued(n + 1)
                && tokens.isNum(n + 2));
        return amount && (tokens.length(t) > 1 || isLetterAmount(n)) && !isRoadCode(t, n) && !isPostcode(n);
    }

    /**
     * "BT34 1DF": a British postcode's district, letters glued to a number of a digit or two, before its inward part,
     * a digit and two capitals.
     */
    private boolean isPostcode(int n) {
        int inward = n + 1;
        return tokens.glued(n) && tokens.length(n) <= 2 && tokens.isNum(inward) && !tokens.glued(inward)
                && tokens.length(inward) == 1 && tokens.glued(inward + 1) && tokens.isWord(inward + 1)
                && tokens.length(inward + 1) == 2 && CharKinds.isUpperCase(tokens.first(inward + 1));
    }

    /**
     * "SH6", "N2": capitals glued to a number of a digit or two with no scale after it name a road, as "Sh50" or
     * "R5 billion" are sums.
     */
    private boolean isRoadCode(int t, int n) {
        boolean unscaled = !tokens.is(n + 1, Lexicon.SCALE | Lexicon.SUFFIX_SCALE);
        // "SR 520", "SR 99": a US state route, where the riyal's "SR48 million" and "SR5,000" are glued
        boolean stateRoute = !tokens.glued(n) && STATE_ROUTE.equals(tokens.text(t)) && tokens.text(n).indexOf(',') < 0;
        return unscaled && (stateRoute || tokens.glued(n) && ROAD_LETTERS.contains(tokens.text(t))
                && tokens.length(n) <= (tokens.length(t) > 1 ? MAX_ROAD_NUMBER_DIGITS : 1));
    }

    /**
     * "sh39b", "sh5m": Ugandan copy writes the shilling's code in small letters, glued to a sum whose scale's letter
     * is glued on too, as no word is.
     */
    private boolean isSmallCodeBeforeScaledSum(int t) {
        int scale = t + 2;
        return tokens.length(t) > 1 && tokens.glued(t + 1) && tokens.isNum(t + 1) && tokens.glued(scale)
                && (tokens.is(scale, Lexicon.SUFFIX_SCALE) || isBillionLetter(scale))
                && (scale + 1 >= tokens.count() || !tokens.glued(scale + 1) || !tokens.isWord(scale + 1));
    }

    /**
     * "PEN 18.5 million", "COP 2.1 billion", "AMD 75,000": a code that is also a word, in capitals before a scaled sum
     * or one grouped in thousands; "COP 28" and "RON 95" are names.
     */
    private boolean isWordCode(int t) {
        return tokens.isWord(t) && WORD_CODES.contains(tokens.text(t)) && tokens.isNum(t + 1) && !tokens.glued(t + 1)
                && (tokens.is(t + 2, Lexicon.SCALE) || tokens.text(t + 1).indexOf(',') > 0);
    }

    /** Whether {@code text[start, end)} is one of the codes that are also words, in capitals ("PEN"). */
    static boolean isWordCode(char[] text, int start, int end) {
        return end - start == ISO_CODE_LENGTH && CharKinds.isUpperCase(text[start])
                && CharKinds.isUpperCase(text[end - 1]) && WORD_CODES.contains(new String(text, start, end - start));
    }

    /**
     * "N2.5bn", "R120,000", "P3 billion", "N995 per litre": a one-letter code (naira, rand, peso) only before a sum
     * no identifier has, glued and scaled, grouped in thousands or priced per unit; "N95" and "R2" stay names.
     */
    private boolean isLetterAmount(int n) {
        int code = n - 1;
        // inside a link or code ("pic.twitter.com/P3M6U2"), a letter glued on either side is no currency
        boolean inWord = tokens.glued(code) && (tokens.isWord(code - 1) || tokens.isNum(code - 1)
                || tokens.isSymbol(code - 1, '/'));
        if (!tokens.glued(n) || inWord) {
            return false;
        }
        int after = tokens.glued(n + 1) && (suffixScale(n + 1) > 0 || isBillionLetter(n + 1)) ? n + 2
                : isHyphenedScale(n + 1) ? n + 3 : n + 1;
        boolean scaled = after > n + 1 || tokens.is(n + 1, Lexicon.SCALE);
        boolean ends = !tokens.glued(after) || !tokens.isWord(after) && !tokens.isNum(after);
        // "N995 per litre": a price, as no name is quoted per unit
        boolean price = tokens.isWord(after, Words.PER) && !tokens.isWord(after + 1, Words.CENT);
        return ends && (scaled || price || tokens.text(n).indexOf(',') > 0 || hasCents(n) || isSetOffSum(code, after));
    }

    /**
     * "raised its price by N35 to N995", "which was N300 two years ago", "will pay P15 for": two digits or more
     * between a preposition or verb and a stop word, number, verb of money or the end, as no name of a road ("the
     * N7") or mask ("N95 masks") stands.
     */
    private boolean isSetOffSum(int code, int after) {
        // "also known as D197" names a thing, where "as much as R14" prices one
        boolean named = code >= 2 && tokens.isWord(code - 1, Words.AS)
                && NAMING_WORDS.contains(tokens.text(code - 2));
        boolean setOff = tokens.is(code - 1, Lexicon.STOP) && !tokens.is(code - 1, Lexicon.ARTICLE)
                && !tokens.isWord(code - 1, Words.THE) && !named || tokens.is(code - 1, Lexicon.MONEY_VERB);
        return after == code + 2 && tokens.length(code + 1) > 1 && setOff && (after >= tokens.count()
                || !tokens.isWord(after) || tokens.is(after, Lexicon.STOP | Lexicon.NUMBER | Lexicon.MONEY_VERB));
    }

    /** "96bn/-", "3,340/-": the mark East Africa writes after a sum in shillings, glued to it. */
    static boolean isShillingMark(Tokens tokens, int k) {
        return tokens.isSymbol(k, '/') && tokens.glued(k) && tokens.isSymbol(k + 1, '-') && tokens.glued(k + 1);
    }

    private boolean readDigits(int n, int end) {
        value = digitsValue(n);
        next = n + 1;
        long suffix = next < end && tokens.glued(next) ? suffixScale(next) : 0;
        if (suffix > 0) {
            gluedM = tokens.length(next) == 1 && Character.toLowerCase(tokens.first(next)) == 'm';
            if (!gluedM || currency != null) {
                value = value.multiply(BigDecimal.valueOf(suffix));
                scale = suffix;
                next++;
            }
            return true;
        }
        if (next + 1 < end && isHyphenedScale(next)) {
            scale = Lexicon.value(tokens.id(next + 1));
            next += 2;
        }
        // "Division 5 Cr Jane Doe": the councillor's title in capitals is no crore
        while (next < end && !tokens.glued(next) && tokens.is(next, Lexicon.SCALE | Lexicon.DOZEN)
                && !(tokens.isWord(next, Words.CR) && tokens.capitalized(next))) {
            scale *= Lexicon.value(tokens.id(next));
            next++;
        }
        value = value.multiply(BigDecimal.valueOf(scale));
        return true;
    }

    /** The value of a number token, read from its chars: no string for the many numbers that fit in a long. */
    private BigDecimal digitsValue(int n) {
        char[] text = tokens.source();
        int end = tokens.end(n);
        if (!VulgarFractions.is(text[end - 1])) {
            return digitsValue(text, tokens.start(n), end);
        }
        BigDecimal fraction = VulgarFractions.value(text[end - 1]);
        return end - 1 == tokens.start(n) ? fraction : digitsValue(text, tokens.start(n), end - 1).add(fraction);
    }

    private static BigDecimal digitsValue(char[] text, int from, int to) {
        // which marks group thousands and which one opens the decimals, as Tokens read them: "1.250.000", "2,5"
        int leading = from;
        while (leading < to && text[leading] >= '0' && text[leading] <= '9') {
            leading++;
        }
        boolean dotsGroup = leading - from <= Tokens.MAX_LEADING_DIGITS && Tokens.dottedGroupsEnd(text, leading, to) == to;
        int comma = -1;
        for (int i = to - 1; i >= leading && comma < 0; i--) {
            comma = text[i] == ',' ? i : -1;
        }
        int decimalComma = comma > 0 && Tokens.decimalCommaEnd(text, comma, to) == to ? comma : -1;
        long unscaled = 0;
        int digits = 0;
        int decimals = -1;
        for (int i = from; i < to; i++) {
            char c = text[i];
            if (i == decimalComma || c == '.' && !dotsGroup) {
                decimals = 0;
            } else if (c >= '0' && c <= '9') {
                unscaled = unscaled * 10 + (c - '0');
                digits++;
                if (decimals >= 0) {
                    decimals++;
                }
            }
        }
        if (digits > MAX_LONG_DIGITS) {
            StringBuilder plain = new StringBuilder(to - from);
            for (int i = from; i < to; i++) {
                char c = text[i];
                if (i == decimalComma || c == '.' && !dotsGroup || c >= '0' && c <= '9') {
                    plain.append(c >= '0' && c <= '9' ? c : '.');
                }
            }
            return new BigDecimal(plain.toString());
        }
        return BigDecimal.valueOf(unscaled, Math.max(decimals, 0));
    }

    /**
     * The scale of a suffix glued to digits ("5m", "2bn", "300k"), or 0. After a currency "mm" is the bankers'
     * million ("$145mm"), as no sum of money is measured in millimetres.
     */
    private long suffixScale(int k) {
        // "\u00a342million": some copy glues the scale's word on too
        boolean gluedWord = tokens.is(k, Lexicon.SCALE) && Lexicon.value(tokens.id(k)) >= MILLION;
        if (tokens.is(k, Lexicon.SUFFIX_SCALE) || gluedWord) {
            return Lexicon.value(tokens.id(k));
        }
        if (currency == null) {
            return 0;
        }
        return tokens.isWord(k, Words.MM) ? 1_000_000 : isBillionLetter(k) ? 1_000_000_000 : 0;
    }

    /** "R18.37": two decimals are a sum's cents, which no road or model number has. */
    private boolean hasCents(int n) {
        int point = tokens.text(n).indexOf('.');
        return point > 0 && tokens.length(n) - point - 1 == 2;
    }

    /** "$18-million", "P170.6-billion": some styles join the scale to the digits with a hyphen. */
    private boolean isHyphenedScale(int k) {
        return tokens.isSymbol(k, '-') && tokens.glued(k) && tokens.glued(k + 1) && tokens.isWord(k + 1)
                && tokens.is(k + 1, Lexicon.SCALE);
    }

    /** "$5B", "P760B": a capital or small "b" glued to a sum of money is a billion, as in headlines. */
    private boolean isBillionLetter(int k) {
        return tokens.length(k) == 1 && Character.toLowerCase(tokens.first(k)) == 'b';
    }

    /** Applies the glued "m" as a million, for callers that found it names an amount. */
    void takeGluedMillion() {
        scale = 1_000_000;
        value = value.multiply(BigDecimal.valueOf(scale));
        next++;
        gluedM = false;
    }

    /**
     * "two hours and a half", "a mile and a half": the half written after the unit, for callers that read the unit
     * ending at {@code end}; returns the token after the half, or {@code end} when none follows.
     */
    int halfAfterUnit(int end) {
        if (scale != 1 || value.scale() > 0 || !andAHalfAt(end)) {
            return end;
        }
        value = value.add(HALF);
        return end + AND_A_HALF;
    }

    /** "dozens", "hundreds of thousands", "tens of millions": the product of the scales named. */
    private boolean readVague(int n, int end) {
        long amount = Lexicon.value(tokens.id(n));
        boolean needsOf = amount == 10 || amount == 20;
        int k = n + 1;
        while (k + 1 < end && tokens.is(k, Lexicon.RANGE_JOINER) && tokens.isWord(k, Words.OF)
                && tokens.is(k + 1, Lexicon.VAGUE)) {
            amount *= Lexicon.value(tokens.id(k + 1));
            needsOf = false;
            k += 2;
        }
        // "scores dead": before a casualty word "scores" can only be an amount
        if (needsOf && !(k < end && (tokens.isWord(k, Words.OF) || tokens.is(k, Lexicon.CASUALTY)))) {
            return false;
        }
        value = BigDecimal.valueOf(amount);
        vague = true;
        words = true;
        next = k;
        return true;
    }

    /**
     * "half a percentage point", "a quarter of a percentage point", "three-quarters of a point": a fraction of the
     * unit of rates, the one unit news counts in fractions written as words. Sets {@link #value} and returns the
     * token of the unit, or -1.
     */
    private int fractionOfPointEnd(int k) {
        int unit = fractionOfUnit(k);
        int points = unit >= 0 && tokens.is(unit, Lexicon.RATE_PREFIX) ? unit + 1 : unit;
        if (unit < 0 || !isWord(points, "point") && !isWord(points, "points")) {
            return -1;
        }
        value = fraction;
        return unit;
    }

    /**
     * "a quarter of a million", "three-quarters of a billion": a fraction of a scale, read as the amount it makes.
     * Sets {@link #value} and {@link #scale} and returns the token after the scale, or -1.
     */
    private int fractionOfScaleEnd(int k) {
        int unit = fractionOfUnit(k);
        if (unit < 0 || !tokens.is(unit, Lexicon.SCALE) || tokens.is(unit, Lexicon.SUFFIX_SCALE)) {
            return -1;
        }
        scale = Lexicon.value(tokens.id(unit));
        value = fraction.multiply(BigDecimal.valueOf(scale));
        return unit + 1;
    }

    /**
     * The token after "half a", "a quarter of a", "three-quarters of a" at {@code k}, with the fraction in
     * {@link #fraction}; or -1.
     */
    private int fractionOfUnit(int k) {
        int f = tokens.is(k, Lexicon.ARTICLE) ? k + 1 : k;
        if (tokens.isWord(f, Words.HALF)) {
            fraction = HALF;
        } else if (tokens.isWord(f, Words.QUARTER)) {
            fraction = QUARTER_VALUE;
        } else if (tokens.is(k, Lexicon.NUMBER) && Lexicon.value(tokens.id(k)) == 3 && tokens.isSymbol(k + 1, '-')
                && isWord(k + 2, QUARTERS)) {
            f = k + 2;
            fraction = THREE_QUARTERS;
        } else {
            return -1;
        }
        int unit = tokens.isWord(f + 1, Words.OF) ? f + 2 : f + 1;
        return tokens.is(unit, Lexicon.ARTICLE) ? unit + 1 : -1;
    }

    /**
     * "half a mile", "half an hour", "a half mile", "a half-hour drive", "three-quarters of a mile", "a quarter of
     * an hour": a fraction of one unit of time, distance or measure. Sets {@link #fraction} and returns the token of
     * the unit, or -1. Abbreviations ("half a g") are left out, as a unit that short is written after digits.
     */
    private int fractionOfUnitAt(int k) {
        int unit;
        if (tokens.is(k, Lexicon.ARTICLE) && tokens.isWord(k + 1, Words.HALF)) {
            boolean hyphen = tokens.isSymbol(k + 2, '-') && tokens.glued(k + 2) && tokens.glued(k + 3);
            unit = hyphen ? k + 3 : k + 2;
            fraction = HALF;
        } else {
            unit = fractionOfUnit(k);
        }
        if (unit < 0 && isUnitAndAHalf(k)) {
            // "an hour and a half", "a mile and a half": one unit, and the half after it
            unit = k + 1;
            fraction = BigDecimal.ONE;
        }
        boolean named = unit >= 0 && tokens.is(unit, Lexicon.DURATION | Lexicon.DISTANCE | Lexicon.MEASURE)
                && tokens.length(unit) >= MIN_WORD_UNIT;
        return named ? unit : -1;
    }

    /** "an hour and a half", "a mile and a half": an article, a unit and its half. */
    boolean isUnitAndAHalf(int k) {
        return tokens.is(k, Lexicon.ARTICLE) && tokens.isWord(k + 1) && andAHalfAt(k + 2);
    }

    private boolean isWord(int k, String word) {
        return tokens.length(k) == word.length() && tokens.endsWith(k, word);
    }

    private boolean andAHalfAt(int k) {
        return tokens.isWord(k, Words.AND) && tokens.is(k + 1, Lexicon.ARTICLE) && tokens.isWord(k + 2, Words.HALF);
    }

    /** "four-and-a-half-year": "and a half" hyphened into a compound, each word glued to a hyphen. */
    private boolean hyphenedAndAHalfAt(int k) {
        for (int i = 0; i < HYPHENED_AND_A_HALF; i += 2) {
            if (!tokens.isSymbol(k + i, '-') || !tokens.glued(k + i) || !tokens.glued(k + i + 1)) {
                return false;
            }
        }
        return tokens.isWord(k + 1, Words.AND) && tokens.is(k + 3, Lexicon.ARTICLE) && tokens.isWord(k + 5, Words.HALF);
    }

    /** "twenty seven" written without its hyphen. */
    private static boolean isTensThenUnit(long current, long unit) {
        return current % 100 >= 20 && current % 10 == 0 && unit < 10;
    }

    /** Number words: "twenty-two", "two hundred and fifty thousand", "a dozen", "a million", "half a million". */
    private boolean readWords(int n, int end) {
        long total = 0;
        long current = 0;
        boolean any = false;
        int k = n;
        int couple = tokens.is(k, Lexicon.ARTICLE) ? k + 1 : k;
        boolean coupleOf = tokens.isWord(couple, Words.COUPLE) && tokens.isWord(couple + 1, Words.OF)
                && couple + 2 < end;
        boolean coupleOfScale = coupleOf && tokens.is(couple + 2, Lexicon.SCALE | Lexicon.DOZEN)
                && !tokens.is(couple + 2, Lexicon.SUFFIX_SCALE);
        if (coupleOf && !coupleOfScale) {
            // "a couple of weeks", "the next couple of months": two, and the noun comes after "of"
            value = BigDecimal.valueOf(2);
            words = true;
            next = couple + 2;
            return true;
        }
        int point = fractionOfPointEnd(k);
        int fractionUnit = point > 0 ? -1 : fractionOfUnitAt(k);
        int scaled = point > 0 || fractionUnit > 0 ? -1 : fractionOfScaleEnd(k);
        if (point > 0 || fractionUnit > 0 || scaled > 0) {
            value = fractionUnit > 0 ? fraction : value;
            words = true;
            next = point > 0 ? point : fractionUnit > 0 ? fractionUnit : scaled;
            return true;
        }
        boolean half = tokens.isWord(k, Words.HALF) && tokens.is(k + 1, Lexicon.ARTICLE);
        if (half) {
            k++;
        }
        if (coupleOfScale) {
            // "a couple of hundred metres", "a couple of dozen cars": two of the scale, roughly
            estimate = true;
            current = 2;
            k = couple + 2;
        } else if (isFewOfScale(k)) {
            // "a few hundred", "a few dozen": the scale it names, approximate
            estimate = true;
            current = 1;
            k += 2;
        } else if (tokens.is(k, Lexicon.SCALE) && !tokens.is(k, Lexicon.SUFFIX_SCALE) && tokens.isWord(k + 1)
                && (tokens.is(k - 1, Lexicon.SEQUENCE) || isAnother(k - 1) && !tokens.is(k + 1, Lexicon.STOP))) {
            // "the first million customers", "another thousand cars": the scale alone is one of it
            current = 1;
        } else if (tokens.is(k, Lexicon.ARTICLE | Lexicon.SEVERAL) && tokens.is(k + 1, Lexicon.SCALE | Lexicon.DOZEN)
                && !tokens.is(k + 1, Lexicon.SUFFIX_SCALE) && k + 1 < end) {
            // "several hundred" counts the fewest it can mean, three hundred, and is approximate; "a million" is one,
            // but "a bil" no amount, as an abbreviated scale follows digits
            estimate = tokens.is(k, Lexicon.SEVERAL);
            current = estimate ? 3 : 1;
            k++;
        } else if (!tokens.is(k, Lexicon.NUMBER)) {
            return false;
        }
        while (k < end) {
            int id = tokens.id(k);
            if (Lexicon.has(id, Lexicon.NUMBER) && (!any || current % 100 == 0 || tokens.isSymbol(k - 1, '-')
                    || isTensThenUnit(current, Lexicon.value(id)))) {
                current += Lexicon.value(id);
            } else if (Lexicon.has(id, Lexicon.SCALE | Lexicon.DOZEN) && (any || current > 0)
                    // "one couple who have come every year": after a number, a couple is what it counts
                    && !(any && id == Words.COUPLE)) {
                long named = Lexicon.value(id);
                scale = Math.max(scale, named);
                if (named == 100 || named == 12) {
                    current = Math.max(current, 1) * named;
                } else {
                    total += Math.max(current, 1) * named;
                    current = 0;
                }
            } else if (any && tokens.isSymbol(k, '-') && tokens.glued(k) && tokens.glued(k + 1)
                    && tokens.is(k + 1, Lexicon.NUMBER) && Lexicon.value(tokens.id(k - 1)) >= 20) {
                k++;
                continue;
            } else if (any && tokens.isWord(k, Words.AND) && tokens.is(k - 1, Lexicon.SCALE)
                    && tokens.is(k + 1, Lexicon.NUMBER)) {
                k++;
                continue;
            } else {
                break;
            }
            any = true;
            k++;
        }
        if (!any) {
            return false;
        }
        value = BigDecimal.valueOf(total + current);
        if (half) {
            value = value.divide(BigDecimal.valueOf(2));
        } else if (scale == 1 && (andAHalfAt(k) || hyphenedAndAHalfAt(k))) {
            // "three and a half hours", "two and a half million", "a four-and-a-half-year sentence": the half belongs
            // to the number before any scale
            k += andAHalfAt(k) ? AND_A_HALF : HYPHENED_AND_A_HALF;
            value = value.add(HALF);
            if (k < end && tokens.is(k, Lexicon.SCALE)) {
                scale = Lexicon.value(tokens.id(k));
                value = value.multiply(BigDecimal.valueOf(scale));
                k++;
            }
        }
        words = true;
        next = k;
        return true;
    }

    /** "another", "a further": one more of what follows. */
    private boolean isAnother(int k) {
        return tokens.isWord(k, Words.ANOTHER) || tokens.isWord(k, Words.FURTHER) && tokens.is(k - 1, Lexicon.ARTICLE);
    }

    /** "a few hundred", "a few dozen": an article, "few" and a scale. */
    boolean isFewOfScale(int k) {
        return tokens.is(k, Lexicon.ARTICLE) && tokens.isWord(k + 1, Words.FEW)
                && tokens.is(k + 2, Lexicon.SCALE | Lexicon.DOZEN)
                && !tokens.is(k + 2, Lexicon.SUFFIX_SCALE);
    }
}
