package io.newsenrich.text.figures;

import java.util.Arrays;

/**
 * The closed word classes the figure grammar needs, looked up straight from the text without building strings.
 *
 * <p>Every word the grammar reasons about gets an id once, the first time a rule asks; the rules then test bit
 * flags on that id. Lookup lower-cases ASCII on the fly and hashes into an open-addressing table, so the hot path
 * allocates nothing; words that may start a number are told apart first by their shape ({@link WordShapes}). Words outside these classes (the counted nouns themselves) get {@link #NONE}.
 */
final class Lexicon {

    static final int NONE = -1;

    /** A number word with a value: "one" .. "ninety". */
    static final long NUMBER = 1L;
    /** Multiplies what precedes it: "hundred", "thousand", "million" ... */
    static final long SCALE = 1L << 1;
    /** Scales written glued to digits: "5m", "$2bn", "300k". */
    static final long SUFFIX_SCALE = 1L << 2;
    /** "dozen": a number only after "a" or a number. */
    static final long DOZEN = 1L << 3;
    /** Plural scale words that state a vague amount: "dozens", "hundreds", "scores" ... */
    static final long VAGUE = 1L << 4;
    static final long DURATION = 1L << 5;
    static final long DISTANCE = 1L << 6;
    static final long MEASURE = 1L << 7;
    static final long PERCENT = 1L << 8;
    /** Currency written as a word after the number: "dollars", "euros", "pence". */
    static final long CURRENCY = 1L << 9;
    /** Casualty participles and adjectives that follow the counted noun: "killed", "dead", "missing". */
    static final long CASUALTY = 1L << 10;
    /** Casualty verbs that precede the figure: "killing", "injuring". */
    static final long CASUALTY_VERB = 1L << 11;
    /** Casualty nouns that name the figure from before: "deaths", "toll", "casualties". */
    static final long CASUALTY_NOUN = 1L << 12;
    /** Words allowed between a counted noun and its casualty predicate: "were", "have been", "reportedly". */
    static final long PREDICATE_GAP = 1L << 13;
    /** Words that end a counted-noun phrase: function words, auxiliaries, reporting verbs. */
    static final long STOP = 1L << 14;
    static final long MONTH = 1L << 15;
    /** Nouns after which a number is a name, not an amount: "article five", "flight 370", "No. 10". */
    static final long DESIGNATOR = 1L << 16;
    /** The person class whose singular and plural are both listed in a unit: person, people. */
    static final long PERSON = 1L << 17;
    /** Plural nouns not ending in s. */
    static final long IRREGULAR_PLURAL = 1L << 18;
    /** Adjectives that may stand between a number and its noun without being part of the unit. */
    static final long MODIFIER = 1L << 19;
    /** Clock-time markers: "3pm", "10.30 GMT". */
    static final long CLOCK = 1L << 20;
    static final long ORDINAL_SUFFIX = 1L << 21;
    static final long STREET = 1L << 22;
    /** Words of the qualifier phrases ("at least", "more than" ...). */
    static final long QUALIFIER_WORD = 1L << 23;
    /**
     * Nouns of indefinite reference that make "one day", "one time", "one way", "on one hand" an idiom unless an
     * extent is stated ("for one day").
     */
    static final long IDIOM_NOUN = 1L << 24;
    /** Words before "one day" that make it an extent: "for one day", "within one week". */
    static final long EXTENT = 1L << 25;
    /** Determiners and quantifiers that make a following "one" a pronoun: "no one", "this one", "every one". */
    static final long PRONOUN_DETERMINER = 1L << 26;
    /** Words that after "one of" make it a pronoun: "one of them", "one of the". */
    static final long PARTITIVE = 1L << 27;
    /** "aged", "age": an age follows. */
    static final long AGE_MARKER = 1L << 28;
    /** Joins a bare number to the next figure, whose noun it shares: "72 of 145 drones", "20 to 30 people". */
    static final long RANGE_JOINER = 1L << 29;
    /** Words that make the following number a rank: "top 10", "ranked 5". */
    static final long RANK = 1L << 30;
    static final long WEEKDAY = 1L << 31;
    /** The indefinite article, a number only before a scale ("a dozen", "a million"). */
    static final long ARTICLE = 1L << 32;
    /** "ago", "later", "after": an offset in time, which states the amount before it ("two years ago"). */
    static final long AGO = 1L << 33;
    /** Conjunctions that join two figures in one phrase. */
    static final long CONJUNCTION = 1L << 34;

    /** "half a million", "a quarter of a percentage point": a fraction that opens an amount. */
    static final long HALF = 1L << 35;

    /** Races and what is won in them, after which a glued "m" is metres: "60m hurdles", "the 400m final". */
    static final long RACE = 1L << 36;

    /** Possessive determiners: "in his 30s", "nine of its lawmakers". */
    static final long POSSESSIVE = 1L << 37;
    /** "the", "these", "those", "them", "whom", "which" after "four of". */
    static final long DEMONSTRATIVE = 1L << 38;
    /** What follows an emergency number: "911 calls", "the 999 operator". */
    static final long CALL = 1L << 39;
    /** "several hundred": a count before a scale, standing for three. */
    static final long SEVERAL = 1L << 40;

    /** "turned 4", "turns 50": an age follows when no noun does. */
    static final long TURN = 1L << 41;
    /** "were", "are": "135 were men" names what was counted after the verb. */
    static final long PLURAL_BE = 1L << 42;
    /** "was", "is": "he was 14". */
    static final long SINGULAR_BE = 1L << 43;
    /** "he", "she": a person whose age may follow "was". */
    static final long PERSONAL_PRONOUN = 1L << 44;
    /** "just", "only": may stand between "was" and an age. */
    static final long RESTRICTIVE = 1L << 45;

    /** "from", "to", "against": a number after them is compared with the figure before, sharing its noun. */
    static final long COMPARED = 1L << 46;
    /** "between", "from", "ranging": may stand between an age word and the age. */
    static final long RANGE_OPENER = 1L << 47;
    /** "time", "times": "four-time champion", "four times more likely". */
    static final long TIMES = 1L << 48;
    /** Objects after a verb: "24 million saw him", "watched the final". */
    static final long OBJECT = 1L << 49;

    /** Adjectives that follow a noun and end its phrase: "one lane open", "one hostage alive". */
    static final long POSTPOSITIVE = 1L << 50;
    /** "first", "last", "next": "the first million customers" is a million. */
    static final long SEQUENCE = 1L << 51;

    /** "who", "that": "three of those who were targeted" refers to people. */
    static final long RELATIVE = 1L << 52;

    /** Plurals used before another noun: "sports clubs", "arms dealers", "savings accounts". */
    static final long ATTRIBUTIVE_PLURAL = 1L << 53;

    /** Verbs whose object is a sum of money: "spend millions", "worth millions". */
    static final long MONEY_VERB = 1L << 54;

    /** Words that make a length unit after them an area or volume: "1,300 square km", "40 sq ft". */
    static final long AREA_PREFIX = 1L << 55;

    /** Currency codes and abbreviations written before the amount: "Rs 500 crore", "USD 5 million". */
    static final long CURRENCY_CODE = 1L << 56;

    /** Places counted: "over three regions" says where, not how many at least. */
    static final long PLACE = 1L << 57;

    /** Words that make "points" a rate's points: "1.6 percentage points", "50 basis points". */
    static final long RATE_PREFIX = 1L << 58;

    /** Singular nouns of a person that an age stands in apposition to: "the striker, 24,", "a boy, 16,". */
    static final long PERSON_NOUN = 1L << 59;

    /** Qualifiers that only estimate a number, never a place or time: "about", "nearly", "some". */
    static final long ESTIMATE_WORD = 1L << 60;

    /**
     * Words after which a glued "m" is metres: adjectives of size ("3m high", "a 2m wide road") and the sea's heights
     * ("4m swells", "6m waves").
     */
    static final long DIMENSION = 1L << 61;

    /**
     * Words after which "over" gives a cause or a span, not a bound: "a dispute over $2bn", "spread over five years".
     */
    static final long OVER_TAKER = 1L << 62;

    /** Nouns of a body of people that "of" and a bare number measure: "a crowd of 52,189", "a workforce of 3,000". */
    static final long COLLECTIVE = 1L << 63;

    /** Four times the words the lexicon holds, so that most lookups of unknown words hit an empty slot at once. */
    private static final int CAPACITY = 8192;
    private static final int MAX_WORDS = 3072;

    private static final char[][] KEYS = new char[CAPACITY][];
    private static final int[] SLOT_IDS = new int[CAPACITY];
    private static final int[] SLOT_HASHES = new int[CAPACITY];
    private static final int TRIGGER_CAPACITY = 512;
    private static final long TRIGGERS = NUMBER | SCALE | DOZEN | VAGUE | MONTH | HALF | ARTICLE | SEVERAL;
    private static final char[][] TRIGGER_KEYS = new char[TRIGGER_CAPACITY][];
    private static final int[] TRIGGER_HASHES = new int[TRIGGER_CAPACITY];
    private static final long[] TRIGGER_FLAGS = new long[TRIGGER_CAPACITY];
    /** Words that state an amount on their own, without digits. */
    static final long AMOUNT_WORDS = NUMBER | SCALE | DOZEN | VAGUE | HALF;
    private static final WordShapes TRIGGER_SHAPES = new WordShapes();
    private static final WordShapes AMOUNT_SHAPES = new WordShapes();
    private static final long[] FLAGS = new long[MAX_WORDS];
    private static final long[] VALUES = new long[MAX_WORDS];
    private static final String[] TAGS = new String[MAX_WORDS];
    private static final String[] WORDS = new String[MAX_WORDS];
    private static int size;

    static {
        Arrays.fill(SLOT_IDS, NONE);
        String[] units = {"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"};
        for (int i = 0; i < units.length; i++) {
            add(units[i], NUMBER, i, null);
        }
        String[] tens = {"twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"};
        for (int i = 0; i < tens.length; i++) {
            add(tens[i], NUMBER, (i + 2) * 10L, null);
        }
        add("hundred", SCALE, 100, null);
        add("thousand", SCALE, 1_000, null);
        add("million", SCALE, 1_000_000, null);
        add("billion", SCALE, 1_000_000_000, null);
        add("trillion", SCALE, 1_000_000_000_000L, null);
        // South Asian scales: "2 lakh families", "Rs 500 crore"
        add("lakh", SCALE, 100_000, null);
        add("lakhs", SCALE, 100_000, null);
        add("crore", SCALE, 10_000_000, null);
        add("crores", SCALE, 10_000_000, null);
        // "Rs 1.2 cr", "₹40cr": the crore as headlines cut it
        add("cr", SUFFIX_SCALE | SCALE, 10_000_000, null);
        add("k", SUFFIX_SCALE, 1_000, null);
        add("m", SUFFIX_SCALE | DISTANCE, 1_000_000, null);
        add("mn", SUFFIX_SCALE, 1_000_000, null);
        add("bn", SUFFIX_SCALE, 1_000_000_000, null);
        add("tn", SUFFIX_SCALE, 1_000_000_000_000L, null);
        add("trn", SUFFIX_SCALE, 1_000_000_000_000L, null);
        add("tr", SUFFIX_SCALE, 1_000_000_000_000L, null);
        // Malaysian copy, glued or spaced: "RM1.8bil", "RM50mil", "RM12.3 bil"
        add("bil", SUFFIX_SCALE | SCALE, 1_000_000_000, null);
        add("mil", SUFFIX_SCALE | SCALE, 1_000_000, null);
        // wire-service abbreviations, glued or spaced: "$16 bln", "5 mln", "2.1 bn"
        add("mln", SUFFIX_SCALE | SCALE, 1_000_000, null);
        add("bln", SUFFIX_SCALE | SCALE, 1_000_000_000, null);
        add("bn", SCALE, 1_000_000_000, null);
        add("mn", SCALE, 1_000_000, null);
        add("dozen", DOZEN, 12, null);
        add("couple", DOZEN, 2, null);
        add("dozens", VAGUE, 12, null);
        add("scores", VAGUE, 20, null);
        add("tens", VAGUE, 10, null);
        add("hundreds", VAGUE, 100, null);
        add("thousands", VAGUE, 1_000, null);
        add("millions", VAGUE, 1_000_000, null);
        add("billions", VAGUE, 1_000_000_000, null);

        addAll(DURATION, "second", "seconds", "minute", "minutes", "min", "mins", "hour", "hours", "hr", "hrs",
                "sec", "secs", "day", "days", "week", "weeks", "month", "months", "year", "years", "decade", "decades",
                "century", "centuries", "fortnight", "fortnights", "h", "night", "nights", "weekend", "weekends");
        addAll(DISTANCE, "km", "kms", "kilometre", "kilometres", "kilometer", "kilometers", "mile", "miles",
                "furlong", "furlongs", "fathom", "fathoms",
                "metre", "metres", "meter", "meters", "cm", "mm", "centimetres", "centimeters", "millimetres",
                "millimeters", "centimetre", "centimeter", "millimetre", "millimeter", "ft", "feet", "foot", "yard",
                "yards", "inch", "inches", "nanometres", "nanometers",
                "nm", "micrometres", "micrometers", "microns");
        addAll(MEASURE, "kg", "kgs", "kilogram", "kilograms", "kilogramme", "kilogrammes", "kilo", "kilos", "g", "gram",
                "grams", "gramme", "grammes", "tonne", "tonnes", "ton", "tons", "lb", "lbs", "ounce", "ounces", "oz",
                "litre", "litres", "liter", "liters", "ml", "gallon", "gallons", "barrel", "barrels", "bpd", "degree",
                "degrees", "psi", "mw", "gw", "kw", "kwh", "mwh", "gwh", "twh", "mph", "kph", "kmph", "kmh", "ppm",
                "ppb", "acre", "acres", "hectare", "hectares", "calorie", "calories", "volt", "volts", "kv", "kilovolt",
                "kilovolts", "lux", "watt", "watts", "megawatts", "gigawatts", "kilowatts", "gb", "mb", "tb", "gbps",
                "mbps",
                "kbps", "knots", "bcm", "magnitude", "mg", "milligram", "milligrams", "mcg", "microgram", "micrograms",
                "milligramme", "milligrammes", "microgramme", "microgrammes",
                "hp", "horsepower", "ha", "mmhg", "hundredweight", "cwt", "millilitres", "milliliters", "millilitre",
                "milliliter", "centilitres",
                "centiliters", "cl", "megalitres", "gigalitres", "megaliters", "gigaliters", "kl",
                "kilolitres", "kiloliters", "bushel", "bushels", "pint", "pints", "quart", "quarts", "carat", "carats",
                "decibels", "joules", "kilojoules", "megajoules", "petajoules", "btu", "mmbtu", "megawatt", "gigawatt",
                "kilowatt", "terawatt", "terawatts", "kilobytes", "megabytes", "gigabytes", "terabytes", "petabytes",
                "megabits", "gigabits", "terabits", "millibars", "hectopascals", "teu", "teus", "celsius", "fahrenheit",
                "centigrade", "gl", "megalitre", "gigalitre", "megaliter", "gigaliter", "kilolitre", "kiloliter",
                "\u00b5g", "\u03bcg", "rai", "hectolitre", "hectolitres", "hectoliter", "hectoliters", "hl", "mtpa",
                "mmtpa", "bcf", "tcf", "kt", "mt", "wmt", "dmt", "kilotonnes", "kilotons", "megatonnes", "megatons",
                "t", "beaufort",
                // land measures of South Asia and the Middle East: "five bighas", "300 dunams"
                "bigha", "bighas", "kanal", "kanals", "marla", "marlas", "dunam", "dunams", "feddan", "feddans",
                // a device's battery, power, frequency, camera and drive: "6,000mAh", "65W", "120Hz", "1,200 TBW"
                "mah", "w", "hz", "khz", "mhz", "ghz", "megapixels", "tbw", "iops", "rpm", "fps", "nits", "kva",
                "mva");
        addAll(RATE_PREFIX, "percentage", "basis");
        addAll(DIMENSION, "long", "high", "wide", "deep", "tall", "thick", "across", "away", "below", "above",
                "underground", "underwater", "swell", "swells", "wave", "waves", "seas", "surf", "breakers", "tides");
        addAll(OVER_TAKER, "dispute", "disputes", "row", "rows", "rift", "spat", "feud", "standoff", "fight", "battle",
                "clash", "clashes", "talks", "negotiations", "concern", "concerns", "fears", "worries", "anger",
                "outrage", "protest", "protests", "probe", "inquiry", "investigation", "lawsuit", "complaint",
                "complaints", "controversy", "scandal", "tensions", "wrangle", "impasse", "deadlock", "quarrel",
                "spread", "stretched", "phased", "staggered",
                // phrasal verbs whose "over" hands something on: "handed over NT$14 million"
                "handed", "hand", "hands", "handing", "turned", "turning", "signed", "held");
        addAll(COLLECTIVE, "crowd", "crowds", "workforce", "population", "populations", "audience", "attendance", "army", "crew",
                "garrison", "congregation", "delegation", "membership", "contingent", "electorate", "staff",
                "headcount", "readership", "viewership", "group", "team", "city", "town", "village", "community",
                "family", "municipality", "borough", "township", "parish", "suburb", "island", "country", "nation");
        addAll(ESTIMATE_WORD, "about", "around", "nearly", "almost", "some", "roughly", "approximately");
        addAll(PERSON_NOUN, "man", "woman", "boy", "girl", "child", "teenager", "teen", "toddler", "baby", "mother",
                "father", "son", "daughter", "wife", "husband", "brother", "sister", "grandmother", "grandfather",
                "mum", "dad", "widow", "victim", "suspect", "defendant", "driver", "passenger", "pilot", "student",
                "pupil", "resident", "worker", "officer", "soldier", "nurse", "doctor", "teacher", "player",
                "striker", "midfielder", "defender", "goalkeeper", "winger", "forward", "captain", "coach", "manager",
                "singer", "actor", "actress", "rapper", "star", "pensioner", "friend", "partner", "neighbour",
                "neighbor", "farmer", "patient", "gunman", "attacker", "journalist", "photographer", "owner",
                "founder", "candidate", "leader", "minister", "veteran", "survivor", "climber", "cyclist",
                "pedestrian", "motorcyclist", "fisherman", "hiker", "swimmer", "runner", "athlete", "champion",
                "youngest", "oldest", "eldest", "deceased", "governor", "mayor", "president", "senator",
                "chairman", "chairwoman", "spokesman", "spokeswoman", "principal", "pastor", "priest", "bishop",
                "judge", "lawyer", "councillor", "grandson", "granddaughter", "nephew", "niece", "cousin", "uncle",
                "aunt", "trader", "vendor", "miner", "herder", "mechanic", "member", "visitor", "tripper", "shopper",
                "commuter", "guest");
        addAll(AREA_PREFIX, "square", "sq", "cubic");
        addAll(PLACE, "regions", "areas", "cities", "towns", "villages", "districts", "provinces", "countries",
                "states", "oblasts", "counties", "territories", "settlements", "neighbourhoods", "neighborhoods",
                "communities", "islands", "locations", "sites");
        addAll(CURRENCY_CODE, "rs", "inr", "pkr", "npr", "lkr", "bdt", "usd", "eur", "gbp", "chf", "jpy", "cny",
                "aud", "cad", "ngn", "kes", "zar", "ksh", "kshs", "sh", "shs", "ush", "tsh", "rm", "rp", "tk", "ghs",
                "ugx", "tzs", "etb", "egp", "aed", "qar", "thb", "myr", "idr", "vnd", "krw", "brl", "mxn", "clp",
                "sgd", "hkd", "nzd", "sek", "nok", "dkk", "pln", "czk", "huf", "uah", "n", "r", "p", "sfr",
                // codes that are also words ("try", "cop", "pen", "ron", "amd") are left out: "COP 28", "RON 95"
                "ars", "php", "dh", "dhs", "sar", "kwd", "bhd", "omr", "jod", "ils", "twd", "ntd", "isk", "mur",
                "zmw", "mwk", "rwf", "xof", "xaf", "tnd", "dzd", "mmk", "khr", "lak", "kzt", "uzs", "azn", "byn",
                "rsd", "bgn", "uyu", "pyg", "mzn", "aoa", "bwp", "tl", "mk", "k", "cfa", "fcfa", "qr", "zig", "br",
                "nis", "lbp", "ll", "fjd", "bt", "b", "d", "e", "lyd", "szl", "irr", "sdg", "naf", "ang", "fbu", "mnt",
                "vt", "vuv", "mvr", "rf", "kd", "sr", "iqd", "bd", "pgk", "sbd", "wst", "xpf", "ro", "da", "ssp",
                "mop", "mt",
                "nu", "nle", "gel", "kgs", "tjs", "gmd", "sll", "sle", "gh\u20b5", "ghc", "le", "mdl", "cve", "bam",
                "mkd", "htg", "jmd", "ttd", "bbd", "bzd", "xcd", "awg", "srd", "gyd", "dop", "crc", "hnl", "nio",
                "gtq", "ves", "mga", "scr", "kmf", "djf", "ern", "stn", "lsl", "nad", "bif", "cdf", "gnf", "tmt",
                "afn", "yer", "syp", "k\u010d", "ld", "zwg", "zwl", "kz", "jd",
                // Vietnamese copy writes the dong's code with a capital D-stroke, which the lexicon does not fold
                "vn\u0110");
        // "a 150bps cut": basis points, as "basis points" is read
        addAll(PERCENT, "percent", "pc", "pct", "bps");
        // engine sizes: "a 70cc motorcycle"
        addAll(MEASURE, "cc");
        addAll(CURRENCY, "dollar", "dollars", "euro", "euros", "pound", "pounds", "yen", "yuan", "rupee", "rupees",
                "rouble", "roubles", "ruble", "rubles", "franc", "francs", "pence", "p", "c", "cents", "cent", "usd",
                "eur", "gbp", "hryvnia", "hryvnias", "lira", "naira", "rand", "shekels", "dinars", "pesos", "krona",
                "kronor", "krone", "kroner", "rupiah", "renminbi", "ringgit", "dirham", "dirhams", "riyal", "riyals",
                "rial", "rials", "baht", "zloty", "zlotys", "forint", "lei", "dinar", "shekel", "peso", "taka",
                "koruna", "kwacha", "shilling", "shillings", "cedi", "cedis", "reais", "lari", "tenge", "dong", "kobo",
                "paisa", "paise", "soles", "colones", "bolivars", "quetzales", "lempiras", "kyat", "riels", "afghanis",
                "manat", "birr", "leones", "z\u0142", "z\u0142oty", "z\u0142otys", "z\u0142otych", "kr", "sen", "kip",
                "tugrik", "tugriks", "vatu", "rufiyaa", "laari", "toea", "kina", "tala", "sene", "seniti", "som",
                "soms", "soum", "soums", "manats", "riel", "k\u010d", "kr\u00f3nur", "kronur", "kr\u00f3na", "dh",
                "dhs", "pataca", "patacas", "dalasi", "dalasis", "somoni", "quetzal", "lempira", "guaranis",
                "bolivianos", "ariary", "leone", "lilangeni", "emalangeni", "maloti", "ngultrum", "afghani", "drams",
                // livestock and bloodstock sales: "sold for 42,000 guineas", "10,000gns"
                "guineas", "gns",
                "lek", "denars", "kwanza", "kwanzas", "meticais", "cordobas", "c\u00f3rdobas", "balboas", "gourdes",
                "escudos", "nakfa", "pula", "tambala", "ouguiya", "lev", "leva", "stotinki", "toman", "tomans", "kyats",
                "tetri", "fbu", "lek\u00eb", "leke", "guilder", "guilders", "naf", "forints",
                // the small coins of a currency: "47 ngwee per kilowatt-hour", "50 pesewas"
                "ngwee", "pesewas", "pesewa", "thebe", "bututs", "kopeks", "kopecks", "kopiyok", "tiyin", "tyiyn",
                "luma", "lisente", "santims", "centavos", "centimes", "satang", "halalas", "piastres", "groszy",
                "fils");

        casualty("killed", "killed");
        casualty("dead", "killed");
        casualty("died", "killed");
        casualty("injured", "injured");
        casualty("wounded", "injured");
        casualty("hurt", "injured");
        casualty("missing", "missing");
        casualty("detained", "detained");
        casualty("arrested", "detained");
        casualty("displaced", "displaced");
        casualty("homeless", "displaced");
        casualty("evacuated", "evacuated");
        // "forcing 12,000 to evacuate": the people a call to leave counts; "forced 1,100 residents to flee"
        casualty("evacuate", "evacuated");
        casualty("flee", "displaced");
        casualty("rescued", "rescued");
        casualty("slain", "killed");
        casualty("murdered", "killed");
        casualty("drowned", "killed");
        casualty("unaccounted", "missing");
        casualty("jailed", "detained");
        casualty("imprisoned", "detained");
        casualty("hospitalised", "hospitalised");
        casualty("hospitalized", "hospitalised");
        casualty("die", "killed");
        casualty("drown", "killed");
        casualty("nabbed", "detained");
        casualty("kidnapped", "kidnapped");
        casualty("abducted", "kidnapped");
        // "two teenagers were stabbed"; "stabbed to death" is read as a death
        casualty("stabbed", "injured");
        // a noun with an event but no casualty word: only "to hospital" and "in hospital" make it one
        add("hospital", 0, 0, "hospitalised");
        add("hospitals", 0, 0, "hospitalised");
        // "treated at the scene": an injury treated where it happened
        add("scene", 0, 0, "injured");
        // "taken into custody", "remain in custody": held
        add("custody", 0, 0, "detained");
        // what those hurt are treated for or suffer, besides injuries: "treated for hypothermia"
        for (String harm : new String[] {"injury", "burns", "cuts", "wounds", "hypothermia", "shock", "inhalation",
            "fractures", "bruising"}) {
            add(harm, 0, 0, "injured");
        }
        add("death", 0, 0, null);
        // a word the rules name without a class: "compared with 22"
        add("compared", 0, 0, null);
        casualtyVerb("killing", "killed");
        casualtyVerb("kill", "killed");
        casualtyVerb("injure", "injured");
        casualtyVerb("injuring", "injured");
        casualtyVerb("wounding", "injured");
        casualtyVerb("arresting", "detained");
        casualtyVerb("detaining", "detained");
        casualtyVerb("displacing", "displaced");
        casualtyVerb("evacuating", "evacuated");
        casualtyVerb("rescuing", "rescued");
        casualtyVerb("kidnapping", "kidnapped");
        casualtyVerb("abducting", "kidnapped");
        casualtyNoun("deaths", "killed");
        casualtyNoun("toll", "killed");
        casualtyNoun("fatalities", "killed");
        casualtyNoun("murders", "killed");
        casualtyNoun("killings", "killed");
        casualtyNoun("homicides", "killed");
        casualtyNoun("drownings", "killed");
        casualtyNoun("casualties", "injured");
        casualtyNoun("injuries", "injured");
        casualtyNoun("arrests", "detained");
        casualtyNoun("evacuation", "evacuated");
        casualtyNoun("evacuations", "evacuated");
        casualtyNoun("evacuees", "evacuated");
        // present tenses of headlines: "Gunman kills 12", "ICE arrests 145", "Police arrest 23 suspects"
        casualtyVerb("arrest", "detained");
        casualtyVerb("detain", "detained");
        casualtyVerb("kills", "killed");
        casualtyVerb("injures", "injured");
        casualtyVerb("arrests", "detained");
        casualtyVerb("detains", "detained");
        casualtyVerb("nab", "detained");
        casualtyVerb("nabs", "detained");
        casualtyVerb("evacuates", "evacuated");
        casualtyVerb("rescues", "rescued");

        addAll(PREDICATE_GAP, "thought", "known", "presumed", "likely", "to", "was", "were", "is", "are", "been",
                "have", "has", "had", "be", "being", "reportedly",
                "later", "also", "shot", "confirmed", "feared", "believed", "reported", "still", "remain", "remained",
                "remains", "now", "left", "found", "seriously", "critically", "badly", "slightly", "fatally",
                "taken", "rushed", "airlifted", "admitted", "flown", "brought", "in", "listed", "registered", "treated",
                "declared", "as",
                // "300 residents were ordered to evacuate": the order or force that makes them leave
                "ordered", "forced", "told", "urged", "asked");
        addAll(STOP, "the", "a", "an", "this", "that", "these", "those", "of", "in", "on", "at", "to", "for", "from",
                "by", "with", "without", "and", "or", "but", "nor", "as", "than", "into", "onto", "over", "under",
                "after", "before", "since", "during", "between", "about", "around", "against", "per", "via", "who",
                "which", "whom", "whose", "what", "when", "where", "while", "if", "so", "yet", "each", "was", "were",
                "is", "are", "be", "been", "being", "have", "has", "had", "will", "would", "could", "should", "may",
                "might", "must", "can", "did", "do", "does", "said", "says", "say", "told", "he", "she", "it", "they",
                "we", "you", "i", "his", "her", "its", "their", "our", "my", "your", "them", "us", "him", "me",
                "there", "here", "ago", "earlier", "later", "won", "less", "fewer", "only", "just", "also", "not",
                "no", "all", "both", "either", "ever", "up", "down", "out", "off", "through", "across", "within",
                "until", "till", "among", "amid", "including", "involving", "minus", "like", "then", "too", "again", "away", "back",
                "because", "though", "although", "whether", "every", "such", "own", "same", "how", "why", "ahead",
                "along", "behind", "beyond", "near", "next", "last", "past", "toward", "towards", "upon", "onwards",
                "each", "apiece", "alone", "altogether", "respectively", "instead", "overall", "combined",
                "in", "running", "later", "previously", "already", "now", "today", "yesterday",
                "tomorrow", "tonight", "thirds", "quarters", "halves", "fifths", "sixths", "sevenths", "eighths", "ninths",
                "tenths", "hundredths", "thousandths", "quarter", "third", "fifth", "tenth", "another", "himself", "herself", "themselves", "what", "whatever", "someone",
                "always", "perhaps", "sometimes", "afterwards", "besides", "nowadays", "whereas", "unless", "thus");
        String[] months = {"january", "february", "march", "april", "may", "june", "july", "august", "september",
                "october", "november", "december"};
        String[] abbreviations = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};
        for (int i = 0; i < months.length; i++) {
            add(months[i], MONTH, i + 1, null);
            add(abbreviations[i], MONTH, i + 1, null);
        }
        add("sept", MONTH, 9, null);
        addAll(WEEKDAY, "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday");
        addAll(DESIGNATOR, "article", "articles", "section", "clause", "chapter", "paragraph", "page", "pages",
                "grades", "levels", "stages", "phases", "tiers", "categories", "chapters", "sections",
                "number", "no", "nos", "level", "tier", "stage", "phase", "category", "grade", "flight", "route",
                "platform", "gate", "room", "apartment", "flat", "unit", "channel", "radio", "season", "series",
                "episode", "version", "round", "war", "plan", "resolution", "amendment", "code", "bill", "line",
                "terminal", "camp", "block", "ward", "zone", "sector", "district", "highway", "interstate", "bus",
                "train", "vol", "volume", "model", "mark", "type", "class", "division", "league", "group", "box",
                "pier", "dock", "hangar", "lane", "exit", "exits", "junction", "pillar", "protocol", "act", "rule", "law",
                "schedule", "part", "annex", "item", "point", "question", "figure", "table", "appendix", "floor",
                "band");
        addAll(PERSON, "person", "people");
        addAll(IRREGULAR_PLURAL, "people", "police", "staff", "personnel", "children", "men", "women", "cattle",
                "sheep", "fish", "aircraft", "deer", "feet", "teeth", "mice", "geese", "crew", "livestock", "buffalo",
                "bison", "moose", "salmon", "trout", "swine",
                "offspring", "spacecraft", "data", "media", "youth", "clergy", "head", "grandchildren",
                "schoolchildren", "stepchildren",
                // Latin and Greek plurals: "three vertebrae", "40 bacteria", "two millennia"
                "vertebrae", "larvae", "algae", "antennae", "formulae", "fungi", "cacti", "nuclei", "stimuli",
                "alumni", "bacteria", "criteria", "phenomena", "millennia", "curricula", "oxen", "dice", "lice",
                // plurals in "-is", which the "-s" rule leaves to singulars ("crisis", "this"): people of nations
                // whose name for one ends in "-i", and nouns borrowed with that ending
                "iraqis", "israelis", "yemenis", "pakistanis", "somalis", "kuwaitis", "saudis", "qataris", "emiratis",
                "bahrainis", "omanis", "bangladeshis", "azerbaijanis", "kashmiris", "nepalis", "punjabis", "bengalis",
                "gujaratis", "afghanis", "thais", "taxis", "rabbis", "alibis", "skis", "kiwis", "safaris",
                "bikinis", "tsunamis", "semis", "yetis", "wadis", "muftis", "emojis",
                // the Irish plural that Irish news writes in English: "341 gardaí"
                "gardaí", "gardai",
                // a noun whose plural is its singular: "four breathing apparatus"
                "apparatus");
        addAll(MODIFIER, "strong", "odd", "plus", "fold", "new", "other", "additional", "further", "former", "young",
                "old", "older",
                "small", "large", "big", "major", "minor", "local", "separate", "different", "extra", "foreign",
                "senior", "junior", "innocent", "armed", "unarmed", "suspected", "alleged", "confirmed", "total",
                "more", "fewer", "less", "top", "key", "main", "full", "whole", "entire", "single", "double",
                "high", "low", "long", "short", "great", "good", "bad", "best", "worst", "first", "second", "last",
                "next", "current", "recent", "previous", "early", "late", "remaining", "original", "possible",
                "potential", "known", "unknown", "registered", "reported", "estimated", "official", "actual",
                "average", "annual", "daily", "weekly", "monthly", "yearly", "female", "male", "foreign-born",
                "civil", "civilian", "military", "western", "eastern", "northern", "southern", "domestic",
                "international", "national", "regional", "federal", "public", "private", "elderly", "adult",
                "unaccompanied", "fellow", "such", "few", "many", "several", "various", "certain", "straight",
                "consecutive", "successive", "separate", "individual", "wounded", "injured", "dead", "missing",
                "ukrainian", "russian", "british", "american", "french", "german", "israeli", "palestinian",
                "chinese", "indian", "european", "african", "syrian", "iranian", "iraqi", "afghan", "english",
                "scottish", "welsh", "irish");
        addAll(CLOCK, "am", "pm", "gmt", "bst", "utc", "et", "est", "edt", "pst", "pdt", "cet", "cest", "ct", "cst",
                "cdt", "hrs", "o'clock", "local", "midnight", "noon", "midday");
        addAll(ORDINAL_SUFFIX, "st", "nd", "rd", "th");
        addAll(STREET, "street", "road", "avenue", "lane", "drive", "boulevard", "terrace", "crescent", "st", "rd",
                "ave", "blvd", "way", "place", "square", "court", "gardens", "close", "row", "walk", "parade");
        addAll(QUALIFIER_WORD, "at", "least", "most", "more", "than", "over", "up", "to", "about", "around", "nearly",
                "almost", "within", "some", "fewer", "less", "as", "many", "much", "few", "roughly",
                "approximately", "an", "estimated", "under", "just", "close", "upwards", "of", "in", "excess",
                "below", "above", "exactly", "only", "circa", "approx", "barely", "well", "nearly", "no", "not",
                "near");
        addAll(IDIOM_NOUN, "day", "time", "night", "morning", "evening", "afternoon", "point", "moment", "occasion",
                "way", "thing", "hand", "estimate", "account", "measure", "go", "stage");
        addAll(EXTENT, "for", "within", "in", "over", "after", "than", "only", "just", "under", "lasting", "during",
                "nearly", "almost", "about", "around", "least", "first", "another", "extra", "additional", "per",
                "every");
        addAll(PRONOUN_DETERMINER, "no", "any", "every", "each", "this", "that", "the", "which", "another", "one",
                "someone", "anyone", "everyone", "such", "little", "big", "only", "whichever", "what", "last",
                "a", "an", "other", "same", "next", "first", "very", "favourite", "favorite", "right", "wrong",
                "new", "old", "good", "bad", "this", "my", "your", "his", "her", "its", "our", "their");
        addAll(PARTITIVE, "them", "us", "you", "those", "these", "the", "his", "her", "their", "its", "our", "my",
                "your", "which", "whom", "this", "that", "many", "several");
        addAll(AGE_MARKER, "aged", "age", "ages");
        addAll(RANGE_JOINER, "of", "to", "or", "and");
        addAll(CONJUNCTION, "and", "or", "but", "while", "with");
        addAll(RANK, "top", "ranked", "ranking", "rank", "seeded", "seed", "placed", "finished");
        addAll(ARTICLE, "a", "an");
        addAll(POSSESSIVE, "his", "her", "their", "its", "my", "your", "our");
        addAll(DEMONSTRATIVE, "the", "these", "those", "them", "whom", "which");
        addAll(CALL, "call", "calls", "caller", "callers", "operator", "operators", "dispatcher", "dispatchers",
                "dispatch", "line", "called", "calling", "dial", "dialled", "dialed", "dialling", "dialing");
        addAll(SEVERAL, "several");
        addAll(TURN, "turn", "turns", "turned", "turning");
        addAll(PLURAL_BE, "were", "are");
        addAll(SINGULAR_BE, "was", "is");
        addAll(PERSONAL_PRONOUN, "he", "she", "i", "you");
        addAll(RESTRICTIVE, "just", "only");
        addAll(COMPARED, "from", "to", "against", "versus", "vs");
        addAll(RANGE_OPENER, "between", "from", "ranging", "range", "ranged");
        addAll(TIMES, "time", "times");
        addAll(POSTPOSITIVE, "open", "closed", "alive", "available", "intact", "empty", "free", "remaining",
                "left", "standing", "inside", "outside", "aboard", "apiece");
        addAll(SEQUENCE, "first", "last", "next", "past");
        addAll(RELATIVE, "who", "whom");
        addAll(MONEY_VERB, "spend", "spends", "spent", "spending", "cost", "costs", "costing", "worth", "raise",
                "raised", "raising", "earn", "earned", "earning", "earns", "pay", "paid", "paying", "pays", "lose",
                "lost", "losing", "save", "saved", "saving", "collect", "collected", "receive", "received",
                "receiving", "owe", "owed", "invest", "invested", "investing", "generate", "generated", "many",
                "averaging", "averaged", "priced", "fetch", "fetches", "fetched", "fetching");
        addAll(ATTRIBUTIVE_PLURAL, "sports", "news", "arms", "savings", "goods", "singles", "doubles", "drugs",
                "firearms", "ratings", "games", "athletics", "cosmetics", "weapons", "systems", "communications",
                "sales", "customs", "operations", "electronics", "humanities", "economics", "graphics", "jobs",
                "parts", "services", "materials", "chemicals", "securities", "futures", "rights", "arts",
                // diseases named with a plural's "-s": "2,911 measles cases", "300 rabies deaths"
                "measles", "mumps", "rabies", "diabetes", "herpes", "scabies", "shingles", "rickets",
                // and singular nouns with a plural's "-s": "11 liquefied natural gas carriers"
                "gas", "lens", "canvas", "atlas");
        addAll(OBJECT, "him", "her", "them", "it", "us", "the", "a", "an", "this", "that", "these", "those", "his",
                "their", "its");
        addAll(RACE, "hurdles", "relay", "relays", "freestyle", "backstroke", "breaststroke", "butterfly", "medley",
                "sprint", "sprints", "dash", "steeplechase", "race", "races", "final", "finals", "heats", "record",
                "records", "title", "titles", "champion", "champions", "gold", "silver", "bronze", "mark");
        addAll(HALF, "half", "quarter");
        // no amount word, as it would stop the search for amounts at every "quarter" of a year: "a quarter of a
        // percentage point" is read where an amount elsewhere in its sentence has started the search
        add("quarter", 0, 0, null);
        addAll(AGO, "ago", "earlier", "later", "before", "after", "previously");
        for (int id = 0; id < size; id++) {
            if ((FLAGS[id] & TRIGGERS) != 0) {
                String word = WORDS[id];
                TRIGGER_SHAPES.add(word);
                if ((FLAGS[id] & AMOUNT_WORDS) != 0) {
                    AMOUNT_SHAPES.add(word);
                }
                int hash = hash(word.toCharArray(), 0, word.length());
                int slot = (hash ^ (hash >>> 13)) & (TRIGGER_CAPACITY - 1);
                while (TRIGGER_KEYS[slot] != null) {
                    slot = (slot + 1) & (TRIGGER_CAPACITY - 1);
                }
                TRIGGER_KEYS[slot] = word.toCharArray();
                TRIGGER_HASHES[slot] = hash;
                TRIGGER_FLAGS[slot] = FLAGS[id];
            }
        }
    }

    /** Verbs that give a toll its new level: "the death toll ... has risen to 72". */
    /** What the points a score is worth name: "3-point range", "a two-point conversion". */
    static final WordSet SHOT_WORDS = wordSet("range", "line", "shot", "shots", "shooting", "shooter", "shooters",
            "attempt", "attempts", "arc", "play", "plays", "conversion", "conversions", "basket", "baskets");

    /**
     * Bodies of people that are places: "a town of 5,000" counts its people, but "the two city councils" and "the
     * three island nations" are no crowds.
     */
    static final WordSet SETTLEMENTS = wordSet("city", "town", "village", "community", "municipality", "borough",
            "township", "parish", "suburb", "island", "country", "nation");
    static final WordSet TOLL_VERBS = wordSet("risen", "rose", "rises", "rise", "climbed", "climbs", "reached",
            "reaches", "jumped", "hit", "stood", "stands", "increased", "grown", "grew", "soared", "mounted");
    /** Verbs that give any total its new level: the toll's, and those of falling, passing and amounting. */
    static final WordSet TOTAL_VERBS = wordSet("risen", "rose", "rises", "rise", "climbed", "climbs", "reached",
            "reaches", "jumped", "hit", "stood", "stands", "increased", "grown", "grew", "soared", "mounted", "fell",
            "fallen", "falls", "dropped", "declined", "slipped", "topped", "tops", "passed", "surpassed", "exceeded",
            "totalled", "totaled", "totals", "numbered", "doubled", "tripled", "reach", "hits", "top", "exceed",
            "exceeds", "surpass", "surpasses", "averaged", "averages", "crossed", "cross", "crosses", "pass", "passes",
            "soar", "soars", "surge", "surges", "surged", "climb", "jump", "jumps", "swells", "swelled", "swell");
    /** Verbs that raise a toll as their object: "raised the toll ... to 37". */
    static final WordSet RAISING_VERBS = wordSet("raised", "raising", "raises", "pushed", "pushing", "pushes",
            "brought", "bringing", "brings", "took", "taking", "takes", "lifted", "lifting", "put", "putting", "puts");
    /** "The injured included 12 soldiers". */
    static final WordSet INCLUDE_VERBS = wordSet("include", "includes", "included");
    /** Parts of a whole after a number: "one third", "two quarters". */
    static final WordSet FRACTIONS = wordSet("half", "halves", "third", "thirds", "quarter", "quarters", "fifth",
            "fifths", "sixth", "sixths", "seventh", "sevenths", "eighth", "eighths", "ninth", "ninths", "tenth",
            "tenths", "hundredths", "thousandths");
    /** "one can see": the verbs after which "one" is anyone rather than a number. */
    static final WordSet MODALS = wordSet("will", "would", "could", "can", "may", "might", "should", "must");
    /** "officers will have risen": auxiliaries between a subject and its verb. */
    static final WordSet AUXILIARIES = wordSet("will", "would", "could", "can", "may", "might", "should", "has",
            "have", "had", "is", "are", "was", "were", "be", "been");
    /** Nouns of a level that a number after "of" sets for what the sentence counts: "short of its target of 120,000". */
    static final WordSet TALLY_NOUNS = wordSet("target", "goal", "total", "tally", "forecast", "estimate", "capacity",
            "average", "peak", "maximum", "minimum", "limit", "cap", "quota", "ceiling", "margin", "majority", "lead",
            "gap", "difference");
    /**
     * "for over 50 years", "It took over 10 hours", "waiting over 12 months": the words before "over" and a span
     * that make it a bound; after any other word ("developed over four years", "$46 million ... by ratepayers over 20
     * years", "snow on the city over 36 hours") it is the span the thing happened in.
     */
    static final WordSet OVER_SPAN_BOUNDS = wordSet("for", "of", "in", "from", "than", "took", "take", "takes",
            "taking", "lasted", "last", "lasts", "lasting", "spent", "spend", "spends", "spending", "waited", "wait",
            "waits", "waiting", "been", "be", "is", "was", "are", "were", "after", "since", "aged", "ago", "only",
            "now", "definitely", "already", "still", "lived", "worked", "served", "stayed", "run", "ran", "running",
            "living", "working", "serving", "married", "existed", "known", "kept", "held", "jailed", "sentenced",
            "imprisoned", "missing", "closed", "delayed", "stranded", "trapped", "homeless", "unemployed", "empty");
    /** The words of a game's play, around which a number in brackets after a name is a shirt's. */
    static final WordSet PLAY_WORDS = wordSet("touchdown", "tackle", "pass", "layup", "dunk", "rebound", "puck",
            "inning", "quarterback", "goalie", "wicket", "semifinal", "playoff", "catches", "scores");
    /** "1,987 yes votes": an answer that names the kind of the votes after it, plural as it looks. */
    static final WordSet VOTE_ANSWERS = wordSet("yes");
    /** Prepositions that make a year after them a date: "in 2023", "since 2019". */
    static final WordSet DATE_PREPOSITIONS = wordSet("in", "since", "until", "during", "before", "after", "by");
    /**
     * "and 1200 jobs will go", "has 1500 members", "between 1500 and 1800 applications": stop words that may stand
     * before a count written without a comma, as they never date a year or determine it.
     */
    static final WordSet COUNT_LEADS = wordSet("and", "or", "but", "has", "have", "had", "with", "between", "are",
            "were", "is", "was", "all", "only", "just");
    /** "the other 12", "the remaining 1,925": the rest of what the sentence counted. */
    static final WordSet REMAINDER_WORDS = wordSet("other", "remaining");
    /** What a score in words counts: "won by two goals to one", "by 21 points to 14". */
    static final WordSet SCORE_NOUNS = wordSet("goal", "goals", "point", "points", "try", "tries", "frame", "frames",
            "set", "sets");
    /** Animals an age is given for as a person's is: "a 6-month-old puppy", "a two-week-old calf". */
    static final WordSet AGED_ANIMALS = wordSet("puppy", "puppies", "dog", "dogs", "kitten", "kittens", "cat", "cats",
            "calf", "calves", "foal", "foals", "cub", "cubs", "lamb", "lambs", "piglet", "piglets", "horse", "colt",
            "filly", "elephant", "giraffe", "panda", "gorilla", "chimpanzee", "seal", "pup", "pups", "whale", "orca",
            "tiger", "lion", "bear", "otter", "rhino", "hippo", "penguin");
    /** "below-zero", "sub-zero": the side of zero a temperature falls on. */
    static final WordSet ZERO_SIDES = wordSet("below", "sub");
    /** What a calibre names ("a 9mm handgun", "9 mm rounds"), after which millimetres measure no length. */
    static final WordSet GUN_WORDS = wordSet("handgun", "handguns", "pistol", "pistols", "rifle", "rifles", "gun",
            "guns", "bullet", "bullets", "ammunition", "ammo", "cartridge", "cartridges", "semi-automatic",
            "semiautomatic", "firearm", "firearms", "revolver", "carbine", "round", "rounds", "shell", "shells");
    /** Irregular plurals of people: "Three men were arrested. Two were released." */
    static final WordSet PEOPLE_PLURALS = wordSet("men", "women", "children", "youths", "police", "staff",
            "personnel");
    /** The side of a vote that "against" answers: "12 votes in favour and four against". */
    static final WordSet VOTE_SIDES = wordSet("for", "favour", "favor");
    /** Words that place a period: "5 buses last year and 7 this year". */
    static final WordSet PERIOD_DETERMINERS = wordSet("this", "last", "next");
    /** Parents, whose number counts their children: "a mother of five". */
    static final WordSet PARENTS = wordSet("mother", "father", "mum", "dad", "mom", "parent");
    /** Words of a margin over or under a rival: "two points behind Leeds and nine clear of Sunderland". */
    static final WordSet MARGIN_WORDS = wordSet("ahead", "behind", "clear", "adrift");
    /** Words that add to what was counted: "a further 2,600", "an additional 40", "an extra 300". */
    static final WordSet ADDING_WORDS = wordSet("further", "additional", "extra");
    /** Subjects that stand for the number of what the text counted before: "the number had fallen to 19,400". */
    static final WordSet TALLY_SUBJECTS = wordSet("number", "total", "tally", "figure", "count");
    /** Words that rank a group among others: "the largest group, at 612,400". */
    static final WordSet SUPERLATIVES = wordSet("largest", "biggest", "smallest", "most", "fewest", "least",
            "highest", "lowest");
    /** Verbs whose "at" gives the age of the one they tell of: "died at 92", "dies at 83", "retired at 26". */
    static final WordSet AGE_AT_VERBS = wordSet("died", "dies", "retired", "retires", "married", "marries",
            "graduated", "enlisted", "emigrated", "widowed", "orphaned", "diagnosed");
    /**
     * Irregular past tenses that end a singular noun phrase as "-ed" does ("one man fled", "one boy ran away"); words
     * that are also nouns ("hit", "saw", "lead") are left out.
     */
    static final WordSet IRREGULAR_PASTS = wordSet("fled", "ran", "came", "went", "fell", "took", "made", "got",
            "gave", "met", "stood", "held", "kept", "lost", "wrote", "spoke", "broke", "drove", "rode", "flew",
            "threw", "swam", "sang", "began", "stole", "sold", "paid", "sent", "spent", "built", "bought", "caught",
            "fought", "taught", "knew", "grew", "ate", "became", "hid", "sought", "struck", "swore", "woke", "chose",
            "forgot", "froze", "meant", "slept", "sank", "dove", "dived", "leapt", "wept", "crept", "fed", "laid",
            "said", "told", "led", "found", "heard", "brought", "thought", "understood", "sat", "wore", "drew", "tore");
    /** Verbs whose object "lives" is a death toll: "claimed 117 lives", "cost 40 lives". */
    static final WordSet LIFE_TAKING_VERBS = wordSet("claimed", "claim", "claims", "claiming", "cost", "costs",
            "costing", "took", "take", "takes", "taking", "taken", "lost", "lose", "loses", "losing");
    /** Prepositions after a bare number that names a part of what was counted: "and 38 in support". */
    static final WordSet PART_PREPOSITIONS = wordSet("in", "from", "for", "against", "on", "at", "with", "by");
    /** Verbs a tally of votes follows: "the committee voted nine to two". */
    static final WordSet VOTE_VERBS = wordSet("voted", "votes", "vote");
    /** Verbs whose object "injuries" makes their subject the injured: "two others suffered minor injuries". */
    static final WordSet INJURY_VERBS = wordSet("suffered", "sustained", "suffering", "sustaining");
    /** What a {@link #LIFE_TAKING_VERBS} verb takes: "one life", "117 lives". */
    static final WordSet LIVES = wordSet("life", "lives");
    /** The event of lives a {@link #LIFE_TAKING_VERBS} verb takes, and of those hurt "fatally". */
    static final String DEATHS_EVENT = "killed";
    /** The event of those hurt, which what they are treated for names too ("hypothermia", "burns"). */
    static final String INJURED_EVENT = "injured";
    /** Adverbs that stand between a subject and its verb: "Dengue cases also rose". */
    static final WordSet VERB_ADVERBS = wordSet("also", "still", "again", "now", "further");
    /** Plurals whose level a verb of reaching gives, not their number: "temperatures reached 45". */
    /** Verbs in "-s" that no noun shares its form with: "a survey of 1,013 Scots puts Yes ahead". */
    static final WordSet S_VERBS = wordSet("puts", "gets", "makes", "takes", "gives", "finds", "wants", "sees",
            "goes", "comes", "keeps", "seems", "tells", "asks", "feels", "holds", "lets", "brings", "thinks", "knows",
            "becomes", "believes", "expects", "suggests", "reveals");
    /** Words that make another unit of a distance's word: "nautical miles", "statute miles". */
    static final WordSet UNIT_MODIFIERS = wordSet("nautical", "statute");
    /** The articles of Spanish, French and Portuguese that open names of places: "Los Angeles", "Des Moines". */
    static final WordSet NAME_ARTICLES = wordSet("los", "las", "les", "des", "dos", "das");
    static final WordSet LEVEL_NOUNS = wordSet("temperatures", "prices", "rates", "yields", "levels", "shares",
            "stocks", "values", "costs", "rents", "wages", "tolls", "figures", "totals", "estimates", "readings",
            "scores", "ratings", "odds", "markets", "indices", "indexes", "bonds", "numbers");

    private Lexicon() {
    }

    private static void casualty(String word, String event) {
        add(word, CASUALTY, 0, event);
    }

    private static void casualtyVerb(String word, String event) {
        add(word, CASUALTY_VERB, 0, event);
    }

    private static void casualtyNoun(String word, String event) {
        add(word, CASUALTY_NOUN, 0, event);
    }

    private static void addAll(long flags, String... words) {
        for (String word : words) {
            add(word, flags, 0, null);
        }
    }

    /** Enters the words with no class of their own and returns them as a set of ids. */
    private static WordSet wordSet(String... words) {
        boolean[] members = new boolean[MAX_WORDS];
        for (String word : words) {
            add(word, 0, 0, null);
            members[lookup(word.toCharArray(), 0, word.length())] = true;
        }
        return new WordSet(members);
    }

    /** Adds a word or, when it is already known, merges the flags and keeps the first value and tag given. */
    private static void add(String word, long flags, long value, String tag) {
        char[] chars = word.toCharArray();
        int id = lookup(chars, 0, chars.length);
        if (id == NONE) {
            id = size++;
            WORDS[id] = word;
            int hash = hash(chars, 0, chars.length);
            int slot = slot(chars, 0, chars.length, hash);
            KEYS[slot] = word.toCharArray();
            SLOT_HASHES[slot] = hash;
            SLOT_IDS[slot] = id;
            VALUES[id] = value;
            TAGS[id] = tag;
        } else {
            if (VALUES[id] == 0) {
                VALUES[id] = value;
            }
            if (TAGS[id] == null) {
                TAGS[id] = tag;
            }
        }
        FLAGS[id] |= flags;
    }

    /** The id of {@code text[start, end)} compared case-insensitively, or {@link #NONE}. */
    static int lookup(char[] text, int start, int end) {
        int slot = slot(text, start, end, hash(text, start, end));
        return KEYS[slot] == null ? NONE : SLOT_IDS[slot];
    }

    /**
     * The flags of a word that may start a number or a date (number words, scales, vague amounts, "half", months,
     * the article "a" of "a dozen"), or 0 for any other word. Tokenizers test every word with this, so it must
     * reject fast: most words fail on their shape, and the table the rest probe is small and mostly empty.
     */
    static long triggerFlags(char[] text, int start, int end) {
        return TRIGGER_SHAPES.mayMatch(text, start, end) ? probeTriggers(text, start, end) : 0;
    }

    /** Whether the word states an amount on its own ({@link #AMOUNT_WORDS}); as fast to reject as the above. */
    static boolean isAmountWord(char[] text, int start, int end) {
        return AMOUNT_SHAPES.mayMatch(text, start, end) && (probeTriggers(text, start, end) & AMOUNT_WORDS) != 0;
    }

    private static long probeTriggers(char[] text, int start, int end) {
        int hash = hash(text, start, end);
        int slot = (hash ^ (hash >>> 13)) & (TRIGGER_CAPACITY - 1);
        while (TRIGGER_KEYS[slot] != null) {
            if (TRIGGER_HASHES[slot] == hash && matches(TRIGGER_KEYS[slot], text, start, end)) {
                return TRIGGER_FLAGS[slot];
            }
            slot = (slot + 1) & (TRIGGER_CAPACITY - 1);
        }
        return 0;
    }

    /** The slot holding the word, or the empty slot where it would go. */
    private static int slot(char[] text, int start, int end, int hash) {
        int slot = (hash ^ (hash >>> 13)) & (CAPACITY - 1);
        while (KEYS[slot] != null && (SLOT_HASHES[slot] != hash || !matches(KEYS[slot], text, start, end))) {
            slot = (slot + 1) & (CAPACITY - 1);
        }
        return slot;
    }

    /**
     * The case-insensitive hash of a word, from its length and its first two and last chars only: constant time
     * however long the word, and distinct enough for these few hundred words, as {@link #matches} settles the rest.
     */
    private static int hash(char[] text, int start, int end) {
        int length = end - start;
        int second = length > 1 ? lower(text[start + 1]) : 0;
        int hash = ((length * 31 + lower(text[start])) * 31 + second) * 31 + lower(text[end - 1]);
        return hash ^ hash >>> 7;
    }

    private static boolean matches(char[] key, char[] text, int start, int end) {
        if (key.length != end - start) {
            return false;
        }
        for (int i = 0; i < key.length; i++) {
            if (key[i] != lower(text[start + i])) {
                return false;
            }
        }
        return true;
    }

    private static char lower(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c == '\u2019' ? '\'' : c;
    }

    static boolean has(int id, long flag) {
        return id != NONE && (FLAGS[id] & flag) != 0;
    }

    static long value(int id) {
        return VALUES[id];
    }

    /** The canonical event of a casualty word. */
    static String event(int id) {
        return TAGS[id];
    }

    /** The word as listed, lower case. */
    static String word(int id) {
        return WORDS[id];
    }
}
