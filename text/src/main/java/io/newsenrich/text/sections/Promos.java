package io.newsenrich.text.sections;

/**
 * Recognises newsletter, app, podcast, social and subscription calls to action: a promo verb opening a line that
 * names a channel ("Join X on WhatsApp", "Listen to X podcast"), the outlet pointing the reader to its own channel
 * ("Our podcast ... find the latest episode here"), or a short address to the reader that carries a promo phrase
 * ("Sign up to receive ...", "You can unsubscribe at any time."), or a call to keep up with the outlet or support
 * it.
 */
public final class Promos {

    private static final int MAX_PROMO_WORDS = 40;
    private static final int MAX_PHRASE_PROMO_WORDS = 30;
    private static final String OUR = "our ";

    private Promos() {
    }

    public static boolean isPromo(SourceLine line) {
        String folded = line.folded();
        int words = line.wordCount();
        if (words > MAX_PROMO_WORDS || Cues.opensWithQuote(folded)) {
            return false;
        }
        String opener = Cues.PROMO_OPENERS.match(folded);
        // an opener is matched as whole words, so the rest of the line starts at a word boundary
        if (opener != null && WordCues.CHANNELS.inRest(line, opener.length())) {
            return true;
        }
        // "Our ... podcast is now published daily - find the latest episode here": the outlet speaking of its channel
        if (folded.startsWith(OUR) && WordCues.OWN_CHANNELS.inRest(line, OUR.length())
                && WordCues.READER_ADDRESS.in(line)) {
            return true;
        }
        if (words > MAX_PHRASE_PROMO_WORDS) {
            return false;
        }
        if (Cues.CALL_OPENERS.match(folded) != null) {
            return true;
        }
        if (!WordCues.PROMO_PHRASES.in(line)) {
            return false;
        }
        return opener != null || !line.text().endsWith(".") || WordCues.READER_ADDRESS.in(line);
    }
}
