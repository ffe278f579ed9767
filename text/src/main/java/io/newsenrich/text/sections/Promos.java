package io.newsenrich.text.sections;

import java.util.List;
import java.util.Set;

/**
 * Recognises newsletter, app, podcast, social and subscription calls to action: a promo verb opening a line that
 * names a channel ("Join X on WhatsApp", "Listen to X podcast"), the outlet pointing the reader to its own channel
 * ("Our podcast ... find the latest episode here"), or a short address to the reader that carries a promo phrase
 * ("Sign up to receive ...", "You can unsubscribe at any time."), or a call to keep up with the outlet or support
 * it; the call may close a teaser ("Want to know ...? Sign up for ...").
 */
public final class Promos {

    private static final int MAX_PROMO_WORDS = 40;
    /** "Do you use the ferry? Let us know in the comments below.": the call names the comments as its channel. */
    private static final String LET_US_KNOW = "let us know in the comments";
    /** "Do you have a view on this story? Write to us at letters@example.co.uk": a call to the letters page. */
    private static final String WRITE_TO_US = "write to us";
    private static final String BECOME_A = "become a ";
    private static final String BECOME_AN = "become an ";
    private static final int MAX_PHRASE_PROMO_WORDS = 30;
    private static final String OUR = "our ";
    /** " - " or " – ": a spaced dash, three chars. */
    private static final String DASH = " - ";
    /** The call whose subject tells a report from a call: "farmers sign up" against "Sign up". */
    private static final String SIGN_UP = " sign up";
    private static final String SUBSCRIBE = "subscribe";
    private static final String FOLLOW = "follow";
    private static final String JOIN = "join";
    private static final String BECOME_A_MEMBER = "become a member";
    private static final String LEARN_MORE = "learn more";
    private static final String DIGITAL_SUBSCRIPTION = "digital subscription";
    private static final List<String> PRONOUNS = List.of("him ", "her ", "them ", "me ");
    /** "Newsletters sign up": the channel a call offers, not a subject. */
    private static final Set<String> CHANNEL_PLURALS = Set.of("newsletters", "alerts", "emails", "updates",
            "podcasts", "apps", "notifications", "briefings");
    /** "farmers", "users": a plural subject, not "us". */
    private static final int MIN_PLURAL_SUBJECT_CHARS = 3;
    /** "Sign up for Example Playbook, the most-read newsletter in politics.": a closing call is one short sentence. */
    private static final int MAX_CALL_CHARS = 160;
    /** "Get the newsletter", "Subscriber-only content": a label promo is a few words. */
    private static final int MAX_LABEL_PROMO_WORDS = 6;
    /** "NEWSLETTER", "DAILY BRIEFING": a promo box's label in capitals is a word or a few. */
    private static final int MAX_LABEL_WORDS = 3;
    /**
     * The openers of a call after a teaser, narrower than a line's: after another sentence, "Download speeds" or
     * "Join talks" is news.
     */
    private static final Openers CLOSING_CALLS = Openers.of(List.of("sign up", "signup", "subscribe",
            "download the", "download our", "join us", "join our", "join", "become a member", "follow us", "listen to", "listen on", "install",
            "click here", "tap here", "get our", "try our", "donate today", "donate now", "send it to us", "email us",
            "send us", "follow", "support our", "support us", "join today", "learn more", LET_US_KNOW, WRITE_TO_US));

    private Promos() {
    }

    /**
     * "Want to know what's happening in Washington? Sign up for Example Playbook, the newsletter ...": a call to a
     * channel as the last sentence, after a teaser.
     */
    private static boolean closesWithCall(SourceLine line) {
        if (!line.mayHold(WordCues.CHANNELS)) {
            return false;
        }
        int last = lastSentenceStart(line.folded());
        return last >= 0 && callsAt(line, last, true);
    }

    /** "Read the full edition online – subscribe to the Example e-paper": a call to a channel after a dash. */
    private static boolean callsAfterDash(SourceLine line) {
        String folded = line.folded();
        int dash = folded.indexOf(" \u2013 ");
        dash = dash < 0 ? folded.indexOf(" - ") : dash;
        return dash > 0 && line.mayHold(WordCues.CHANNELS) && callsAt(line, dash + DASH.length(), false);
    }

    /**
     * Whether a call to a channel opens at {@code from}: the channel named after the call, or, for a call to
     * subscribe, follow or join that closes the line ({@code closing}), before it ("This is a free edition of our
     * newsletter. Subscribe to get ...", "Example News is now on WhatsApp ... Follow Example News", "Example.com is
     * now on Viber. Join our community ..."). A bio points to
     * its author's own accounts ("... editor of Example London - Follow him on X").
     */
    private static boolean callsAt(SourceLine line, int from, boolean closing) {
        String folded = line.folded();
        String opener = CLOSING_CALLS.match(folded, from);
        if (opener == null || FOLLOW.equals(opener)
                && PRONOUNS.stream().anyMatch(pronoun -> folded.startsWith(pronoun, from + FOLLOW.length() + 1))) {
            return false;
        }
        // "... with a Digital Subscription ... and much more. Learn More": the link closes the offer
        boolean channelBefore = closing && (opener.startsWith(SUBSCRIBE) || opener.startsWith(SIGN_UP.strip())
                || opener.equals(FOLLOW) || opener.startsWith(JOIN) || opener.equals(BECOME_A_MEMBER)
                || opener.equals(LEARN_MORE)) || opener.equals(LET_US_KNOW) || opener.equals(WRITE_TO_US);
        return channelBefore || WordCues.CHANNELS.inRest(line, from + opener.length());
    }

    /**
     * "DAILY BRIEFING Sign up to receive ...", "Morning Worm: sign up for our free newsletter.": a call to a channel
     * after the box's label in capitals or before a colon.
     */
    private static boolean callsAfterLabel(SourceLine line) {
        String text = line.text();
        if (text.length() < 2 || !Character.isUpperCase(text.charAt(0)) || !line.mayHold(WordCues.CHANNELS)) {
            return false;
        }
        int colon = text.indexOf(": ");
        if (colon > 0 && Cues.wordCount(text.substring(0, colon)) <= MAX_LABEL_WORDS) {
            String opener = Cues.PROMO_OPENERS.match(line.folded(), colon + 2);
            return opener != null && WordCues.CHANNELS.inRest(line, colon + 2 + opener.length());
        }
        // most lines open with a capital and a small letter: the second char rules them out
        if (!Character.isUpperCase(text.charAt(1))) {
            return false;
        }
        int end = 0;
        for (int words = 0; words < MAX_LABEL_WORDS; words++) {
            int space = text.indexOf(' ', end);
            if (space - end < 2 || !Cues.isCapitals(text.substring(end, space))) {
                break;
            }
            end = space + 1;
        }
        String opener = end > 0 ? Cues.PROMO_OPENERS.match(line.folded(), end) : null;
        return opener != null && WordCues.CHANNELS.inRest(line, end + opener.length());
    }

    /** Where the line's last sentence starts, looked for only as far back as a call's length; -1 if not there. */
    private static int lastSentenceStart(String folded) {
        int from = Math.max(1, folded.length() - MAX_CALL_CHARS);
        for (int i = folded.length() - 2; i > from; i--) {
            char end = folded.charAt(i - 1);
            // an ellipsis ("I'm A Celebrity... Get Me Out Of Here") ends no sentence
            if (folded.charAt(i) == ' ' && (end == '.' && folded.charAt(i - 2) != '.' || end == '?' || end == '!')) {
                return i + 1;
            }
        }
        return -1;
    }

    public static boolean isPromo(SourceLine line) {
        String folded = line.folded();
        int words = line.wordCount();
        if (words > MAX_PROMO_WORDS || Cues.opensWithQuote(folded)) {
            return false;
        }
        String opener = Cues.PROMO_OPENERS.match(folded);
        // "Follow Example Mirror:", "Follow Example Express": the label over the outlet's social links
        boolean followLabel = FOLLOW.equals(opener) && words <= MAX_LABEL_PROMO_WORDS
                && (folded.endsWith(":") || Cues.allWordsCapitalised(line.text()) && !Cues.endsSentence(line.text()));
        // an opener is matched as whole words, so the rest of the line starts at a word boundary
        if (opener != null && WordCues.CHANNELS.inRest(line, opener.length()) || followLabel || closesWithCall(line)
                || callsAfterDash(line) || callsAfterLabel(line)) {
            return true;
        }
        // "Our ... podcast is now published daily - find the latest episode here": the outlet speaking of its channel
        if (folded.startsWith(OUR) && WordCues.OWN_CHANNELS.inRest(line, OUR.length())
                && WordCues.READER_ADDRESS.in(line)) {
            return true;
        }
        if (isCallToJoin(line)) {
            return true;
        }
        if (words > MAX_PHRASE_PROMO_WORDS) {
            return isSubscriptionOffer(line);
        }
        if (Cues.CALL_OPENERS.match(folded) != null) {
            return true;
        }
        if (!WordCues.PROMO_PHRASES.in(line)) {
            return false;
        }
        // a longer line without a full stop that only names a product is a title ("The trader that put cardamom on
        // a subscription"), a short one a box's label ("Newsletter sign-up"), one that calls the reader a promo
        boolean label = !line.text().endsWith(".")
                && (words <= MAX_LABEL_PROMO_WORDS || WordCues.PROMO_CALLS.in(line));
        return opener != null || label && !isReportedSignUp(line.folded()) || WordCues.READER_ADDRESS.in(line);
    }

    /**
     * "Did you know with a Digital Subscription to Example News, you can get unlimited access to the website ...": the
     * outlet's offer to the reader, long as it is.
     */
    private static boolean isSubscriptionOffer(SourceLine line) {
        return line.mayHold(WordCues.SUBSCRIBER_OFFERS) && line.folded().contains(DIGITAL_SUBSCRIPTION)
                && WordCues.SUBSCRIBER_OFFERS.in(line) && WordCues.READERS.in(line);
    }

    /**
     * "Become an Example Times subscriber and get unlimited access ...", "Become a supporter from £3 a month": a call
     * to join the outlet's paying readers.
     */
    private static boolean isCallToJoin(SourceLine line) {
        String folded = line.folded();
        int rest = folded.startsWith(BECOME_A) ? BECOME_A.length() : folded.startsWith(BECOME_AN) ? BECOME_AN.length()
                : -1;
        return rest > 0 && WordCues.SUBSCRIBER_OFFERS.inRest(line, rest);
    }

    /** "Nearly 1,100 livestock farmers sign up for buyout": a plural subject before "sign up" reports, not calls. */
    private static boolean isReportedSignUp(String folded) {
        int at = folded.indexOf(SIGN_UP);
        if (at <= 0) {
            return false;
        }
        int start = folded.lastIndexOf(' ', at - 1) + 1;
        String subject = folded.substring(start, at);
        return subject.length() > MIN_PLURAL_SUBJECT_CHARS && subject.endsWith("s") && !subject.endsWith("ss")
                && !CHANNEL_PLURALS.contains(subject);
    }
}
