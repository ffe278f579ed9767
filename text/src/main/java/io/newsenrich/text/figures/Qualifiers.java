package io.newsenrich.text.figures;

/**
 * The bounding words written before a number ("at least", "more than", "within" ...), matched longest first.
 *
 * <p>A qualifier is approximate when it says the number is not exact ("about", "nearly", "some", "an estimated");
 * bounds such as "at least" or "up to" are exact statements of a limit and stay non-approximate.
 */
final class Qualifiers {

    /** The phrases as reported, longest first; {@link #PHRASES} holds their words. */
    private static final String[] TEXTS = {"in excess of", "as many as", "as much as", "as few as",
            "an estimated", "at least", "at most", "more than", "fewer than", "less than", "up to", "upwards of",
            "close to", "just over", "just under", "well over", "almost", "nearly", "about", "around", "over",
            "under", "within", "some", "roughly", "approximately", "estimated", "circa", "below", "above"};
    private static final String[][] PHRASES = phrases(TEXTS);
    private static final String[] APPROXIMATE = {"about", "around", "nearly", "almost", "some", "roughly",
            "approximately", "an estimated", "estimated", "close to", "circa"};

    private final Tokens tokens;
    /** The qualifier found by the last {@link #find}, lower case, or null. */
    String qualifier;
    /** The first token of the qualifier, or the number's first token when there is none. */
    int first;

    Qualifiers(Tokens tokens) {
        this.tokens = tokens;
    }

    private static String[][] phrases(String... phrases) {
        String[][] split = new String[phrases.length][];
        for (int i = 0; i < phrases.length; i++) {
            split[i] = phrases[i].split(" ");
        }
        return split;
    }

    /** Looks for a qualifier ending just before token {@code t}, not reaching before token {@code from}. */
    void find(int t, int from) {
        qualifier = null;
        first = t;
        if (!tokens.is(t - 1, Lexicon.QUALIFIER_WORD)) {
            // every phrase ends in a qualifier word, so most numbers are done with after one flag test
            return;
        }
        for (int i = 0; i < PHRASES.length; i++) {
            String[] phrase = PHRASES[i];
            int q = t - phrase.length;
            if (q >= from && matches(phrase, q)) {
                qualifier = TEXTS[i];
                first = q;
                return;
            }
        }
    }

    private boolean matches(String[] phrase, int q) {
        for (int i = 0; i < phrase.length; i++) {
            int id = tokens.id(q + i);
            if (id == Lexicon.NONE || !Lexicon.word(id).equals(phrase[i])) {
                return false;
            }
        }
        return true;
    }

    boolean approximate() {
        if (qualifier == null) {
            return false;
        }
        for (String word : APPROXIMATE) {
            if (word.equals(qualifier)) {
                return true;
            }
        }
        return false;
    }
}
