package io.newsenrich.text.figures;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The bounding words written before a number ("at least", "more than", "within" ...), matched longest first.
 *
 * <p>A qualifier is approximate when it says the number is not exact ("about", "nearly", "some"); bounds such as
 * "at least" or "up to" are exact statements of a limit and stay non-approximate. "An estimated" is neither: the
 * guidelines' bounding words leave it out, and so does the dev set's annotation (devset/specs/README.md).
 */
final class Qualifiers {

    /** The phrases as reported, longest first; {@link #PHRASES} holds their words. */
    private static final String[] TEXTS = {"in excess of", "no more than", "no fewer than", "no less than",
            "not more than", "not less than", "not fewer than", "as many as", "as much as", "as few as",
            "at least", "at most", "more than", "fewer than", "less than", "up to", "upwards of",
            "close to", "just over", "just under", "well over", "almost", "nearly", "near", "about", "around", "over",
            "under", "within", "some", "roughly", "approximately", "circa", "below", "above"};
    private static final boolean[] APPROXIMATE_PHRASES = new boolean[TEXTS.length];
    private static final int[][] PHRASES = phrases(TEXTS);
    private static final String OVER = "over";
    private static final String UNDER = "under";
    private static final String UP_TO = "up to";
    private static final Set<String> VERBS_OF_CHANGE = Set.of("ticked", "ticks", "tick", "edged", "edges", "edge",
            "inched", "inches", "crept", "creeps", "moved", "moves", "move", "went", "goes", "go", "going", "gone",
            "climbed", "climbs", "jumped",
            "jumps", "shot", "shoots", "nudged", "nudges", "pushed", "pushes", "bumped", "revised", "ratcheted",
            "stepped", "rounded", "drifted", "crawled", "picked");
    private static final String ABOUT = "about";
    private static final Set<String> VERBS_OF_TOPIC = Set.of("talking", "talk", "talked", "talks", "thinking",
            "think", "thought", "worried", "worry", "concerned", "care", "cares", "cared", "know", "knew", "learn",
            "learned", "learnt", "heard", "hear", "asked", "ask", "asking", "complained", "complain");
    private static final List<String> PLACE_PREPOSITIONS = List.of("over", "under", "above", "below", "within");
    private static final List<String> APPROXIMATE = List.of("about", "around", "nearly", "near", "almost", "some",
            "roughly", "approximately", "close to", "circa");

    static {
        for (int i = 0; i < TEXTS.length; i++) {
            APPROXIMATE_PHRASES[i] = APPROXIMATE.contains(TEXTS[i]);
        }
    }

    private final Tokens tokens;
    /** The qualifier found by the last {@link #find}, lower case, or null. */
    String qualifier;
    /** Whether the qualifier found says the number is not exact. */
    private boolean approximate;
    /** The first token of the qualifier, or the number's first token when there is none. */
    int first;

    Qualifiers(Tokens tokens) {
        this.tokens = tokens;
    }

    /** Whether the qualifier may as well place something ("over", "under", "within" ...) as bound an amount. */
    static boolean isPlaceWord(String qualifier) {
        return PLACE_PREPOSITIONS.contains(qualifier);
    }

    /** The lexicon ids of each phrase's words, so a phrase is matched by comparing the tokens' cached ids. */
    private static int[][] phrases(String... phrases) {
        int[][] ids = new int[phrases.length][];
        for (int i = 0; i < phrases.length; i++) {
            String[] words = phrases[i].split(" ");
            ids[i] = new int[words.length];
            for (int w = 0; w < words.length; w++) {
                ids[i][w] = Lexicon.lookup(words[w].toCharArray(), 0, words[w].length());
                if (!Lexicon.has(ids[i][w], Lexicon.QUALIFIER_WORD)) {
                    throw new ExceptionInInitializerError("not a qualifier word: " + words[w]);
                }
            }
        }
        return ids;
    }

    /** Looks for a qualifier ending just before token {@code t}, not reaching before token {@code from}. */
    void find(int t, int from) {
        qualifier = null;
        first = t;
        // "at least another 24 hours": the bound stands before the word that adds the amount; "within the next 72
        // hours" before the words that place the span
        int end = tokens.isWord(t - 1, Words.ANOTHER) ? t - 1 : t;
        if (tokens.isAnySymbol(end - 1, "-\u2212") && tokens.glued(end) && !tokens.glued(end - 1)
                || tokens.isWord(end - 1, Words.MINUS)) {
            // "about -15C", "around minus 9 C": the bound stands before the sign
            end--;
        }
        if (tokens.is(t - 1, Lexicon.SEQUENCE) && tokens.isWord(t - 2, Words.THE) && tokens.isWord(t - 3, Words.WITHIN)
                && t - 3 >= from) {
            end = t - 2;
        }
        if (!tokens.is(end - 1, Lexicon.QUALIFIER_WORD)) {
            // every phrase ends in a qualifier word, so most numbers are done with after one flag test
            return;
        }
        int last = tokens.id(end - 1);
        for (int i = 0; i < PHRASES.length; i++) {
            int[] phrase = PHRASES[i];
            int q = end - phrase.length;
            if (phrase[phrase.length - 1] == last && q >= from && matches(phrase, q)) {
                if (UP_TO.equals(TEXTS[i]) && isVerbOfChange(q - 1)) {
                    // "ticked up to 4.2%": the particle of the verb, the rate is no upper bound
                    return;
                }
                if (ABOUT.equals(TEXTS[i]) && tokens.isWord(q - 1)
                        && VERBS_OF_TOPIC.contains(tokens.text(q - 1).toLowerCase(Locale.ROOT))) {
                    // "you are talking about hundreds of jobs": the verb's topic, no estimate
                    return;
                }
                qualifier = TEXTS[i];
                approximate = APPROXIMATE_PHRASES[i];
                first = q;
                return;
            }
        }
    }

    private boolean isVerbOfChange(int k) {
        return tokens.isWord(k) && VERBS_OF_CHANGE.contains(tokens.text(k).toLowerCase(Locale.ROOT));
    }

    private boolean matches(int[] phrase, int q) {
        for (int i = 0; i < phrase.length - 1; i++) {
            if (tokens.id(q + i) != phrase[i]) {
                return false;
            }
        }
        return true;
    }

    /**
     * Forgets a qualifier that is a preposition of place before a count of places ("25 drones over three regions",
     * "clashes within two districts"): it locates what happened rather than bounding the number.
     */
    void dropPlacePreposition() {
        if (qualifier != null && isPlaceWord(qualifier)) {
            qualifier = null;
        }
    }

    /**
     * Forgets a bare "over" that is a preposition: between a figure and a span ("jailed for 12 years over a £4.3m
     * fraud", "every four weeks over 16 weeks", as the caller tells) or after a word that takes it ("a dispute over
     * $2bn"). Between two other figures it stays a bound: "436 properties over £1m".
     */
    void dropPrepositionalOver(boolean spanNextToFigure) {
        if (OVER.equals(qualifier) && (spanNextToFigure || tokens.is(first - 1, Lexicon.OVER_TAKER))) {
            qualifier = null;
            first++;
        }
    }

    /**
     * Forgets a bare "over" before a span that follows a word other than those of {@link Lexicon#OVER_SPAN_BOUNDS}:
     * "Doom 3 was developed over four years" tells when, not how long at least.
     */
    void dropSpanOver(boolean span) {
        if (OVER.equals(qualifier) && span && tokens.isWord(first - 1)
                && !Lexicon.OVER_SPAN_BOUNDS.contains(tokens.id(first - 1))) {
            qualifier = null;
            first++;
        }
    }

    /** Forgets "under" before a depth of something ("under 60cm of water"), which places rather than bounds. */
    void dropLocativeUnder(boolean depthOfSomething) {
        if (UNDER.equals(qualifier) && depthOfSomething) {
            qualifier = null;
            first++;
        }
    }

    boolean approximate() {
        return qualifier != null && approximate;
    }
}
