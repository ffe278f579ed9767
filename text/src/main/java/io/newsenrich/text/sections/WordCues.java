package io.newsenrich.text.sections;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The cue lists matched as whole words (channels, promo phrases, author roles, wire clauses) and the table of their
 * first words. A line's fact pass ({@link LineFolder}) hashes each of its tokens and looks it up here, so it records
 * which cue words it holds at the cost of one probe per token; every list is defined in this class so that the table
 * is complete before the first line is read.
 */
final class WordCues {

    /** Channels a call to action points to, a web address among them. */
    static final WordPhrases CHANNELS;
    /** The outlet's own products among the channels, which it names when it speaks of them ("our podcast"). */
    static final WordPhrases OWN_CHANNELS;
    /** Phrases that make a short line a promo wherever they stand. */
    static final WordPhrases PROMO_PHRASES;
    /** The promo phrases that call the reader to act, not those that only name a product ("subscription"). */
    static final WordPhrases PROMO_CALLS;
    /** Words that make a short promo-phrase line an address to the reader rather than reported fact. */
    static final WordPhrases READER_ADDRESS;
    /** Words that speak to the reader, which a sign-up box's notices hold ("If you don't see it ..."). */
    static final WordPhrases READERS;
    /** What a subscription box offers ("Unlimited online access to articles", "Exclusive articles by ..."). */
    static final WordPhrases SUBSCRIBER_OFFERS;
    /** Words that address the reader or speak for the outlet, which every appeal for support holds. */
    static final WordPhrases APPEAL_PERSONS;
    /** The calls and thanks of an outlet's appeal ({@link Appeals}). */
    static final WordPhrases APPEAL_CALLS;
    /** Words that name the author's role in an author biography. */
    static final WordPhrases BIO_ROLES;
    /** Roles that make a short line the author's role line under a byline. */
    static final WordPhrases AUTHOR_ROLES;
    /** Clauses of a wire credit ("Reporting by X; Editing by Y"). */
    static final WordPhrases WIRE_CLAUSES;
    /** The word of the ellipsis credit markers ("Credit...Name/Agency"). */
    static final WordPhrases CREDIT;
    /** The picture's word of a dash-labelled credit ("Photo - Example Times"). */
    static final WordPhrases PICTURE;
    /** The verb of a contributor note ("... contributed to this report"), held by every token it opens. */
    static final WordPhrases CONTRIBUTED;
    /** Words that name a university or research body, which an author's affiliation holds. */
    static final WordPhrases INSTITUTIONS;
    /** The rules a comment box points to ("Please review our Community Guidelines before commenting"). */
    static final WordPhrases COMMENT_RULES;

    /**
     * Only the first chars of a token are hashed: as many as the stem "contributed" has, so that the stem's bit is
     * set by every word it opens, while a longer cue word is still told apart from nearly every other word.
     */
    static final int HASHED_CHARS = 11;

    private static final int SLOTS = 512;
    private static final int[] HASHES = new int[SLOTS];
    /** The bits of the word in each slot; 0 marks an empty slot. */
    private static final long[] BITS = new long[SLOTS];
    private static final Map<String, Long> WORD_BITS = new LinkedHashMap<>();

    static {
        CHANNELS = phrases("newsletter", "newsletters", "app", "apps", "podcast", "podcasts", "whatsapp", "telegram",
                "alerts", "alert", "email", "e-mail", "emails", "inbox", "twitter", "facebook", "instagram", "youtube",
                "tiktok", "linkedin", "threads", "bluesky", "x", "google", "rss", "viber", "wechat", "notifications", "subscribe", "subscription",
                "sign up", "us", "here", "channel", "membership", "briefing", "http", "https", "www", "journalism",
                "coverage", "on social media", "e-paper", "epaper");
        OWN_CHANNELS = phrases("newsletter", "newsletters", "app", "apps", "podcast", "podcasts", "channel",
                "briefing", "alerts", "digest", "roundup");
        PROMO_PHRASES = phrases("sign up", "signup", "signing up", "subscribe", "unsubscribe", "newsletter",
                "newsletters",
                "download the app", "download our app", "follow us", "bookmark us", "subscription",
                "subscribers only", "subscriber-only", "become a member", "become a subscriber", "your inbox",
                // appeals for support, by words that news text seldom uses: a common first word ("by", "make") would
                // send every short paragraph holding it to the full search
                "subscribing", "consider supporting", "readers like you", "become a supporter", "signing you up",
                "e-paper", "epaper");
        PROMO_CALLS = phrases("sign up", "signup", "signing up", "subscribe", "unsubscribe", "download the app",
                "download our app", "follow us", "bookmark us", "subscribers only", "subscriber-only",
                "become a member", "become a subscriber", "subscribing", "signing you up");
        READER_ADDRESS = phrases("you", "your", "here", "now", "today");
        APPEAL_PERSONS = phrases("you", "your", "we", "our", "us", "readers");
        APPEAL_CALLS = phrases(Appeals.CALLS_AND_THANKS.toArray(String[]::new));
        READERS = phrases("you", "your");
        SUBSCRIBER_OFFERS = phrases("unlimited", "exclusive", "ad-free", "ad-lite", "e-paper", "epaper",
                "subscriber", "subscribers", "subscription", "supporter", "supporters");
        BIO_ROLES = phrases("correspondent", "editor", "reporter", "journalist", "writer", "columnist", "contributor",
                "author", "producer", "analyst", "fellow", "professor", "researcher", "lecturer", "presenter",
                "commentator", "critic", "freelance", "freelancer", "staff", "chief", "bureau", "covers", "writes",
                "reports", "correspondents", "editors", "reporters", "journalists", "writers", "columnists");
        AUTHOR_ROLES = phrases("correspondent", "editor", "reporter", "journalist", "writer", "columnist",
                "contributor", "presenter", "producer", "analyst", "correspondents", "reporters", "writers");
        WIRE_CLAUSES = phrases("reporting by", "editing by", "writing by", "compiled by", "additional reporting by",
                "reported by", "edited by", "written by", "authored by", "reporting was contributed by");
        CONTRIBUTED = phrases("contributed");
        CREDIT = phrases("credit", "courtesy");
        PICTURE = phrases("photo", "photos", "picture", "pic");
        INSTITUTIONS = phrases("university", "universidad", "universidade", "universite", "universitat",
                "universiteit", "universita", "institute", "institut", "instituto", "college", "school", "hospital",
                "academy", "laboratory", "polytechnic", "museum", "centre", "center");
        COMMENT_RULES = phrases("before commenting", "community guidelines", "house rules");
        WORD_BITS.forEach(WordCues::enter);
    }

    private WordCues() {
    }

    /** The bits of the cue word whose hash ({@link #hashOf} of the folded token) is given; 0 for any other. */
    static long bitsOf(int tokenHash) {
        int slot = slotOf(tokenHash);
        while (BITS[slot] != 0) {
            if (HASHES[slot] == tokenHash) {
                return BITS[slot];
            }
            slot = (slot + 1) & (SLOTS - 1);
        }
        return 0;
    }

    /**
     * A list whose phrases all open with a letter or digit gets the bits of its first words; one that does not is
     * never ruled out by them.
     */
    private static WordPhrases phrases(String... phrases) {
        long bits = 0;
        for (String phrase : phrases) {
            String first = firstWord(phrase);
            if (first.isEmpty()) {
                bits = -1;
                break;
            }
            bits |= WORD_BITS.computeIfAbsent(first, word -> 1L << (WORD_BITS.size() % Long.SIZE));
        }
        return new WordPhrases(List.of(phrases), bits);
    }

    private static String firstWord(String phrase) {
        int end = 0;
        while (end < phrase.length() && Character.isLetterOrDigit(phrase.charAt(end))) {
            end++;
        }
        return phrase.substring(0, end);
    }

    /** {@link String#hashCode} of the word's first {@link #HASHED_CHARS} chars. */
    static int hashOf(String word) {
        return word.substring(0, Math.min(word.length(), HASHED_CHARS)).hashCode();
    }

    /** Words of equal hash share a slot's bits, which only lets a line through to the full search. */
    private static void enter(String word, long bits) {
        int hash = hashOf(word);
        int slot = slotOf(hash);
        while (BITS[slot] != 0 && HASHES[slot] != hash) {
            slot = (slot + 1) & (SLOTS - 1);
        }
        HASHES[slot] = hash;
        BITS[slot] |= bits;
    }

    private static int slotOf(int hash) {
        return (hash * 0x9E3779B9) >>> (Integer.SIZE - Integer.numberOfTrailingZeros(SLOTS));
    }
}
