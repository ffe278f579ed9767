package io.newsenrich.text.sections;

/** What one line of a copied page is. */
public enum LineKind {
    /** Article text: headline, standfirst or body, decided by position. */
    PLAIN,
    CAPTION,
    /** A credit with no caption text of its own ("Image source, Getty Images", "(AP Photo/Name)"). */
    CREDIT_ONLY,
    PROMO,
    RELATED,
    /** A header of a list of related links ("Related posts", "Read more"). */
    RELATED_HEADER,
    /** A header of a list of topic tags ("Tags", "Filed under:", "Explore more on these topics"). */
    TOPIC_HEADER,
    BYLINE,
    /** A line that holds only person names: a byline when the structure around it says so, else text. */
    NAME_ONLY,
    /** A biography sentence: the author's when it stands in the furniture, else text. */
    BIO,
    /**
     * A name and a role on one line ("Jane Doe Economics correspondent"): a byline, unless it stands right under one,
     * where it is the byline's role line ("Eastern Europe correspondent" reads as a name and a role too).
     */
    NAME_WITH_ROLE,
    /** The author's role under a name-only byline ("Ukraine correspondent"): furniture next to a byline, else text. */
    AUTHOR_ROLE,
    /** Copyright notices, share buttons, timestamps: furniture of no section. */
    CHROME
}
